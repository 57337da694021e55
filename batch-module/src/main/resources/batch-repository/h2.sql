-- Jakarta Batch's job repository (Payara's glassfish/lib/install/databases/jsr352-h2.sql, in the schema
-- "batch" that Flyway does not manage). Run by BatchRepositorySetup at deployment when the tables are
-- missing; statements are separated by ";" at the end of a line.
CREATE SCHEMA IF NOT EXISTS batch;
CREATE TABLE IF NOT EXISTS batch.jobinstancedata(
  jobinstanceid BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1) CONSTRAINT JOBINSTANCE_PK PRIMARY KEY,
  name		VARCHAR(512), 
  apptag VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS batch.executioninstancedata(
  jobexecid BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1) CONSTRAINT JOBEXECUTION_PK PRIMARY KEY,
  jobinstanceid BIGINT,
  createtime	TIMESTAMP,
  starttime		TIMESTAMP,
  endtime		TIMESTAMP,
  updatetime	TIMESTAMP,
  parameters	BINARY LARGE OBJECT,
  batchstatus		VARCHAR(512),
  exitstatus		VARCHAR(512),
  CONSTRAINT JOBINST_JOBEXEC_FK FOREIGN KEY (jobinstanceid) REFERENCES batch.jobinstancedata (jobinstanceid)
  );
  
CREATE TABLE IF NOT EXISTS batch.stepexecutioninstancedata(
	stepexecid BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1) CONSTRAINT STEPEXECUTION_PK PRIMARY KEY,
	jobexecid	BIGINT,
	batchstatus         VARCHAR(512),
    exitstatus			VARCHAR(512),
    stepname			VARCHAR(512),
	readcount			INTEGER,
	writecount			INTEGER,
	commitcount         INTEGER,
	rollbackcount		INTEGER,
	readskipcount		INTEGER,
	processskipcount	INTEGER,
	filtercount			INTEGER,
	writeskipcount		INTEGER,
	startTime           TIMESTAMP,
	endTime             TIMESTAMP,
	persistentData		BINARY LARGE OBJECT,
	CONSTRAINT JOBEXEC_STEPEXEC_FK FOREIGN KEY (jobexecid) REFERENCES batch.executioninstancedata (jobexecid)
); 

CREATE TABLE IF NOT EXISTS batch.jobstatus (
  id BIGINT CONSTRAINT JOBSTATUS_PK PRIMARY KEY,
  obj		BINARY LARGE OBJECT,
  CONSTRAINT JOBSTATUS_JOBINST_FK FOREIGN KEY (id) REFERENCES batch.jobinstancedata (jobinstanceid) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS batch.stepstatus(
  id BIGINT CONSTRAINT STEPSTATUS_PK PRIMARY KEY,
  obj		BINARY LARGE OBJECT,
  CONSTRAINT STEPSTATUS_STEPEXEC_FK FOREIGN KEY (id) REFERENCES batch.stepexecutioninstancedata (stepexecid) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS batch.checkpointdata(
  id		VARCHAR(512),
  obj		BINARY LARGE OBJECT
);

CREATE INDEX IF NOT EXISTS chk_index ON batch.checkpointdata(id);
