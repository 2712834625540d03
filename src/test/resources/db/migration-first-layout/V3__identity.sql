create table user_account (
    id              uuid primary key,
    municipality_id uuid    not null references municipality (id),
    username        text    not null unique,
    display_name    text    not null,
    password_hash   text    not null,
    team_id         uuid references team (id),
    enabled         boolean not null default true,
    version         int     not null default 0
);

create table user_role (
    user_id         uuid not null references user_account (id) on delete cascade,
    municipality_id uuid not null references municipality (id),
    role            text not null,
    primary key (user_id, role)
);

-- Only the SHA-256 of a bearer token is kept.
create table api_token (
    token_hash      text primary key,
    user_id         uuid                     not null references user_account (id) on delete cascade,
    municipality_id uuid                     not null references municipality (id),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null
);
create index api_token_expiry on api_token (expires_at);
