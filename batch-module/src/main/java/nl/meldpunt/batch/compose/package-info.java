/**
 * From counts to a report: each composer builds the {@link nl.meldpunt.batch.output.Publication} of one
 * kind of report from a run's {@link nl.meldpunt.batch.job.Tally}, every count passed through the one
 * rule for small counts ({@link nl.meldpunt.disclosure.SmallCounts}) with the organisation's threshold,
 * and every key put into words ({@code ReportTexts*.properties}, the question set's labels).
 */
package nl.meldpunt.batch.compose;
