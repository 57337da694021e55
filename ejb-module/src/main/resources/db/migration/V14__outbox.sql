-- The outbox: every mail is first written here, in the transaction of the change that causes it;
-- a cluster-wide timer delivers it and marks it once. No address is ever stored here: a reporter's
-- is looked up in the vault at the moment of sending, a staff member's in the staff account.
CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_mail (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(30)  NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    report_id       BIGINT       REFERENCES report (id),
    staff_id        BIGINT       REFERENCES staff_account (id),
    language        VARCHAR(5)   NOT NULL,
    details         VARCHAR(4000),
    dedupe_key      VARCHAR(200) UNIQUE,
    message_id      VARCHAR(200) NOT NULL UNIQUE,
    state           VARCHAR(12)  NOT NULL,
    send_after      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_problem    VARCHAR(40),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX outbox_mail_due ON outbox_mail (state, send_after);
CREATE INDEX outbox_mail_report ON outbox_mail (report_id, state);

-- The reporter's status update at the organisation's interval, even when nothing changed; and the
-- address is purged from the vault once the last mail after closing has gone.
ALTER TABLE report ADD COLUMN next_status_mail_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report ADD COLUMN address_purge_pending BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE report SET next_status_mail_at = submitted_at
    + (SELECT o.status_update_interval_days FROM organisation o WHERE o.id = report.organisation_id) * INTERVAL '1' DAY
    WHERE status NOT IN ('CLOSED', 'WITHDRAWN');
CREATE INDEX report_next_status_mail ON report (next_status_mail_at);

-- Staff get deadline reminders at a work address of their own, one by one or as a daily digest.
ALTER TABLE staff_account ADD COLUMN mail_address VARCHAR(254);
ALTER TABLE staff_account ADD COLUMN mail_digest BOOLEAN NOT NULL DEFAULT FALSE;
