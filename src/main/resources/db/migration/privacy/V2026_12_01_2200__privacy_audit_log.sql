-- Regie's register of processing activities (GDPR art. 30), as data: every audit entry
-- names the activity it belongs to. Regie's activities are the same for every
-- municipality using it, like life_domain, so this table carries no municipality_id;
-- a municipality's own register adds its controller details around it.
create table processing_activity (
    code           text primary key,
    name_nl        text not null,
    name_en        text not null,
    purpose_nl     text not null,
    purpose_en     text not null,
    legal_basis    text not null,
    data_subjects  text not null,
    retention      text not null
);

insert into processing_activity values
 ('REFERRAL_SCREENING', 'Aanmelding en screening', 'Referral and screening',
  'Beoordelen of een huishouden past bij de integrale aanpak van het wijkteam en wie de regie voert.',
  'Deciding whether a household fits the neighbourhood team''s integrated approach and who coordinates.',
  'AVG art. 6 lid 1 sub e (taak van algemeen belang); Wmo 2015 art. 2.3.2; Jeugdwet art. 2.3',
  'huishoudens en hun leden; aanmelders', 'Wmo: selectielijst gemeente; Jeugdwet: 20 jaar na einde hulp'),
 ('CASE_COORDINATION', 'Casusregie', 'Case coordination',
  'Het huishouden begeleiden met één plan en één regisseur.',
  'Supporting the household with one plan and one coordinator.',
  'AVG art. 6 lid 1 sub e; art. 9 lid 2 sub h; Wmo 2015; Jeugdwet',
  'huishoudens en hun leden; hun netwerk', 'Wmo: selectielijst gemeente; Jeugdwet: 20 jaar na einde hulp'),
 ('TEAM_MEETING', 'Teamoverleg', 'Team meeting',
  'Verdelen en bespreken van casussen in het team.', 'Assigning and discussing cases in the team.',
  'AVG art. 6 lid 1 sub e', 'huishoudens en hun leden', 'zoals de casus'),
 ('ACCOUNT_SECURITY', 'Toegangsbeveiliging', 'Access security',
  'Vastleggen wie inlogt en wie welke rechten krijgt (BIO, NEN 7513).',
  'Recording who signs in and who is given which rights (BIO, NEN 7513).',
  'AVG art. 6 lid 1 sub c en art. 32', 'medewerkers', 'ten minste 5 jaar (NEN 7513)'),
 ('PRIVACY_OVERSIGHT', 'Toezicht op gegevensgebruik', 'Oversight of data use',
  'Controle op wie welk dossier inzag, en inzage voor het huishouden zelf.',
  'Checking who looked at which file, and showing the household who did.',
  'AVG art. 5 lid 2, art. 15 en art. 32', 'huishoudens; medewerkers', 'ten minste 5 jaar (NEN 7513)');

-- Pseudonymous keys: the audit log names households and members only by these. Deleting
-- a row (anonymisation at the end of the retention period) makes its old entries
-- untraceable to the household without touching, and so without breaking, the chain.
create table audit_subject_key (
    municipality_id uuid not null references municipality (id),
    subject_id      uuid not null,
    pseudonym       uuid not null unique,
    primary key (municipality_id, subject_id)
);

-- The chains' heads. Each municipality writes eight chains (stripes) so that concurrent
-- reads do not all queue for one row; installation-wide security events (an unknown
-- username) use the nil municipality.
create table audit_chain (
    municipality_id uuid   not null,
    stripe          int    not null,
    last_seq        bigint not null,
    last_hash       text   not null,
    primary key (municipality_id, stripe)
);

-- The audit log (NEN 7513 fields; Logius "Logboek Dataverwerkingen": processing activity
-- and trace id). Append-only: a trigger refuses updates and deletes, and each entry's
-- hash covers its fields and the previous entry's hash, so a change made around the
-- trigger is found by the verification.
create table audit_entry (
    municipality_id     uuid                     not null,
    stripe              int                      not null,
    seq                 bigint                   not null,
    occurred_at         timestamp with time zone not null,
    kind                text                     not null,
    actor_user_id       uuid,
    actor_role          text,
    on_behalf_of        text,
    subject_pseudonym   uuid,
    member_pseudonym    uuid,
    resource            text                     not null,
    action              text                     not null,
    processing_activity text                     not null references processing_activity (code),
    trace_id            text                     not null,
    client_address      text,
    prev_hash           text                     not null,
    hash                text                     not null,
    primary key (municipality_id, stripe, seq)
);

create index audit_entry_by_subject on audit_entry (subject_pseudonym, occurred_at) where subject_pseudonym is not null;
create index audit_entry_by_actor on audit_entry (municipality_id, actor_user_id, occurred_at);
create index audit_entry_by_time on audit_entry (municipality_id, occurred_at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
