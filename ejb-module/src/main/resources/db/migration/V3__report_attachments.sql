-- Files added to a report by the reporter (later also by the confidant). The file name is free text
-- and the content is case content: both are sealed under the report's data key (AES-GCM). Only the
-- detected content type (never the browser's claim) and the stored size are in the clear, for the
-- list and for the per-report limits.

CREATE SEQUENCE report_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE report_attachment (
    id             BIGINT PRIMARY KEY,
    report_id      BIGINT       NOT NULL REFERENCES report (id),
    sealed_name    BYTEA        NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL CHECK (size_bytes > 0),
    sealed_content BYTEA        NOT NULL,
    added_by       VARCHAR(20)  NOT NULL CHECK (added_by IN ('REPORTER', 'CONFIDANT')),
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_attachment_report ON report_attachment (report_id, added_at);
