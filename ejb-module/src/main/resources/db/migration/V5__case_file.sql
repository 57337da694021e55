-- The confidant's case file: the track chosen (seed 003), the steps taken (date, who, sealed note, and
-- whether the reporter sees them), and the moments that deadlines are measured from.
ALTER TABLE report ADD COLUMN track VARCHAR(30);
ALTER TABLE report ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE case_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_step (
    id                  BIGINT PRIMARY KEY,
    report_id           BIGINT      NOT NULL REFERENCES report (id),
    step_key            VARCHAR(40) NOT NULL,
    happened_on         DATE        NOT NULL,
    staff_id            BIGINT      NOT NULL REFERENCES staff_account (id),
    sealed_note         BYTEA,
    visible_to_reporter BOOLEAN     NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_step_report ON case_step (report_id, happened_on);
