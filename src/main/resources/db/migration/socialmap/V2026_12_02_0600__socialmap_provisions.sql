-- The social map (sociale kaart): the provisions of organisations a team can refer to or
-- build a plan on, per municipality and area. Public information about organisations; no
-- household data.
create table social_map_provision (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    -- null: the provision serves the whole municipality
    area_id         uuid references area (id),
    organisation    text not null,
    name            text not null,
    kind            text not null check (kind in ('COLLECTIVE', 'VOLUNTEER', 'PROFESSIONAL', 'FAMILY_GROUP_CONFERENCE')),
    description     text not null default '',
    target_groups   text not null default '',
    how_to_refer    text not null default '',
    contact         text not null default '',
    address         text not null default '',
    postcode        text,
    opening_hours   text not null default '',
    withdrawn_at    timestamptz,
    version         int  not null default 0,
    changed_at      timestamptz not null,
    changed_by      uuid not null,
    -- Dutch full-text search: stems words ("schulden" finds "schuld") and drops stop words.
    search          tsvector generated always as (
        setweight(to_tsvector('dutch', name), 'A')
        || setweight(to_tsvector('dutch', organisation), 'A')
        || setweight(to_tsvector('dutch', description), 'B')
        || setweight(to_tsvector('dutch', target_groups), 'C')) stored
);

-- The searches read only provisions in use, of one municipality. The map is read far more
-- often than written, so the index takes new rows at once (no pending list, which the
-- planner counts against the index until the next vacuum: after an import of thousands of
-- rows every search read the whole table).
create index social_map_provision_search on social_map_provision using gin (search) with (fastupdate = off)
    where withdrawn_at is null;
create index social_map_provision_by_municipality on social_map_provision (municipality_id, area_id)
    where withdrawn_at is null;
-- One organisation offers a provision of one name once per municipality (the import's duplicate rule).
create unique index social_map_provision_unique_name on social_map_provision
    (municipality_id, lower(organisation), lower(name)) where withdrawn_at is null;

create table social_map_provision_domain (
    provision_id     uuid not null references social_map_provision (id) on delete cascade,
    life_domain_code text not null references life_domain (code),
    primary key (provision_id, life_domain_code)
);
create index social_map_provision_domain_by_code on social_map_provision_domain (life_domain_code, provision_id);
