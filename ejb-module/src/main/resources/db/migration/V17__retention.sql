-- Retention (issue 12 item 7): a closed or withdrawn case is anonymised once the organisation's
-- retention period (default 24 months, never under 12) has passed since it ended. What the register and
-- the annual report count stays (the report's structured fields and dates, the whole registration form,
-- the kinds and dates of steps, referrals, consents, breaches and peer consultations); every free or
-- personal text goes (answers, messages, attachments, notes), and so do the wrapped data key, the
-- reporter's password hash and, in the vault, the address.

-- When the case was anonymised; NULL while it is whole.
ALTER TABLE report ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

-- The data key is NULL after anonymising rather than an empty value: "there is no key" is then what the
-- column says, and no code can mistake an empty array for a key. The same for the password hash: NULL
-- means nobody can log in (the check against NULL fails, at the same cost as a wrong password).
ALTER TABLE report ALTER COLUMN data_key DROP NOT NULL;
ALTER TABLE report ALTER COLUMN password_hash DROP NOT NULL;

-- A breach record and a peer consultation keep their reason and date for the annual report; their
-- sealed texts are removed.
ALTER TABLE confidentiality_breach ALTER COLUMN sealed_informed DROP NOT NULL;
ALTER TABLE confidentiality_breach ALTER COLUMN sealed_explanation DROP NOT NULL;
ALTER TABLE peer_consultation ALTER COLUMN sealed_note DROP NOT NULL;

-- The retention job reads the due cases of one organisation in id order, page by page.
CREATE INDEX report_retention ON report (organisation_id, anonymised_at, status, id);

-- Never shorter than 12 months (see Organisation.MIN_RETENTION_MONTHS for why).
UPDATE organisation SET retention_months = 12 WHERE retention_months < 12;
ALTER TABLE organisation ADD CONSTRAINT organisation_retention_minimum CHECK (retention_months >= 12);
