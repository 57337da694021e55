package nl.meldpunt.batch.output;

/** Something a section shows: text, a table or a chart. */
public sealed interface Block permits Paragraph, Table, BarChart, LineChart {
}
