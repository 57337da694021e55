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

    /** A year of months as columns (14 in all), a table with no rows, a crowded bar chart. */
    static Publication wide() {
        List<String> months = lineChart().categories();
        List<String> header = new ArrayList<>();
        header.add("Soort gedrag");
        header.addAll(months);
        header.add("Totaal");
        List<List<Cell>> rows = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(KINDS.get(k)));
            for (int m = 0; m < months.size(); m++) {
                row.add((k + m) % 5 == 0 ? Cell.text("< 5") : Cell.count(5 + (k * 7 + m * 3) % 40));
            }
            row.add(k == 2 ? Cell.text("×") : Cell.count(1234 + k));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.text("Totaal"));
        for (int m = 0; m < months.size(); m++) {
            total.add(Cell.count(100 + m));
        }
        total.add(Cell.count(12345));
        rows.add(total);
        List<Series> series = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            Integer[] values = new Integer[KINDS.size()];
            for (int k = 0; k < KINDS.size(); k++) {
                values[k] = (d + k) % 4 == 1 ? null : 5 + (d * 5 + k * 3) % 20;
            }
            series.add(series(DEPARTMENTS.get(d), values));
        }
        return new Publication("Jaarverslag vertrouwenspersoon 2026", "Gemeente Zuidwaard", Locale.forLanguageTag("nl-NL"),
                List.of(new Section("Cijfers", List.of(
                        new Table("Meldingen per soort en maand", header, rows, 1),
                        new Table("Maatregelen", List.of("Maatregel", "Aantal"), List.of(), 0),
                        new BarChart("Meldingen per soort en afdeling", KINDS, series, "Aantal meldingen")))),
                "Vertrouwelijk");
    }

    /** A series whose null values print as "< 5". */
    static Series series(String name, Integer... values) {
        List<Integer> list = Arrays.asList(values);
        return new Series(name, list, list.stream().map(v -> v == null ? "< 5" : v.toString()).toList());
    }
}
