-- HR's reports (issue 12): what an organisation has scheduled, every run of a report for a period,
-- and the files a run produced. Nothing here leads to a case: counts only, protected before they are
-- written into a file.
CREATE SEQUENCE publication_seq START WITH 50 INCREMENT BY 50;

-- Per organisation: which report, how often, on which day, and whether HR get the files attached.
CREATE TABLE publication_schedule (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    kind            VARCHAR(20) NOT NULL,
    frequency       VARCHAR(20) NOT NULL,
    day_of_month    INTEGER     NOT NULL,
    attach_files    BOOLEAN     NOT NULL DEFAULT FALSE,
    active          BOOLEAN     NOT NULL DEFAULT TRUE,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT publication_schedule_once UNIQUE (organisation_id, kind, frequency)
);

-- The HR staff who receive a schedule's reports.
CREATE TABLE publication_recipient (
    schedule_id BIGINT NOT NULL REFERENCES publication_schedule (id) ON DELETE CASCADE,
    staff_id    BIGINT NOT NULL REFERENCES staff_account (id),
    PRIMARY KEY (schedule_id, staff_id)
);

-- One report for one organisation and period. A scheduled period is made once (the unique key,
-- also across a cluster); a run on demand may be made again. job_execution_id is Jakarta Batch's.
CREATE TABLE publication_run (
    id                 BIGINT PRIMARY KEY,
    organisation_id    BIGINT       NOT NULL REFERENCES organisation (id),
    kind               VARCHAR(20)  NOT NULL,
    period_from        DATE         NOT NULL,
    period_to          DATE         NOT NULL,
    schedule_id        BIGINT       REFERENCES publication_schedule (id),
    requested_by       BIGINT       REFERENCES staff_account (id),
    status             VARCHAR(20)  NOT NULL,
    job_execution_id   BIGINT,
    attempts           INTEGER      NOT NULL DEFAULT 0,
    items_done         INTEGER      NOT NULL DEFAULT 0,
    items_total        INTEGER      NOT NULL DEFAULT 0,
    failure_reason     VARCHAR(400),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    heartbeat_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT publication_run_once UNIQUE (schedule_id, period_from)
);
CREATE INDEX publication_run_organisation ON publication_run (organisation_id, created_at);
CREATE INDEX publication_run_status ON publication_run (status);

-- A finished file. Written in the same transaction that marks the run done, so a run has all its
-- files or none.
CREATE TABLE publication_file (
    id           BIGINT PRIMARY KEY,
    run_id       BIGINT       NOT NULL REFERENCES publication_run (id),
    format       VARCHAR(10)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT publication_file_once UNIQUE (run_id, format)
);

-- Outbox mails to staff may name a finished run (a link, or its files attached).
ALTER TABLE outbox_mail ADD COLUMN publication_run_id BIGINT REFERENCES publication_run (id);

-- Counting by period reads these.
CREATE INDEX report_organisation_submitted ON report (organisation_id, submitted_at);
CREATE INDEX report_organisation_closed ON report (organisation_id, closed_at);
