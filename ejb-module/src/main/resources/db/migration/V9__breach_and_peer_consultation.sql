-- A breach of confidentiality, only in exceptional situations (seeds 002, 003): why, who was
-- informed and when. And a peer consultation (intervisie) on the case, without identifying data.
CREATE SEQUENCE confidentiality_breach_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE confidentiality_breach (
    id                 BIGINT PRIMARY KEY,
    report_id          BIGINT      NOT NULL REFERENCES report (id),
    reason             VARCHAR(40) NOT NULL,
    sealed_informed    BYTEA       NOT NULL,
    sealed_explanation BYTEA       NOT NULL,
    informed_on        DATE        NOT NULL,
    staff_id           BIGINT      NOT NULL REFERENCES staff_account (id),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE peer_consultation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE peer_consultation (
    id           BIGINT PRIMARY KEY,
    report_id    BIGINT NOT NULL REFERENCES report (id),
    consulted_on DATE   NOT NULL,
    staff_id     BIGINT NOT NULL REFERENCES staff_account (id),
    sealed_note  BYTEA  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
