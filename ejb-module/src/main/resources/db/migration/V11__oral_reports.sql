-- Oral reports (Wbk; EU Directive 2019/1937 art. 18): the confidant writes down a report given by phone
-- or in a meeting; the reporter checks, corrects and approves the written record on the personal page.
ALTER TABLE report ADD COLUMN recorded_by_staff_id BIGINT REFERENCES staff_account (id);
ALTER TABLE report ADD COLUMN record_approved_at TIMESTAMP WITH TIME ZONE;
