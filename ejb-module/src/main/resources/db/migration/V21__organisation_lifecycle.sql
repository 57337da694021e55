-- Issue 13: an organisation's life on the platform. ACTIVE takes reports; SUSPENDED and ARCHIVED take no
-- new report (the entry page and the wizard say so, with where to go instead), while reporters with a
-- report keep their login and confidants keep working their open cases. ARCHIVED organisations are also
-- left out of the confidant's lists; either can be made ACTIVE again.
ALTER TABLE organisation ADD COLUMN status VARCHAR(12) DEFAULT 'ACTIVE' NOT NULL;
-- Plain text the platform admin writes when closing reporting: where a reporter can go instead.
ALTER TABLE organisation ADD COLUMN closed_notice VARCHAR(500);
