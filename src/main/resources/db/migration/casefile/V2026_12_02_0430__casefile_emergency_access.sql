-- Break-the-glass (issue 10): a team member opens a case outside their rights in an
-- emergency, after stating why, for a limited time. The reason stays here, with the case's
-- other data; the audit log refers to the access by its id (on_behalf_of), so removing a
-- household's data later also removes what the reason may say about it. The team leader and
-- the privacy officer each record their review once; the access itself is never changed.
create table case_emergency_access (
    id                     uuid primary key,
    municipality_id        uuid                     not null references municipality (id),
    team_id                uuid                     not null,
    case_id                uuid                     not null references case_file (id),
    user_id                uuid                     not null,
    username               text                     not null,
    display_name           text                     not null,
    role                   text                     not null,
    reason                 text                     not null check (length(btrim(reason)) >= 10),
    opened_at              timestamp with time zone not null,
    expires_at             timestamp with time zone not null check (expires_at > opened_at),
    leader_verdict         text check (leader_verdict in ('JUSTIFIED', 'NOT_JUSTIFIED')),
    leader_reviewed_by     text,
    leader_reviewed_at     timestamp with time zone,
    leader_review_note     text,
    privacy_verdict        text check (privacy_verdict in ('JUSTIFIED', 'NOT_JUSTIFIED')),
    privacy_reviewed_by    text,
    privacy_reviewed_at    timestamp with time zone,
    privacy_review_note    text,
    check ((leader_verdict is null) = (leader_reviewed_at is null)
           and (leader_verdict is null) = (leader_reviewed_by is null)),
    check ((privacy_verdict is null) = (privacy_reviewed_at is null)
           and (privacy_verdict is null) = (privacy_reviewed_by is null))
);

-- Whether a person holds an access to a case now: checked on every read of a case they
-- have no right to.
create index case_emergency_access_by_holder on case_emergency_access (case_id, username, expires_at desc);
-- The review lists: the team's for its leader, the municipality's for the privacy officer.
create index case_emergency_access_by_team on case_emergency_access (team_id, opened_at desc);
create index case_emergency_access_by_municipality on case_emergency_access (municipality_id, opened_at desc);
