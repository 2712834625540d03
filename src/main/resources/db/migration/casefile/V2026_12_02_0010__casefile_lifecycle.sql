-- The case lifecycle (issue 13) and who works the case (issue 12). People are team members
-- (organisation module, team_member.id); no foreign key across modules, so a module's tables
-- can move to their own schema later.
alter table case_file
    add column case_manager_id      uuid,
    add column second_visitor_id    uuid,
    add column backup_id            uuid,
    add column assigned_on          date,
    add column first_contact_on     date,
    add column closed_on            date,
    add column follow_up_until      date,
    add column expected_end         date,
    add column existing_help        text,
    add column existing_help_fate   text,
    add column contact_rhythm_days  int check (contact_rhythm_days between 1 and 365),
    add column letter_language      text not null default 'nl';

-- "My cases": the cases a person works, by role.
create index case_file_by_case_manager on case_file (case_manager_id) where case_manager_id is not null;
create index case_file_by_second_visitor on case_file (second_visitor_id) where second_visitor_id is not null;
create index case_file_by_backup on case_file (backup_id) where backup_id is not null;

-- Everything that happened to a case, in order: transitions (from/to stage), reassignments,
-- signals, team decisions. Never updated.
create table case_history (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null references case_file (id),
    kind            text                     not null,
    from_stage      text,
    to_stage        text,
    text            text,
    by_user         uuid,
    by_name         text,
    at              timestamp with time zone not null
);
create index case_history_by_case on case_history (case_id, at);

-- Outer-ring specialists asked in on a case, for a period: they see the case only within it.
create table case_consultant (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null references case_file (id),
    member_id       uuid                     not null,
    username        text,
    from_date       date                     not null,
    until_date      date                     not null check (until_date >= from_date),
    question        text                     not null,
    added_by        uuid                     not null,
    added_at        timestamp with time zone not null
);
create index case_consultant_by_case on case_consultant (case_id);
create index case_consultant_by_username on case_consultant (username, until_date);

-- Outreach (eropaf): attempts to reach the household.
create table contact_attempt (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null references case_file (id),
    tried_on        date                     not null,
    channel         text                     not null,
    tried_by        uuid                     not null,
    tried_by_name   text                     not null,
    outcome         text                     not null,
    note            text,
    recorded_by     uuid                     not null,
    recorded_at     timestamp with time zone not null
);
create index contact_attempt_by_case on contact_attempt (case_id, tried_on);

-- The contact journal.
create table case_contact (
    id                   uuid primary key,
    municipality_id      uuid                     not null references municipality (id),
    case_id              uuid                     not null references case_file (id),
    contact_on           date                     not null,
    type                 text                     not null,
    participants         text                     not null,
    duration_minutes     int                      not null check (duration_minutes between 1 and 720),
    note                 text,
    question_solved      boolean                  not null default false,
    recorded_by          uuid                     not null,
    recorded_by_username text                     not null,
    recorded_at          timestamp with time zone not null
);
create index case_contact_by_case on case_contact (case_id, contact_on desc);
-- The quick note defaults to the last type this person used.
create index case_contact_by_recorder on case_contact (recorded_by_username, recorded_at desc);

-- Signals the scheduled job raised (6/8 weeks without contact, contact rhythm exceeded):
-- once per case, kind and period, whatever number of instances runs the job.
create table case_signal (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null references case_file (id),
    kind            text                     not null,
    period_start    date                     not null,
    raised_on       date                     not null,
    raised_at       timestamp with time zone not null,
    unique (case_id, kind, period_start)
);

-- The closing checklist as the case manager answered it, and what the letter says.
create table case_closing (
    case_id              uuid primary key references case_file (id),
    municipality_id      uuid                     not null references municipality (id),
    self_sufficient      boolean                  not null,
    household_wants_stop boolean                  not null,
    step_out_answer      text                     not null,
    support_continues    text,
    achieved             text                     not null,
    follow_up            boolean                  not null,
    unmet_rules          text[]                   not null,
    proposed_by          uuid                     not null,
    proposed_at          timestamp with time zone not null,
    version              int                      not null default 0
);

-- Closing a case that never had contact: the consultation behind it.
create table case_no_contact_closure (
    case_id            uuid primary key references case_file (id),
    municipality_id    uuid                     not null references municipality (id),
    referrer_consulted text                     not null,
    risks              text                     not null,
    recorded_by        uuid                     not null,
    recorded_at        timestamp with time zone not null
);

-- Follow-up watch (vinger aan de pols): light check-ins.
create table follow_up_check_in (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null references case_file (id),
    due_on          date                     not null,
    checked_on      date                     not null,
    result          text                     not null,
    note            text,
    checked_by      uuid                     not null,
    checked_by_name text                     not null,
    checked_at      timestamp with time zone not null,
    unique (case_id, due_on)
);

-- A case manager puts a case on the team agenda with a question (case consultation).
create table case_consultation_request (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null references case_file (id),
    question        text                     not null,
    requested_by    uuid                     not null,
    requested_name  text                     not null,
    requested_at    timestamp with time zone not null
);
create index case_consultation_request_by_case on case_consultation_request (case_id);

-- A municipality's own thresholds (DESIGN §8); without a row the installation's defaults apply.
create table casefile_settings (
    municipality_id          uuid primary key references municipality (id),
    outreach_warning_weeks   int not null check (outreach_warning_weeks between 1 and 52),
    outreach_consult_weeks   int not null check (outreach_consult_weeks between 1 and 52),
    contact_rhythm_days      int not null check (contact_rhythm_days between 1 and 365),
    follow_up_months         int not null check (follow_up_months between 1 and 60),
    check_in_interval_months int not null check (check_in_interval_months between 1 and 24),
    version                  int not null default 0,
    check (outreach_consult_weeks > outreach_warning_weeks)
);
