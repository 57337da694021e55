-- Jakarta Batch's job repository (Payara's glassfish/lib/install/databases/jsr352-postgresql.sql, in the schema
-- "batch" that Flyway does not manage). Run by BatchRepositorySetup at deployment when the tables are
-- missing; statements are separated by ";" at the end of a line.
CREATE SCHEMA IF NOT EXISTS batch;
CREATE TABLE IF NOT EXISTS batch.jobinstancedata(
  jobinstanceid		serial not null PRIMARY KEY,
  name		character varying (512), 
  apptag VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS batch.executioninstancedata(
  jobexecid		serial not null PRIMARY KEY,
  jobinstanceid	bigint not null REFERENCES batch.jobinstancedata (jobinstanceid),
  createtime	timestamp,
  starttime		timestamp,
  endtime		timestamp,
  updatetime	timestamp,
  parameters	bytea,
  batchstatus		character varying (512),
  exitstatus		character varying (512)
);
  
CREATE TABLE IF NOT EXISTS batch.stepexecutioninstancedata(
	stepexecid			serial not null PRIMARY KEY,
	jobexecid			bigint not null REFERENCES batch.executioninstancedata (jobexecid),
	batchstatus         character varying (512),
    exitstatus			character varying (512),
    stepname			character varying (512),
	readcount			integer,
	writecount			integer,
	commitcount         integer,
	rollbackcount		integer,
	readskipcount		integer,
	processskipcount	integer,
	filtercount			integer,
	writeskipcount		integer,
	startTime           timestamp,
	endTime             timestamp,
	persistentData		bytea
); 

CREATE TABLE IF NOT EXISTS batch.jobstatus (
  id		bigint not null REFERENCES batch.jobinstancedata (jobinstanceid),
  obj		bytea
);

CREATE TABLE IF NOT EXISTS batch.stepstatus(
  id		bigint not null REFERENCES batch.stepexecutioninstancedata (stepexecid),
  obj		bytea
);

CREATE TABLE IF NOT EXISTS batch.checkpointdata(
  id		character varying (512),
  obj		bytea
);
CREATE INDEX IF NOT EXISTS chk_index ON batch.checkpointdata(id);
