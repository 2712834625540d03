-- The involvement register: who is already involved with a household and who holds coordination.
create table household_involvement (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    household_id    uuid                     not null references household (id),
    organisation    text                     not null,
    professional    text,
    role            text                     not null,
    since           date,
    lead_agency     boolean                  not null default false,
    recorded_at     timestamp with time zone not null
);
create index household_involvement_by_household on household_involvement (household_id, recorded_at);

-- The team leader's screening: the fit rules as answered, and the coordination check.
create table referral_screening (
    referral_id                 uuid primary key references referral (id),
    municipality_id             uuid                     not null references municipality (id),
    several_life_domains        boolean                  not null,
    acute_crisis                boolean                  not null,
    child_safety_concern        boolean                  not null,
    compulsory_care_excludes    boolean                  not null,
    coordination_outcome        text                     not null,
    coordination_agreed_by      text,
    notes                       text,
    screened_by                 uuid                     not null,
    screened_at                 timestamp with time zone not null
);

-- Every decision on a referral, in order: a waitlisted referral is decided on again later.
create table referral_decision (
    id               uuid primary key,
    referral_id      uuid                     not null references referral (id),
    municipality_id  uuid                     not null references municipality (id),
    outcome          text                     not null,
    resulting_status text                     not null,
    reason           text                     not null,
    decline_reason   text,
    advice           text,
    handover_to      text,
    referrer_message text,
    decided_by       uuid                     not null,
    decided_by_name  text                     not null,
    decided_at       timestamp with time zone not null
);
create index referral_decision_by_referral on referral_decision (referral_id, decided_at);
