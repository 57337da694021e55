-- Issue 13: the organisation admin edits the question set and the tip set as a draft before publishing it
-- as a new version (question_set / tip_set rows are never changed). At most one draft per organisation and
-- kind; base_version is the published version the draft started from; version is the optimistic lock.
CREATE SEQUENCE questionnaire_draft_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE questionnaire_draft (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT          NOT NULL REFERENCES organisation (id),
    kind            VARCHAR(10)     NOT NULL,
    content         VARCHAR(200000) NOT NULL,
    base_version    INTEGER         NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      BIGINT          NOT NULL REFERENCES staff_account (id),
    version         INTEGER         NOT NULL,
    UNIQUE (organisation_id, kind)
);
