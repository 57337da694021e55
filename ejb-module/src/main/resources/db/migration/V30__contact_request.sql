-- Issue 14, item 1: a contact request ("I want to talk to a confidant", or a manager's "advice about a situation in my
-- team"). It logs in like a report (case code + Argon2id password hash, the same failed-login lock) but is no report:
-- it is not in the register, the deadlines, the trends or the annual report's case counts until the reporter consents
-- to it becoming a case (then a report row with the same case code takes over, converted_report_id points to it).
-- Fixed choices in the clear; the one optional short note is sealed under the request's own data key.
CREATE SEQUENCE contact_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact_request (
    id                   BIGINT PRIMARY KEY,
    organisation_id      BIGINT       NOT NULL REFERENCES organisation (id),
    case_code            VARCHAR(20)  NOT NULL UNIQUE,
    password_hash        VARCHAR(255),
    kind                 VARCHAR(20)  NOT NULL,
    topic                VARCHAR(40)  NOT NULL,
    way                  VARCHAR(20)  NOT NULL,
    days                 VARCHAR(80),
    day_parts            VARCHAR(40),
    chosen_confidant_id  BIGINT REFERENCES staff_account (id),
    language             VARCHAR(5)   NOT NULL,
    data_key             BYTEA        NOT NULL,
    sealed_note          BYTEA,
    state                VARCHAR(30)  NOT NULL,
    other_moments_reason VARCHAR(30),
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    conversion_asked_at  TIMESTAMP WITH TIME ZONE,
    conversion_consented_at TIMESTAMP WITH TIME ZONE,
    converted_report_id  BIGINT REFERENCES report (id),
    failed_logins        INTEGER      NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX contact_request_organisation_state ON contact_request (organisation_id, state);

-- An appointment slot the confidant proposed; the accepted one is the agreed appointment. The details (a place, a
-- phone number, an online link) are sealed under the request's key.
CREATE SEQUENCE contact_slot_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact_slot (
    id                 BIGINT PRIMARY KEY,
    contact_request_id BIGINT      NOT NULL REFERENCES contact_request (id),
    staff_id           BIGINT      NOT NULL REFERENCES staff_account (id),
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes            INTEGER     NOT NULL,
    way                VARCHAR(20) NOT NULL,
    sealed_details     BYTEA,
    state              VARCHAR(20) NOT NULL,
    proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_slot_request ON contact_slot (contact_request_id);
CREATE INDEX contact_slot_staff_state ON contact_slot (staff_id, state, starts_at);
