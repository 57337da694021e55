/**
 * The Jakarta Batch job that makes one report for HR ({@code META-INF/batch-jobs/publication.xml}):
 * read a month, count it, keep the counts in the checkpoint, and publish at the end. Counting and
 * publishing go through {@link nl.meldpunt.publication.PublicationWork}, in transactions of their own.
 */
package nl.meldpunt.batch.job;
