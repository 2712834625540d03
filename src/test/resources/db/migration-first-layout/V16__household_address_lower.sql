-- The duplicate search compares house numbers case-insensitively (12a = 12A); the index of V5
-- is on the raw house number and cannot serve lower(house_number).
create index household_by_address_lower on household (municipality_id, postcode, lower(house_number));
