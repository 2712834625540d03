-- The plan (plan van aanpak, issue 15, DESIGN §2 step 6): one per case, made with the
-- household. Every saved change is a new row in plan_version holding the whole plan as it
-- then was (goals, actions, owners, the household's own words), so the history and the
-- difference between two versions are read from the versions themselves; plan.version is
-- the current one and the optimistic lock: a save names the version it was made on.
create table plan (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null unique references case_file (id),
    team_id         uuid                     not null references team (id),
    household_id    uuid                     not null references household (id),
    version         int                      not null check (version >= 1),
    made_on         date                     not null,
    -- the day the household last agreed to the plan (or the day it was made): the review
    -- falls due regie.plan.review-every-months after it
    reviewed_on     date                     not null,
    created_at      timestamp with time zone not null
);
create index plan_by_team on plan (municipality_id, team_id);

create table plan_version (
    plan_id         uuid                     not null references plan (id),
    version         int                      not null,
    municipality_id uuid                     not null references municipality (id),
    content         jsonb                    not null,
    saved_by        uuid                     not null,
    saved_by_name   text                     not null,
    saved_at        timestamp with time zone not null,
    -- the day the household agreed to this version (read, and signed if it wished)
    agreed_on       date,
    primary key (plan_id, version)
);

-- A municipality's principles (DESIGN §8): the rungs of the owner ladder in its order
-- (seed 002: "collectief daar waar kan, individueel daar waar moet") and whether the plan
-- asks what the household contributes back (reciprocity). No row: Regie's default order,
-- reciprocity off.
create table plan_setting (
    municipality_id uuid primary key references municipality (id),
    ladder          text[]  not null check (cardinality(ladder) >= 1 and 'PROFESSIONAL' = any (ladder)),
    reciprocity     boolean not null default false,
    version         int     not null default 0
);
