-- Aftercare (seed 002 §5): closing a case schedules a check-in (default after 12 months) at which the
-- confidant asks the reporter, through the personal page, whether there has been any retaliation.
ALTER TABLE organisation ADD COLUMN checkin_after_months INTEGER NOT NULL DEFAULT 12;
ALTER TABLE report ADD COLUMN checkin_due_on DATE;
ALTER TABLE report ADD COLUMN checkin_asked_at TIMESTAMP WITH TIME ZONE;
