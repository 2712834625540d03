-- Failed logins per typed username, for throttling (BIO). A security table, not business
-- data: no municipality_id, because the username may not exist and looking up its
-- municipality would treat known and unknown names differently. Rows older than the
-- window plus the lock are deleted as new failures come in.
create table login_failure (
    username  text                     not null,
    failed_at timestamp with time zone not null
);
create index login_failure_by_username on login_failure (username, failed_at);
create index login_failure_by_age on login_failure (failed_at);
