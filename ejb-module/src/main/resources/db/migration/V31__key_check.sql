-- Issue 15, item 5: a probe sealed under the key-encryption key (app.crypto.kek) when a key id is first used, so
-- that a server started later with another key under the same id notices it at once and seals nothing new with it
-- (reports sealed under a wrong key would be lost when the right key returns). The probe holds no secret: a fixed
-- text sealed with AES-GCM under the key; only the key itself can open it.
CREATE TABLE key_check (
    kek_id     VARCHAR(32)              PRIMARY KEY,
    probe      BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
