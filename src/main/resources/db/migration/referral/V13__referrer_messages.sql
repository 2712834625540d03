-- What the referrer is told, prepared by Regie and marked as sent by the team (DESIGN §2 step 1:
-- the referrer stays reachable and in the loop, beyond "received" only with the household's consent).
create table referrer_message (
    id              uuid primary key,
    municipality_id uuid                     not null references municipality (id),
    team_id         uuid                     not null references team (id),
    referral_id     uuid                     not null references referral (id),
    kind            text                     not null,
    text            text                     not null,
    prepared_at     timestamp with time zone not null,
    sent_at         timestamp with time zone,
    sent_by         uuid,
    sent_by_name    text,
    version         int                      not null default 0
);
create index referrer_message_by_referral on referrer_message (referral_id, prepared_at);
-- The inbox's "inform the referrer" items.
create index referrer_message_open on referrer_message (team_id, referral_id) where sent_at is null;
