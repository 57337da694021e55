-- The organisation's logo for its entry page (PNG, JPEG or SVG shown as an image, never inline).
ALTER TABLE organisation ADD COLUMN logo BYTEA;
ALTER TABLE organisation ADD COLUMN logo_content_type VARCHAR(40);
