-- Issue 14, item 5: the confidant's activity log per organisation (seed 001, seed 002 §8, seed 003 §6-7):
-- information sessions and trainings given, advice to the management (solicited or not), policy evaluations.
-- Fixed choices, a date and a count only: no free text and nothing about a person, so that no row can name
-- anyone. recorded_by is the confidant who recorded it (staff, not a reporter). The annual report counts these.
CREATE SEQUENCE practice_activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE practice_activity (
    id              BIGINT      PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    kind            VARCHAR(30) NOT NULL,
    held_on         DATE        NOT NULL,
    audience        VARCHAR(30),
    participants    INTEGER     CHECK (participants IS NULL OR participants BETWEEN 1 AND 10000),
    topic           VARCHAR(30),
    recorded_by     BIGINT      NOT NULL REFERENCES staff_account (id),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0
);

CREATE INDEX practice_activity_organisation_day ON practice_activity (organisation_id, held_on);
