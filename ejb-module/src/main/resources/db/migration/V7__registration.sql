-- The registration form per case (seed 002 §6): the structured fields the register and the annual
-- report are built from, so that they never need the narrative. Filled by the confidant; checked at closing.
ALTER TABLE organisation ADD COLUMN departments VARCHAR(2000);

CREATE TABLE case_registration (
    report_id                BIGINT PRIMARY KEY REFERENCES report (id),
    department               VARCHAR(80),
    advice_given             VARCHAR(400),
    referrals                VARCHAR(400),
    formal_steps             VARCHAR(200),
    sanction_considered      BOOLEAN NOT NULL DEFAULT FALSE,
    police_report_considered BOOLEAN NOT NULL DEFAULT FALSE,
    outcome                  VARCHAR(40),
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT  NOT NULL DEFAULT 0
);
