-- Issue 13: the organisation admin changes the entry address (/m/{slug}). Every slug an organisation
-- used before stays its own: /m/{old} and /logo/{old} answer with a permanent redirect to the new one,
-- so the links on the intranet keep working, and no other organisation can take it.
CREATE TABLE organisation_former_slug (
    slug            VARCHAR(64) PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    retired_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organisation_former_slug_organisation ON organisation_former_slug (organisation_id);
-- The SHA-256 of the stored logo (hex): its strong ETag and the version in its address, without reading the image.
ALTER TABLE organisation ADD COLUMN logo_sha256 VARCHAR(64);
