-- The reporter keeps control (seeds 001, 003): consent to inform the organisation or a third party,
-- given by the reporter on the personal page or recorded by the confidant after a conversation.
CREATE SEQUENCE report_consent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE report_consent (
    id        BIGINT PRIMARY KEY,
    report_id BIGINT      NOT NULL REFERENCES report (id),
    scope     VARCHAR(20) NOT NULL,
    given_by  VARCHAR(40) NOT NULL,
    staff_id  BIGINT REFERENCES staff_account (id),
    given_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_consent_report ON report_consent (report_id);
