-- Members join and leave a household (birth, moving in or out) with a date; the history is
-- kept: a member who left stays, with the day and why (issue 14). Members recorded before
-- joined on a day nobody knows (null).
alter table household_member add column joined_on date;
alter table household_member add column joined_how text check (joined_how in ('BIRTH', 'MOVED_IN', 'OTHER'));
alter table household_member add column left_on date;
alter table household_member add column left_how text check (left_how in ('MOVED_OUT', 'DIED', 'OTHER'));
alter table household_member add constraint household_member_leaves_after_joining
    check (left_on is null or joined_on is null or left_on >= joined_on);
alter table household_member add constraint household_member_left_how
    check ((left_on is null) = (left_how is null));
