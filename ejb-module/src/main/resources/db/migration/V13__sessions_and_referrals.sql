-- "Log out everywhere": every staff session remembers the generation it started in; raising the
-- account's generation ends all sessions that started before.
ALTER TABLE staff_account ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;

-- Referrals and formal routes as dated records of their own (seed 002): to whom, when, by whom,
-- whether case details went to that party (then it needs the reporter's consent or a breach record),
-- and a sealed note.
CREATE SEQUENCE case_referral_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_referral (
    id             BIGINT PRIMARY KEY,
    report_id      BIGINT      NOT NULL REFERENCES report (id),
    kind           VARCHAR(40) NOT NULL,
    referred_on    DATE        NOT NULL,
    details_shared BOOLEAN     NOT NULL,
    staff_id       BIGINT      NOT NULL REFERENCES staff_account (id),
    sealed_note    BYTEA,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_referral_report ON case_referral (report_id);
