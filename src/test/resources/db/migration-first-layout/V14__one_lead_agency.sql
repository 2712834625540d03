-- One lead agency per household: coordination is held by one organisation at a time.
create unique index household_involvement_one_lead_agency on household_involvement (household_id) where lead_agency;
