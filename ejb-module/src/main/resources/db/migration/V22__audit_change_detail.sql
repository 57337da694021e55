-- Issue 13: an organisation admin's change of a setting or of the branding is audited with what it was
-- before and what it is after ("14 → 21"). NULL for every other entry; the entry's hash covers the detail
-- only when there is one, so older entries keep their hash.
ALTER TABLE audit_entry ADD COLUMN detail VARCHAR(1000);
