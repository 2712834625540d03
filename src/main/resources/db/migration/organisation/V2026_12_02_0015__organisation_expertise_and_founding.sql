-- The day a team started: nothing of the team (a meeting) can be dated before it.
alter table team add column founded_on date not null default current_date;

-- Expertise a member declares on top of what their discipline implies: life-domain codes and
-- YOUTH (children in the household). Used to suggest who takes a case.
create table team_member_expertise (
    member_id       uuid not null references team_member (id) on delete cascade,
    municipality_id uuid not null references municipality (id),
    expertise       text not null,
    primary key (member_id, expertise)
);
