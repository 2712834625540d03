-- Letters to the referrer go out in the referrer's language (nl, en), and are recorded as sent
-- with how: EMAIL (sent by Regie through the municipality's SMTP server, to sent_to), PRINT
-- (printed and posted) or COPY (copied into the team's own mail or read out on the phone).
alter table referral add column referrer_language text not null default 'nl';
alter table referrer_message
    add column language text not null default 'nl',
    add column sent_how text,
    add column sent_to  text;

-- The referrals of one household for the team (the household search links to them).
create index referral_by_household on referral (household_id, team_id);
