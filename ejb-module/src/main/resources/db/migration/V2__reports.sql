-- The reporter's journey: agreed question sets and tips per organisation (versioned), reports with
-- their structured registration fields in the clear and every free text sealed (AES-GCM, per-case key).
-- No table here holds or references an e-mail address: those live in the separate vault.

CREATE SEQUENCE question_set_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE tip_set_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE report_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE report_message_seq START WITH 50 INCREMENT BY 50;

-- A report keeps the question set version it was answered with; a new version is a new row.
CREATE TABLE question_set (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    version         INTEGER       NOT NULL,
    content         VARCHAR(200000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (organisation_id, version)
);

CREATE TABLE tip_set (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    version         INTEGER       NOT NULL,
    content         VARCHAR(200000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (organisation_id, version)
);

CREATE TABLE report (
    id               BIGINT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    case_code        VARCHAR(20)  NOT NULL UNIQUE,
    password_hash    VARCHAR(255) NOT NULL,
    question_set_id  BIGINT       NOT NULL REFERENCES question_set (id),
    tip_set_id       BIGINT       NOT NULL REFERENCES tip_set (id),
    status           VARCHAR(20)  NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    language         VARCHAR(5)   NOT NULL,
    category         VARCHAR(40)  NOT NULL,
    subcategory      VARCHAR(40),
    relation         VARCHAR(40),
    ongoing          VARCHAR(10),
    needs            VARCHAR(400),
    chosen_confidant_id BIGINT REFERENCES staff_account (id),
    sharing_consent  VARCHAR(30)  NOT NULL,
    data_key         BYTEA        NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    failed_logins    INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX report_queue ON report (organisation_id, status, submitted_at);

-- Free-text answers, each sealed under the report's data key with its question as context.
CREATE TABLE report_answer (
    report_id    BIGINT      NOT NULL REFERENCES report (id),
    question_key VARCHAR(60) NOT NULL,
    sealed_value BYTEA       NOT NULL,
    PRIMARY KEY (report_id, question_key)
);

-- Messages both ways and information the reporter adds later; the body is sealed.
CREATE TABLE report_message (
    id              BIGINT PRIMARY KEY,
    report_id       BIGINT      NOT NULL REFERENCES report (id),
    kind            VARCHAR(20) NOT NULL,
    author_staff_id BIGINT REFERENCES staff_account (id),
    sealed_body     BYTEA       NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_message_report ON report_message (report_id, sent_at);
