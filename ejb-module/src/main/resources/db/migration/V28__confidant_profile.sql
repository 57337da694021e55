-- Issue 14: what the entry page and the wizard tell employees about each confidant (seed 003 §3: that there is a
-- confidant, how to reach them and when). Written by the confidant in the console; public by design, so it holds
-- nothing about reports. The name shown is the account's display name.
CREATE TABLE confidant_profile (
    staff_id           BIGINT PRIMARY KEY REFERENCES staff_account (id),
    introduction_nl    VARCHAR(800),
    introduction_en    VARCHAR(800),
    availability_nl    VARCHAR(300),
    availability_en    VARCHAR(300),
    languages          VARCHAR(100) NOT NULL,
    phone              VARCHAR(40),
    photo              BYTEA,
    photo_content_type VARCHAR(40),
    photo_sha256       VARCHAR(64),
    version            BIGINT       NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
