-- Single sign-on: at most one OpenID Connect provider per municipality, as data, so one
-- installation serves several municipalities each with their own provider. The client
-- secret itself is never stored: client_secret_ref names the setting (environment
-- variable) that holds it. An issuer belongs to one municipality, because API tokens are
-- routed to their provider by their "iss" claim.
create table identity_provider (
    id                uuid primary key,
    municipality_id   uuid    not null unique references municipality (id),
    registration_id   text    not null unique,
    display_name      text    not null,
    issuer            text    not null unique,
    client_id         text    not null,
    client_secret_ref text    not null,
    username_claim    text    not null,
    api_audience      text,
    enabled           boolean not null default true,
    version           int     not null default 0
);

-- The name a functional administrator prepared an account with: the value of the
-- provider's username claim. The first sign-in with that value links the provider's
-- stable subject to the account; later sign-ins go by the subject alone.
alter table user_account add column provider_username text;
create unique index user_account_provider_username on user_account (municipality_id, provider_username)
    where provider_username is not null;

create table account_link (
    provider_id     uuid                     not null references identity_provider (id) on delete cascade,
    subject         text                     not null,
    user_id         uuid                     not null references user_account (id) on delete cascade,
    municipality_id uuid                     not null references municipality (id),
    linked_at       timestamp with time zone not null,
    primary key (provider_id, subject),
    unique (provider_id, user_id)
);

-- How a municipality's local accounts sign in: whether a second factor is required.
create table sign_in_policy (
    municipality_id        uuid primary key references municipality (id),
    second_factor_required boolean not null default false
);

-- The time-based one-time code secret (RFC 6238) of a local account, and the last time
-- step a code was accepted for, so a code can never be used twice.
create table second_factor (
    user_id         uuid primary key references user_account (id) on delete cascade,
    municipality_id uuid                     not null references municipality (id),
    secret          text                     not null,
    enrolled_at     timestamp with time zone not null,
    last_used_step  bigint                   not null default 0
);

-- Recovery codes for a lost phone: only their SHA-256 is kept, each works once.
create table recovery_code (
    user_id         uuid                     not null references second_factor (user_id) on delete cascade,
    municipality_id uuid                     not null references municipality (id),
    code_hash       text                     not null,
    used_at         timestamp with time zone,
    primary key (user_id, code_hash)
);
