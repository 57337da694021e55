-- Issue 14: the reporter's anonymous answers, at the end of the help, on how it was experienced; for the confidant's
-- own quality. Three fixed choices, no free text, and only the year: no row says which report it belongs to.
CREATE SEQUENCE reporter_feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reporter_feedback (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    given_year      INTEGER     NOT NULL,
    heard           VARCHAR(20) NOT NULL,
    clarity         VARCHAR(20) NOT NULL,
    recommend       VARCHAR(20) NOT NULL
);
CREATE INDEX reporter_feedback_organisation_year ON reporter_feedback (organisation_id, given_year);
-- Which reports have answered (once per report); kept apart from the answers on purpose.
CREATE TABLE reporter_feedback_given (
    report_id BIGINT PRIMARY KEY
);
