create table municipality (
    id      uuid primary key,
    code    text not null unique,
    name    text not null,
    version int  not null default 0
);

-- Each municipality names the levels of its own area hierarchy (stadsdeel -> gebied, kern, ...).
create table area_level (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    depth           int  not null check (depth >= 1),
    name            text not null,
    unique (municipality_id, depth)
);

create table area (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    level_id        uuid not null references area_level (id),
    parent_id       uuid references area (id),
    name            text not null,
    version         int  not null default 0,
    unique (municipality_id, parent_id, name)
);
create index area_by_municipality on area (municipality_id, parent_id);

create table team (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    area_id         uuid not null references area (id),
    name            text not null,
    version         int  not null default 0,
    unique (municipality_id, name)
);

-- Positions: TEAM_LEADER, TEAM_ASSISTANT, CORE (binnenring), OUTER_RING (buitenring).
create table team_member (
    id                uuid primary key,
    municipality_id   uuid          not null references municipality (id),
    team_id           uuid          not null references team (id),
    name              text          not null,
    position          text          not null,
    home_organisation text          not null,
    discipline        text          not null,
    hours_per_week    numeric(4, 1) check (hours_per_week > 0 and hours_per_week <= 40),
    username          text
);
create index team_member_by_team on team_member (team_id, position, name);

-- A municipality's own words for roles and documents, on top of the message bundles.
create table label_override (
    municipality_id uuid not null references municipality (id),
    message_key     text not null,
    locale          text not null,
    text            text not null,
    primary key (municipality_id, message_key, locale)
);
