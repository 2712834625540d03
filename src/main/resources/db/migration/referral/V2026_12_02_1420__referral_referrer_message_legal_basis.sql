-- Every act of sharing records its legal basis (issue 10), a message to the referrer too: the
-- acknowledgement rests on the team's legal task (it tells the referrer only that what they
-- sent arrived), every later message on the household's consent to inform the referrer. Set
-- when the message is sent; messages sent before this migration were only ever prepared with
-- that consent, so they get the basis their kind had.
alter table referrer_message
    add column legal_basis text check (legal_basis in ('LEGAL_TASK', 'CONSENT'));

update referrer_message
set legal_basis = case when kind = 'RECEIVED' then 'LEGAL_TASK' else 'CONSENT' end
where sent_at is not null;

alter table referrer_message
    add constraint referrer_message_sent_with_basis check ((sent_at is null) = (legal_basis is null));
