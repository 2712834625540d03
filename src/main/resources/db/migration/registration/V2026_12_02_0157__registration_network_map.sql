-- The network map of a household (issue 14): the people and organisations around it, whom
-- of the household they relate to, what they do or could do, whether the relation supports
-- or strains, how to reach them, and the marks every later screen respects: "do not
-- contact" and "must not know" ("mijn familie mag dit nooit te weten komen"). A person
-- leaves the map with a date (until) and stays in its history.
create table network_person (
    id                uuid primary key,
    municipality_id   uuid                     not null references municipality (id),
    household_id      uuid                     not null references household (id),
    kind              text                     not null check (kind in ('FAMILY', 'FRIEND', 'NEIGHBOUR', 'VOLUNTEER',
                                                                       'PROFESSIONAL', 'OTHER')),
    name              text,
    organisation      text,
    related_member_id uuid references household_member (id),
    role              text,
    relation          text                     not null check (relation in ('SUPPORTS', 'STRAINS', 'BOTH', 'UNKNOWN')),
    reach             text,
    do_not_contact    boolean                  not null default false,
    must_not_know     boolean                  not null default false,
    since             date                     not null,
    until             date,
    recorded_by       uuid                     not null,
    recorded_at       timestamp with time zone not null,
    version           int                      not null default 0,
    -- someone on the map can be told apart: a name or an organisation
    check (coalesce(btrim(name), '') <> '' or coalesce(btrim(organisation), '') <> ''),
    check (until is null or until >= since)
);
create index network_person_by_household on network_person (household_id);
