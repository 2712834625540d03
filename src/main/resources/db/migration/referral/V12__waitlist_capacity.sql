-- A team's capacity norm: how many open cases one FTE of the core team carries (36 hours = 1 FTE).
-- Without a row the installation's default (regie.waitlist.default-max-cases-per-fte) applies.
create table team_capacity (
    team_id           uuid primary key references team (id),
    municipality_id   uuid          not null references municipality (id),
    max_cases_per_fte numeric(4, 1) not null check (max_cases_per_fte > 0),
    version           int           not null default 0
);

-- The waitlist puts households with children first; counted at intake so the list needs no join.
alter table referral add column children_at_intake int not null default 0;

create index referral_waitlist on referral (team_id, status, urgency, children_at_intake, received_on);
