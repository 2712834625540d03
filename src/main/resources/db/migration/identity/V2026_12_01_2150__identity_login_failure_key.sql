-- Failed logins are counted per SHA-256 of the normalised username instead of the typed
-- text: every key has the same small size (a 3 KB username broke the btree index), and
-- the table holds no typed names. Rows written before this change used the plain name and
-- would never match again, so they go.
delete from login_failure;
alter table login_failure rename column username to username_key;
