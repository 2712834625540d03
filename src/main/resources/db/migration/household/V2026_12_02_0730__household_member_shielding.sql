-- Confidentiality inside the household (issue 10, DESIGN §3): a member's information can
-- be shielded from the other members (domestic violence; a young person of 16 or older with
-- the right to their own file; another danger). Professionals who may work the file still
-- see everything; what is printed for, or later shown to, another member leaves it out.
-- A shielding is never deleted but lifted (lifted_on), so the history says who was
-- protected when. One shielding at a time per member.
create table member_shielding (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    household_id    uuid                     not null references household (id),
    member_id       uuid                     not null references household_member (id),
    reason          text                     not null check (reason in ('DOMESTIC_VIOLENCE', 'OWN_FILE', 'OTHER_DANGER')),
    explanation     text,
    since           date                     not null,
    recorded_by     text                     not null,
    recorded_at     timestamp with time zone not null,
    lifted_on       date,
    lifted_by       text,
    version         int                      not null default 0,
    check (lifted_on is null or lifted_on >= since),
    check ((lifted_on is null) = (lifted_by is null)),
    check (reason <> 'OTHER_DANGER' or length(btrim(explanation)) > 0)
);
create unique index member_shielding_one_at_a_time on member_shielding (member_id) where lifted_on is null;
create index member_shielding_by_household on member_shielding (household_id);
