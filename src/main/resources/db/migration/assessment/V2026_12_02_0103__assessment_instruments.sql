-- Instruments as data, not code (issue 14): the Self-Sufficiency Matrix (ZRM) 2017 with its
-- 13 life domains is the default; the earlier version with 11 domains stays available, with
-- a mapping between the two so reports can span both. Supplements (e.g. parenting) are added
-- as further instruments by a migration. National reference data: no municipality column.
-- Only codes and short names are shipped: the full criteria texts are the publisher's
-- copyright, loaded by a functional administrator from a file (instrument_criterion) when
-- the municipality holds a licence.
create table instrument (
    code          text primary key,
    position      int     not null unique,
    name_nl       text    not null,
    name_en       text    not null,
    is_default    boolean not null default false,
    -- the ZRM is for adults (18+); children are followed through the household card and plan
    adults_only   boolean not null default true
);
create unique index instrument_one_default on instrument (is_default) where is_default;

create table instrument_domain (
    instrument_code text not null references instrument (code),
    code            text not null,
    position        int  not null,
    name_nl         text not null,
    name_en         text not null,
    -- notes on this domain are criminal-offence data (GDPR art. 10, UAVG art. 32): only the
    -- case manager and the backup read them
    criminal_offence_data boolean not null default false,
    primary key (instrument_code, code),
    unique (instrument_code, position)
);

create table instrument_level (
    instrument_code text not null references instrument (code),
    level           int  not null check (level between 1 and 5),
    name_nl         text not null,
    name_en         text not null,
    primary key (instrument_code, level)
);

-- Which domain of one version covers which of another: the earlier "day activities" became
-- "work & education" and "time use", "ADL skills" became basic and instrumental ADL.
create table instrument_domain_mapping (
    from_instrument text not null,
    from_domain     text not null,
    to_instrument   text not null,
    to_domain       text not null,
    primary key (from_instrument, from_domain, to_instrument, to_domain),
    foreign key (from_instrument, from_domain) references instrument_domain (instrument_code, code),
    foreign key (to_instrument, to_domain) references instrument_domain (instrument_code, code)
);

-- The licensed criteria texts, one per domain and level, replaced whole by each import; per
-- municipality, since each holds (or does not hold) its own licence.
create table instrument_criterion (
    municipality_id uuid                     not null references municipality (id),
    instrument_code text                     not null,
    domain_code     text                     not null,
    level           int                      not null,
    text            text                     not null,
    loaded_at       timestamp with time zone not null,
    loaded_by       uuid                     not null,
    primary key (municipality_id, instrument_code, domain_code, level),
    foreign key (instrument_code, domain_code) references instrument_domain (instrument_code, code),
    foreign key (instrument_code, level) references instrument_level (instrument_code, level)
);

insert into instrument (code, position, name_nl, name_en, is_default, adults_only) values
    ('ZRM_2017', 1, 'Zelfredzaamheid-Matrix 2017', 'Self-Sufficiency Matrix 2017', true, true),
    ('ZRM_11', 2, 'Zelfredzaamheid-Matrix, eerdere versie (11 domeinen)',
     'Self-Sufficiency Matrix, earlier version (11 domains)', false, true);

-- ZRM 2017: the 13 life domains the referral module already refers to, same codes.
insert into instrument_domain (instrument_code, code, position, name_nl, name_en)
select 'ZRM_2017', code, position, name_nl, name_en from life_domain;

insert into instrument_domain (instrument_code, code, position, name_nl, name_en) values
    ('ZRM_11', 'FINANCES', 1, 'Financiën', 'Finances'),
    ('ZRM_11', 'DAY_ACTIVITIES', 2, 'Dagbesteding', 'Day activities'),
    ('ZRM_11', 'HOUSING', 3, 'Huisvesting', 'Housing'),
    ('ZRM_11', 'DOMESTIC_RELATIONS', 4, 'Huiselijke relaties', 'Domestic relations'),
    ('ZRM_11', 'MENTAL_HEALTH', 5, 'Geestelijke gezondheid', 'Mental health'),
    ('ZRM_11', 'PHYSICAL_HEALTH', 6, 'Lichamelijke gezondheid', 'Physical health'),
    ('ZRM_11', 'ADDICTION', 7, 'Verslaving', 'Addiction'),
    ('ZRM_11', 'ADL', 8, 'ADL-vaardigheden', 'ADL skills'),
    ('ZRM_11', 'SOCIAL_NETWORK', 9, 'Sociaal netwerk', 'Social network'),
    ('ZRM_11', 'SOCIAL_PARTICIPATION', 10, 'Maatschappelijke participatie', 'Social participation'),
    ('ZRM_11', 'JUSTICE', 11, 'Justitie', 'Justice');
