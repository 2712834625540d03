-- The household card (issue 14): the help question in the household's own words. The rest
-- of the card is read from where it is kept (members, involvement register, matrix,
-- network map).
create table household_card (
    household_id    uuid primary key references household (id),
    municipality_id uuid                     not null references municipality (id),
    help_question   text,
    written_by      uuid                     not null,
    written_at      timestamp with time zone not null
);
