-- The plan page offers the first provisions by name of the rungs closer to the household
-- (and the professional ones to pick an owner from), the social map's search without
-- words lists by name: both are "order by lower(name), lower(organisation), id limit n" over
-- one municipality. Without this index PostgreSQL read every provision of the
-- municipality in use and sorted them (BENCHMARKS.md, the medium city: the cost grew with
-- the social map); with it, it reads them in order and stops at the limit.
create index social_map_provision_by_name on social_map_provision (municipality_id, lower(name), lower(organisation), id)
    where withdrawn_at is null;
