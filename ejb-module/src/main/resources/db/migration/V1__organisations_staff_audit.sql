-- Portable SQL: runs unchanged on PostgreSQL and on the embedded H2 (MODE=PostgreSQL).
-- Ids come from sequences (allocation 50, as in the entities; EclipseLink takes a value as the end of its block): portable, and inserts can be batched.

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id                          BIGINT PRIMARY KEY,
    slug                        VARCHAR(64)  NOT NULL UNIQUE,
    name                        VARCHAR(200) NOT NULL,
    primary_colour              VARCHAR(7)   NOT NULL,
    accent_colour               VARCHAR(7)   NOT NULL,
    english_enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    status_update_interval_days INTEGER      NOT NULL DEFAULT 14,
    small_count_threshold       INTEGER      NOT NULL DEFAULT 5,
    retention_months            INTEGER      NOT NULL DEFAULT 24,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE staff_account (
    id             BIGINT PRIMARY KEY,
    login_name     VARCHAR(120) NOT NULL UNIQUE,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins  INTEGER      NOT NULL DEFAULT 0,
    locked_until   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);

-- A confidant may serve several organisations; an organisation admin or HR member serves one.
CREATE TABLE staff_organisation (
    staff_id        BIGINT NOT NULL REFERENCES staff_account (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (staff_id, organisation_id)
);

-- One hash chain per organisation (and one for the platform): the head is locked while appending.
CREATE TABLE audit_chain (
    chain_key     VARCHAR(40) PRIMARY KEY,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);

-- Who, what, when: never an address, an IP address or free text.
CREATE TABLE audit_entry (
    id              BIGINT PRIMARY KEY,
    chain_key       VARCHAR(40)  NOT NULL,
    sequence_no     BIGINT       NOT NULL,
    organisation_id BIGINT,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(80)  NOT NULL,
    action          VARCHAR(60)  NOT NULL,
    subject         VARCHAR(200),
    previous_hash   VARCHAR(64)  NOT NULL,
    entry_hash      VARCHAR(64)  NOT NULL,
    UNIQUE (chain_key, sequence_no)
);
CREATE INDEX audit_entry_organisation ON audit_entry (organisation_id, occurred_at);

INSERT INTO audit_chain (chain_key, last_sequence, last_hash)
VALUES ('platform', 0, '0000000000000000000000000000000000000000000000000000000000000000');
