-- Issue 14, item 3: the organisation's reporting procedure / PSA policy (Wbk: employees can read it), written by
-- the organisation admin in Dutch and English. Published versions are never changed or deleted; the highest one is
-- current. At most one unpublished draft per organisation; version is its optimistic lock.
CREATE SEQUENCE procedure_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE procedure_draft_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE procedure_version (
    id              BIGINT         PRIMARY KEY,
    organisation_id BIGINT         NOT NULL REFERENCES organisation (id),
    version_no      INTEGER        NOT NULL,
    body_nl         VARCHAR(20000) NOT NULL,
    body_en         VARCHAR(20000) NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by    BIGINT         NOT NULL REFERENCES staff_account (id),
    UNIQUE (organisation_id, version_no)
);

CREATE TABLE procedure_draft (
    id              BIGINT         PRIMARY KEY,
    organisation_id BIGINT         NOT NULL UNIQUE REFERENCES organisation (id),
    body_nl         VARCHAR(20000) NOT NULL,
    body_en         VARCHAR(20000) NOT NULL,
    base_version    INTEGER        NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      BIGINT         NOT NULL REFERENCES staff_account (id),
    version         INTEGER        NOT NULL
);
