-- The e-mail vault, in its own schema. An address is sealed (AES-GCM under the vault key) and found
-- only through a keyed link: HMAC-SHA256 of the case code under the vault's link key. There is no
-- case code, report id or foreign key here, and the report tables have nothing that leads here.
CREATE TABLE mail_address (
    lookup_key     VARCHAR(64) PRIMARY KEY,
    sealed_address BYTEA       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0
);
