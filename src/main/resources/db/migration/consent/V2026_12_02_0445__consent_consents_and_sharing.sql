-- Legal basis first, consent where it is the basis (issue 10). A consent is given by one
-- household member, for one purpose, to one recipient; it is never changed but withdrawn
-- (withdrawn_on). A sharing act records every time information leaves the team, with its
-- legal basis, and the consent it rests on where that is the basis. Household and member
-- ids without foreign keys across modules, as elsewhere.
create table consent (
    id                 uuid primary key,
    municipality_id    uuid                     not null references municipality (id),
    case_id            uuid                     not null references case_file (id),
    household_id       uuid                     not null,
    member_id          uuid                     not null,
    purpose            text                     not null,
    information        text                     not null check (length(btrim(information)) > 0),
    recipient          text                     not null check (length(btrim(recipient)) > 0),
    purpose_note       text                     not null check (length(btrim(purpose_note)) > 0),
    given_on           date                     not null,
    given_how          text                     not null check (given_how in ('SIGNED', 'VERBAL_WITH_WITNESS')),
    witness            text,
    valid_until        date,
    withdrawn_on       date,
    recorded_by        text                     not null,
    recorded_at        timestamp with time zone not null,
    withdrawal_recorded_by text,
    check (valid_until is null or valid_until >= given_on),
    check (withdrawn_on is null or withdrawn_on >= given_on),
    check (given_how <> 'VERBAL_WITH_WITNESS' or length(btrim(witness)) > 0),
    check ((withdrawn_on is null) = (withdrawal_recorded_by is null))
);
create index consent_by_case on consent (case_id, given_on desc);

create table sharing_act (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    case_id         uuid                     not null references case_file (id),
    household_id    uuid                     not null,
    kind            text                     not null,
    recipient       text                     not null check (length(btrim(recipient)) > 0),
    legal_basis     text                     not null check (legal_basis in
                        ('LEGAL_TASK', 'CONSENT', 'RIGHT_TO_REPORT', 'CONFLICT_OF_DUTIES', 'VITAL_INTEREST')),
    consent_id      uuid references consent (id),
    explanation     text,
    shared_on       date                     not null,
    recorded_by     text                     not null,
    recorded_at     timestamp with time zone not null,
    check ((legal_basis = 'CONSENT') = (consent_id is not null))
);
create index sharing_act_by_case on sharing_act (case_id, shared_on desc);
create index sharing_act_by_consent on sharing_act (consent_id) where consent_id is not null;
