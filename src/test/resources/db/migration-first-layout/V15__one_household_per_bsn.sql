-- A BSN identifies one person, so it belongs to one member of one household per municipality.
-- The intake checks this first; the index makes two intakes at the same moment unable to both
-- register the same person in two new households.
create unique index household_member_one_per_bsn on household_member (municipality_id, bsn) where bsn is not null;
