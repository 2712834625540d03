-- The household module's published read view: how a household is named on lists of other
-- modules (the eldest member's name) and how many children it has, so those lists need one
-- query per page instead of one per household. Other modules read this view, never the tables.
create view household_label as
select h.id as household_id,
       h.municipality_id,
       (select m.given_name || ' ' || m.family_name from household_member m
         where m.household_id = h.id order by m.date_of_birth, m.id limit 1) as name,
       (select left(m.family_name, 1) from household_member m
         where m.household_id = h.id order by m.date_of_birth, m.id limit 1) as initial,
       (select count(*) from household_member m
         where m.household_id = h.id and m.date_of_birth > current_date - interval '18 years') as children
from household h;
