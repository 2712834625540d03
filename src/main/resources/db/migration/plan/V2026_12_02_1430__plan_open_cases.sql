-- The team leader's figures of how the team's plans rest count the plans of the cases the
-- team works now, not every plan the team ever made: that list grew with the years and
-- reading it grew with it. The plan module keeps whether its case is open from the case's
-- events (closed, scaled up, reopened), so the figures need no join across modules.
alter table plan add column case_open boolean not null default true;

update plan p set case_open = false
from case_file c
where c.id = p.case_id and c.stage not in ('AWAITING_ASSIGNMENT', 'OUTREACH', 'ACTIVE', 'CLOSING');

create index plan_of_open_cases_by_team on plan (municipality_id, team_id) where case_open;
