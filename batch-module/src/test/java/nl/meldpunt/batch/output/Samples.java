package nl.meldpunt.batch.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Publications as the jobs will hand them over: Dutch text, a long table, charts with suppressed values. */
final class Samples {

    static final String TITLE = "Trendrapportage psychosociale arbeidsbelasting";
    static final String SUBTITLE = "Gemeente Zuidwaard — 1e kwartaal 2026";
    static final String FOOTER = "Vertrouwelijk — alleen voor HR en directie";
    static final String INTRO = """
            De vertrouwenspersoon ziet een “duidelijke” stijging van meldingen over pesten in de afdeling Financiën.
            Advies: één keer per kwartaal een gesprek met het management; budget € 2.500 voor training.

            <b>Dit is geen opmaak</b> & geen HTML.""";
    static final List<String> DEPARTMENTS = List.of("Financiën", "Personeelszaken", "Beheer & onderhoud",
            "Klantcontact", "Overig");
    static final List<String> KINDS = List.of("Pesten", "Seksuele intimidatie", "Agressie en geweld",
            "Discriminatie", "Werkdruk", "Integriteit");

    private Samples() {
    }

    static Publication dutch() {
        return new Publication(TITLE, SUBTITLE, Locale.forLanguageTag("nl-NL"), List.of(
                new Section("Inleiding", List.of(new Paragraph(INTRO))),
                new Section("Meldingen per soort en maand", List.of(longTable(), barChart(), lineChart())),
                new Section("Advies van de vertrouwenspersoon", List.of(
                        new Paragraph("Regel één.\nRegel twee — met een lange gedachtestreep.\nRegel drie: “klaar”."))
                )), FOOTER);
    }

    static Publication english() {
        return new Publication("Trend report", "Example Ltd — Q1 2026", Locale.ENGLISH, List.of(
                new Section("Counts", List.of(smallTable()))), "Confidential");
    }

    /** 60 month × kind rows and one total row: more than a page. */
    static Table longTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String month = String.format("%d-%02d", 2021 + i / 12, i % 12 + 1);
            String kind = KINDS.get(i % KINDS.size());
            Cell count = i % 7 == 3 ? Cell.text("< 5") : Cell.count(5 + i);
            rows.add(List.of(Cell.text(month), Cell.text(kind + " " + i), count, Cell.count(10 + i)));
        }
        rows.add(List.of(Cell.text("Totaal"), Cell.text(""), Cell.text("×"), Cell.count(2370)));
        return new Table("Meldingen per maand en soort", List.of("Maand", "Soort gedrag", "Financiën", "Alle afdelingen"),
                rows, 1);
    }

    static Table smallTable() {
        return new Table("Reports per kind", List.of("Kind", "Reports"), List.of(
                List.of(Cell.text("Bullying"), Cell.count(12)),
                List.of(Cell.text("Discrimination"), Cell.text("< 5")),
                List.of(Cell.text("Total"), Cell.count(17))), 1);
    }

    static BarChart barChart() {
        return new BarChart("Meldingen per soort en afdeling",
                List.of("Pesten", "Seksuele intimidatie", "Agressie en geweld", "Werkdruk"),
                List.of(series("Financiën", 12, null, 7, 9),
                        series("Klantcontact", 6, 8, null, 15),
                        series("Overig", 9, 5, 6, 11)),
                "Aantal meldingen");
    }

    static LineChart lineChart() {
        return new LineChart("Meldingen per maand",
                List.of("2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11",
                        "2025-12", "2026-01", "2026-02", "2026-03"),
                List.of(series("Pesten", 6, 7, null, 9, 8, 12, 14, 11, 13, 15, 17, 16),
                        series("Werkdruk", 10, 12, 11, 9, null, 8, 9, 10, 12, 11, 13, 14)),
                "Aantal meldingen");
    }

    /** A series whose null values print as "< 5". */
    static Series series(String name, Integer... values) {
        List<Integer> list = Arrays.asList(values);
        return new Series(name, list, list.stream().map(v -> v == null ? "< 5" : v.toString()).toList());
    }
}
