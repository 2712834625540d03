-- Task cards (issues 10 and 15): what a volunteer needs to carry one task of a household's
-- plan, and nothing of the case file. Shared on a consent of the household (consent module),
-- until a date no later than the consent holds; revoked by the case worker or when the
-- consent is withdrawn. The card holds a first name only.
create table task_card (
    id                 uuid primary key,
    municipality_id    uuid                     not null references municipality (id),
    case_id            uuid                     not null references case_file (id),
    household_id       uuid                     not null,
    volunteer_id       uuid                     not null,
    consent_id         uuid                     not null references consent (id),
    plan_action_id     uuid,
    first_name         text                     not null check (length(btrim(first_name)) > 0),
    task               text                     not null check (length(btrim(task)) > 0),
    place              text                     not null check (length(btrim(place)) > 0),
    when_text          text                     not null check (length(btrim(when_text)) > 0),
    responsible        text                     not null,
    concern_contact    text                     not null,
    valid_until        date                     not null,
    made_by            text                     not null,
    made_at            timestamp with time zone not null,
    revoked_on         date,
    revoked_because    text check (revoked_because in ('BY_WORKER', 'CONSENT_WITHDRAWN')),
    check ((revoked_on is null) = (revoked_because is null))
);
-- A volunteer's own cards; the cards resting on a consent when it is withdrawn.
create index task_card_by_volunteer on task_card (volunteer_id, valid_until);
create index task_card_by_consent on task_card (consent_id) where revoked_on is null;
create index task_card_by_case on task_card (case_id);
