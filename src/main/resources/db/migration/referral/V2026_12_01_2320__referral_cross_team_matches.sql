-- Intakes that matched a household only other teams know, per user, for the hourly limit:
-- every such match tells the user that a household exists elsewhere. Rows older than the
-- hour are deleted when the user's next match is counted.
create table referral_cross_team_match (
    municipality_id uuid                     not null references municipality (id),
    user_id         uuid                     not null,
    matched_at      timestamp with time zone not null
);

create index referral_cross_team_match_by_user on referral_cross_team_match (user_id, matched_at);
