-- Password spraying (issue 10): one address trying a few passwords on many usernames stays
-- under every username's limit, so failures are also counted per client address. The key is
-- a SHA-256 of the address, like the username's, so the table holds no addresses.
alter table login_failure add column client_key text;
create index login_failure_by_client on login_failure (client_key, failed_at) where client_key is not null;
