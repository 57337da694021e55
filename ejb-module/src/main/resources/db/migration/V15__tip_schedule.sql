-- The tip schedule: a later tip appears on the personal page some days after the report, and the
-- reporter (if an address was left) gets a mail that there is a new tip. This is when the next one is due.
ALTER TABLE report ADD COLUMN next_tip_mail_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX report_next_tip_mail ON report (next_tip_mail_at);
