-- The language a member speaks and whether an interpreter is needed, so the case manager
-- knows before a home visit (issue 14). The language is an ISO 639 code (639-1 where one
-- exists, else 639-3, e.g. 'ar', 'ti', 'pap'), not free text: the screens name it in the
-- reader's language and an interpreter service books by it. No language: not recorded
-- yet. language_version is the optimistic lock for changing it: two people editing the
-- same member's language, the second is told.
alter table household_member add column language text check (language ~ '^[a-z]{2,3}$');
alter table household_member add column interpreter_needed boolean not null default false;
alter table household_member add column language_version int not null default 0;
alter table household_member add constraint household_member_interpreter_for_a_language
    check (not interpreter_needed or language is not null);