update instrument_domain set criminal_offence_data = true where code = 'JUSTICE';

insert into instrument_level (instrument_code, level, name_nl, name_en)
select i.code, l.level, l.name_nl, l.name_en
from instrument i cross join (values
    (1, 'Acute problematiek', 'Acute problems'),
    (2, 'Niet zelfredzaam', 'Not self-sufficient'),
    (3, 'Beperkt zelfredzaam', 'Limited self-sufficiency'),
    (4, 'Voldoende zelfredzaam', 'Sufficiently self-sufficient'),
    (5, 'Volledig zelfredzaam', 'Fully self-sufficient')) as l (level, name_nl, name_en);

insert into instrument_domain_mapping (from_instrument, from_domain, to_instrument, to_domain) values
    ('ZRM_11', 'FINANCES', 'ZRM_2017', 'FINANCES'),
    ('ZRM_11', 'DAY_ACTIVITIES', 'ZRM_2017', 'WORK_EDUCATION'),
    ('ZRM_11', 'DAY_ACTIVITIES', 'ZRM_2017', 'TIME_USE'),
    ('ZRM_11', 'HOUSING', 'ZRM_2017', 'HOUSING'),
    ('ZRM_11', 'DOMESTIC_RELATIONS', 'ZRM_2017', 'DOMESTIC_RELATIONS'),
    ('ZRM_11', 'MENTAL_HEALTH', 'ZRM_2017', 'MENTAL_HEALTH'),
    ('ZRM_11', 'PHYSICAL_HEALTH', 'ZRM_2017', 'PHYSICAL_HEALTH'),
    ('ZRM_11', 'ADDICTION', 'ZRM_2017', 'SUBSTANCE_USE'),
    ('ZRM_11', 'ADL', 'ZRM_2017', 'BASIC_ADL'),
    ('ZRM_11', 'ADL', 'ZRM_2017', 'INSTRUMENTAL_ADL'),
    ('ZRM_11', 'SOCIAL_NETWORK', 'ZRM_2017', 'SOCIAL_NETWORK'),
    ('ZRM_11', 'SOCIAL_PARTICIPATION', 'ZRM_2017', 'SOCIAL_PARTICIPATION'),
    ('ZRM_11', 'JUSTICE', 'ZRM_2017', 'JUSTICE');

-- Assessments: one adult member at one moment, by whom, in which instrument version.
-- Final once saved: a correction is a new row that amends the original (kept as it was).
create table assessment (
    id               uuid primary key,
    municipality_id  uuid                     not null references municipality (id),
    household_id     uuid                     not null references household (id),
    member_id        uuid                     not null references household_member (id),
    case_id          uuid references case_file (id),
    instrument_code  text                     not null references instrument (code),
    kind             text                     not null check (kind in ('INTAKE', 'REVIEW', 'CLOSING', 'FOLLOW_UP', 'AD_HOC')),
    assessed_by      text                     not null check (assessed_by in ('CASE_MANAGER', 'SELF', 'TOGETHER')),
    assessed_on      date                     not null,
    recorded_by      uuid                     not null,
    recorded_by_name text                     not null,
    recorded_at      timestamp with time zone not null,
    amends           uuid unique references assessment (id),
    amendment_reason text,
    check ((amends is null) = (amendment_reason is null))
);
create index assessment_by_member on assessment (member_id, assessed_on);
create index assessment_by_case on assessment (case_id);

-- Only the domains in scope have a row; each a level or "not assessed" with a reason.
create table assessment_score (
    assessment_id       uuid not null references assessment (id),
    instrument_code     text not null,
    domain_code         text not null,
    level               int check (level between 1 and 5),
    not_assessed_reason text check (not_assessed_reason in ('UNKNOWN_YET', 'NOT_DISCUSSED', 'MEMBER_DECLINED')),
    note                text,
    strength            text check (strength in ('OWN_STRENGTH', 'OWN_NETWORK', 'PROFESSIONAL_HELP')),
    primary key (assessment_id, domain_code),
    foreign key (instrument_code, domain_code) references instrument_domain (instrument_code, code),
    check ((level is null) <> (not_assessed_reason is null))
);

-- Saved is final: PostgreSQL itself refuses to change or remove an assessment or its scores.
create function assessment_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'an assessment is final once saved; amend it instead';
end $$;
create trigger assessment_final before update or delete on assessment
    for each row execute function assessment_is_final();
create trigger assessment_score_final before update or delete on assessment_score
    for each row execute function assessment_is_final();
