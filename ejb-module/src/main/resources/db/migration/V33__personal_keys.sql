-- Issue 17: case keys wrapped per person. A confidant's X25519 key pair: the public key in the clear, the private
-- key only sealed under a key derived from the confidant's password (Argon2id, with its own salt).
ALTER TABLE staff_account ADD COLUMN key_public BYTEA;
ALTER TABLE staff_account ADD COLUMN key_private_sealed BYTEA;
ALTER TABLE staff_account ADD COLUMN key_salt BYTEA;
-- The public half of an organisation's offline recovery key; its private half is only on the printed recovery sheet.
ALTER TABLE organisation ADD COLUMN recovery_public_key BYTEA;
ALTER TABLE organisation ADD COLUMN recovery_key_made_at TIMESTAMP WITH TIME ZONE;
-- The server copy of a case key (wrapped under the configuration's key-encryption key) is kept only while a person
-- who holds the case still lacks a copy of their own; then it is deleted.
ALTER TABLE contact_request ALTER COLUMN data_key DROP NOT NULL;
-- One row per holder of a case's key: 'staff:<id>' (to the confidant's public key), 'reporter' (under the
-- reporter's password), 'recovery:<organisation id>' (to the organisation's recovery key). A case is a report or a
-- contact request; a contact request that becomes a report keeps its case code, and so its keys.
CREATE TABLE case_key (
    case_code   VARCHAR(20)  NOT NULL,
    holder      VARCHAR(40)  NOT NULL,
    wrapped     BYTEA        NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_code, holder)
);
CREATE INDEX case_key_holder ON case_key (holder);
