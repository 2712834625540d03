create table household (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    postcode        char(6),
    house_number    text,
    phone           text,
    created_at      timestamp with time zone not null,
    version         int                      not null default 0
);
create index household_by_address on household (municipality_id, postcode, house_number);

create table household_member (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    household_id    uuid not null references household (id),
    given_name      text not null,
    family_name     text not null,
    date_of_birth   date not null,
    bsn             char(9)
);
create index household_member_by_household on household_member (household_id);
create index household_member_by_bsn on household_member (municipality_id, bsn) where bsn is not null;

create table referral (
    id                     uuid primary key,
    municipality_id        uuid                     not null references municipality (id),
    team_id                uuid                     not null references team (id),
    household_id           uuid                     not null references household (id),
    received_on            date                     not null,
    referrer_type          text                     not null,
    referrer_organisation  text,
    referrer_name          text                     not null,
    referrer_contact       text                     not null,
    reason                 text                     not null,
    urgency                text                     not null,
    status                 text                     not null,
    created_at             timestamp with time zone not null,
    version                int                      not null default 0
);
-- The inbox: a team's referrals, newest first, optionally by status.
create index referral_inbox on referral (team_id, received_on desc, id);
create index referral_inbox_by_status on referral (team_id, status, received_on desc);

create table referral_life_domain (
    referral_id     uuid not null references referral (id) on delete cascade,
    municipality_id uuid not null references municipality (id),
    life_domain     text not null references life_domain (code),
    primary key (referral_id, life_domain)
);

create table case_file (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    team_id         uuid not null references team (id),
    household_id    uuid not null references household (id),
    referral_id     uuid not null references referral (id),
    stage           text not null,
    opened_on       date not null,
    version         int  not null default 0
);
create index case_file_by_team_stage on case_file (team_id, stage);
create index case_file_by_household on case_file (household_id);
