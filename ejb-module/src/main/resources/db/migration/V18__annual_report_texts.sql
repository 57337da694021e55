-- The confidant's own texts for the annual report to the management (issue 12, item 3): per organisation and
-- year, six sections, every save a new version (never updated, never deleted), and whether the year's texts are
-- final. Never case text: no column refers to a report.
CREATE SEQUENCE annual_report_year_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE annual_report_text_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE annual_report_year (
    id              BIGINT  PRIMARY KEY,
    organisation_id BIGINT  NOT NULL REFERENCES organisation (id),
    report_year     INTEGER NOT NULL,
    finalised_at    TIMESTAMP WITH TIME ZONE,
    finalised_by    BIGINT  REFERENCES staff_account (id),
    version         BIGINT  NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, report_year)
);

CREATE TABLE annual_report_text (
    id            BIGINT        PRIMARY KEY,
    year_id       BIGINT        NOT NULL REFERENCES annual_report_year (id),
    section_key   VARCHAR(40)   NOT NULL,
    version_no    INTEGER       NOT NULL,
    body          VARCHAR(8000) NOT NULL,
    written_by    BIGINT        NOT NULL REFERENCES staff_account (id),
    written_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    restored_from INTEGER,
    UNIQUE (year_id, section_key, version_no)
);
