-- Unsolicited advice a confidant gives an organisation after seeing a trend (seed 003 §7).
CREATE SEQUENCE organisation_advice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE organisation_advice (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    staff_id        BIGINT        NOT NULL REFERENCES staff_account (id),
    advice          VARCHAR(4000) NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
