-- Issue 13: staff accounts made in the browser. The platform admin never types or sees a password: the
-- person gets a single-use link by mail and chooses one. Only the SHA-256 hash of the link's random token is
-- kept, set when the mail is sent (the token itself is made at that moment and is stored nowhere); the link
-- holds for 7 days from then. A password reset by the platform admin works the same way.
CREATE SEQUENCE staff_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff_invitation (
    id            BIGINT PRIMARY KEY,
    staff_id      BIGINT      NOT NULL REFERENCES staff_account (id),
    purpose       VARCHAR(20) NOT NULL,
    token_hash    VARCHAR(64) UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    mailed_at     TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE,
    closed_reason VARCHAR(20),
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX staff_invitation_staff ON staff_invitation (staff_id, closed_at);

-- An account whose password is still to be chosen (a new one, or after a reset) logs in with no password.
ALTER TABLE staff_account ADD COLUMN password_pending BOOLEAN NOT NULL DEFAULT FALSE;

-- The invitation an outbox mail carries the link of.
ALTER TABLE outbox_mail ADD COLUMN staff_invitation_id BIGINT REFERENCES staff_invitation (id);
