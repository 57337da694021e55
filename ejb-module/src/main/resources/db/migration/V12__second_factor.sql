-- A second factor for staff (TOTP, RFC 6238): the secret sealed under a key of the account's own,
-- and the last time step used, so that a code is never accepted twice.
ALTER TABLE staff_account ADD COLUMN totp_key BYTEA;
ALTER TABLE staff_account ADD COLUMN totp_secret BYTEA;
ALTER TABLE staff_account ADD COLUMN totp_enrolled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
