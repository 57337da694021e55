/**
 * Jakarta Batch jobs (incident register, trend, annual report, retention), one sub-package per job,
 * job XML in META-INF/batch-jobs. The jobs arrive with their issues; the module is in the EAR's lib/.
 */
package nl.meldpunt.batch;
