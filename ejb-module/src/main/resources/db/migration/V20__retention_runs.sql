-- The retention job's runs (issue 12 item 7): one row per Dutch day — the primary key makes the nightly
-- run once a day, also across a cluster — with its Jakarta Batch execution, its state for restarts and
-- a heartbeat; and per organisation that had something due, what the run did, in counts only.
CREATE TABLE retention_run (
    run_day          DATE        PRIMARY KEY,
    status           VARCHAR(20) NOT NULL,
    job_execution_id BIGINT,
    attempts         INTEGER     NOT NULL DEFAULT 0,
    failure_reason   VARCHAR(400),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    heartbeat_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE retention_run_result (
    run_day         DATE   NOT NULL REFERENCES retention_run (run_day),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    due             BIGINT NOT NULL,
    anonymised      BIGINT NOT NULL,
    skipped         BIGINT NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_day, organisation_id)
);
