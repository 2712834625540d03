-- Granting a role in a team tells the team's leader (issue 10): a functional administrator,
-- who may see no case content, could otherwise make an account in a team and read its
-- referrals through it unseen by the team. One notice per account created in a team, until
-- a team leader of that team has seen it.
create table team_access_notice (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    team_id         uuid                     not null references team (id),
    account_id      uuid                     not null,
    roles           text                     not null,
    granted_by      uuid                     not null,
    granted_at      timestamp with time zone not null,
    seen_by         text,
    seen_at         timestamp with time zone,
    check ((seen_by is null) = (seen_at is null))
);
-- The banner on every page of a team leader asks whether the team has unseen notices.
create index team_access_notice_unseen on team_access_notice (team_id) where seen_at is null;
create index team_access_notice_by_team on team_access_notice (team_id, granted_at desc);
