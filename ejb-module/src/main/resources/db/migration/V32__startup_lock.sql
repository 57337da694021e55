-- Issue 16: the instances of a deployment group start at the same moment. Work that one of them must do once at
-- start-up (the demo organisation) first locks its row here (SELECT ... FOR UPDATE, the same on PostgreSQL and
-- the embedded database); the other instance waits, then finds the work done.
CREATE TABLE startup_lock (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO startup_lock (name) VALUES ('demo-data');
