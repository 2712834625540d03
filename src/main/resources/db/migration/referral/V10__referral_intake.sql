-- Areas can carry postcode ranges (four digits), so a referral's area follows from the address.
create table area_postcode_range (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    area_id         uuid not null references area (id),
    from_digits     int  not null check (from_digits between 1000 and 9999),
    to_digits       int  not null check (to_digits between 1000 and 9999 and to_digits >= from_digits)
);
create index area_postcode_range_by_digits on area_postcode_range (from_digits, to_digits);

alter table referral
    add column area_id                 uuid references area (id),
    add column household_knows         boolean not null default false,
    add column household_agrees        boolean not null default false,
    add column consent_inform_referrer boolean not null default false,
    add column open_case_at_intake     boolean not null default false;

-- Duplicate search: the same household by name and date of birth.
create index household_member_by_name_and_birth
    on household_member (municipality_id, lower(family_name), date_of_birth);

-- One referral opens at most one case, whatever happens concurrently.
create unique index case_file_one_per_referral on case_file (referral_id);
