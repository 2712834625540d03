-- Team meetings (issue 12): the agenda is built by Regie from what needs the team; what is
-- stored is the meeting, who takes part, and the outcome of each item discussed.
create table team_settings (
    team_id                uuid primary key references team (id),
    municipality_id        uuid    not null references municipality (id),
    meeting_weekday        int     not null check (meeting_weekday between 1 and 7),
    meeting_interval_weeks int     not null check (meeting_interval_weeks between 1 and 8),
    meeting_types          text[]  not null,
    assigned_by            text    not null,
    assignment_mode        text    not null,
    contact_details        text,
    version                int     not null default 0
);

create table team_meeting (
    id                    uuid primary key,
    municipality_id       uuid                     not null references municipality (id),
    team_id               uuid                     not null references team (id),
    held_on               date                     not null,
    type                  text                     not null,
    external_participants text,
    created_by            uuid                     not null,
    created_at            timestamp with time zone not null,
    version               int                      not null default 0
);
create index team_meeting_by_team on team_meeting (team_id, held_on);

create table team_meeting_participant (
    meeting_id      uuid not null references team_meeting (id) on delete cascade,
    municipality_id uuid not null references municipality (id),
    member_id       uuid not null,
    primary key (meeting_id, member_id)
);

-- The outcome of one agenda item: decided (question, advice, decision) or postponed. One per
-- item per meeting: of two people recording at once, the first wins.
create table agenda_outcome (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    meeting_id      uuid                     not null references team_meeting (id),
    item_key        text                     not null,
    kind            text                     not null,
    case_id         uuid,
    question        text,
    advice          text,
    decision        text,
    postponed       boolean                  not null,
    decided_by      uuid                     not null,
    decided_by_name text                     not null,
    decided_at      timestamp with time zone not null,
    unique (meeting_id, item_key)
);
create index agenda_outcome_by_case on agenda_outcome (case_id, decided_at) where case_id is not null;
create index agenda_outcome_by_key on agenda_outcome (item_key) where not postponed;
