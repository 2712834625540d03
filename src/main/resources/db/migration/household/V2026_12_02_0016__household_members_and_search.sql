-- How a member belongs to the household (PARENT, PARTNER, CHILD, OTHER); unknown for the
-- members recorded before.
alter table household_member add column relation text;

-- Finding a household by name: the name as the search compares it (lower case, without
-- diacritics, one space between words: "Özlem de Vries" is "ozlem de vries"), kept by
-- PostgreSQL itself as a generated column whatever writes the member, with a trigram index,
-- so a part of a name anywhere in it ("jans" in "kees jansen") is found with an index scan
-- among a million households instead of by reading them all. The search normalises what is
-- typed with the same function.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
-- unaccent() itself is only STABLE (its dictionary could change); named explicitly it is fixed.
create function regie_search_text(text) returns text
    language sql immutable parallel safe strict
    return btrim(regexp_replace(lower(unaccent('unaccent'::regdictionary, $1)), '[^[:alnum:]]+', ' ', 'g'));
alter table household_member
    add column search_name text generated always as (regie_search_text(given_name || ' ' || family_name)) stored;
create index household_member_search_name on household_member using gin (search_name gin_trgm_ops);
-- ... and by date of birth alone.
create index household_member_by_birth on household_member (municipality_id, date_of_birth);

-- Need-to-know (DESIGN §5): the teams that know a household, because they had a referral or
-- a case of it. The household search shows a team only these households; the household module
-- keeps the list, the modules that give a team a household add to it (Households.knownTo).
create table household_team (
    team_id         uuid                     not null references team (id),
    household_id    uuid                     not null references household (id),
    municipality_id uuid                     not null references municipality (id),
    since           timestamp with time zone not null default now(),
    primary key (team_id, household_id)
);
create index household_team_by_household on household_team (household_id);
insert into household_team (team_id, household_id, municipality_id)
select team_id, household_id, municipality_id from referral
union
select team_id, household_id, municipality_id from case_file
on conflict do nothing;
