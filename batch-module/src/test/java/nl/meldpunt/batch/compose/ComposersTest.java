package nl.meldpunt.batch.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.meldpunt.batch.output.Block;
import nl.meldpunt.batch.output.Cell;
import nl.meldpunt.batch.output.LineChart;
import nl.meldpunt.batch.output.Publication;
import nl.meldpunt.batch.output.Table;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.publication.PublicationKind;
import nl.meldpunt.publication.PublicationWork;
import nl.meldpunt.publication.RegisterLine;
import nl.meldpunt.publication.RunPlan;
import nl.meldpunt.shared.Period;
import nl.meldpunt.trend.TrendCounting;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The composers on small organisations: whatever the reports, no printed count is below the threshold,
 * and the register shows a kind, department or relation only where enough cases share it.
 */
class ComposersTest {

    private static final Period Q4 = Period.quarterOf(LocalDate.of(2026, 11, 1));
    private static final Words DUTCH = new Words("nl");

    @Test
    void anOrganisationWithOneOrTwoReportsGetsNoCountBelowTheThreshold() {
        Random random = new Random(12);
        for (int organisation = 0; organisation < 300; organisation++) {
            List<TrendCounting.Count> counts = new ArrayList<>();
            int reports = 1 + random.nextInt(organisation < 150 ? 2 : 30);
            for (int i = 0; i < reports; i++) {
                YearMonth month = YearMonth.of(2025 + random.nextInt(2), 1 + random.nextInt(12));
                counts.add(new TrendCounting.Count(List.of("BULLYING", "FRAUD", "DISCRIMINATION").get(random.nextInt(3)),
                        List.of("A", "B", "", "C").get(random.nextInt(4)), month, 1));
            }
            Publication trend = TrendComposer.compose(plan(PublicationKind.TREND), counts, List.of(), DUTCH);
            assertNoSmallCount(trend, counts.toString());
        }
    }

    @Test
    void whenAPeriodsTotalIsPrintedElsewhereASingleHiddenMonthIsNotLeftToSubtract() {
        List<TrendCounting.Count> counts = new ArrayList<>();
        counts.add(new TrendCounting.Count("BULLYING", "A", YearMonth.of(2026, 10), 6));
        counts.add(new TrendCounting.Count("BULLYING", "A", YearMonth.of(2026, 11), 7));
        counts.add(new TrendCounting.Count("BULLYING", "A", YearMonth.of(2026, 12), 2));
        Publication trend = TrendComposer.compose(plan(PublicationKind.TREND), counts, List.of(), DUTCH);
        Table months = tables(trend).stream().filter(t -> t.caption().equals("Per maand")).findFirst().orElseThrow();
        List<String> q4 = months.rows().stream().filter(r -> r.get(0).text().startsWith("2026-1")).map(r -> r.get(1).text()).toList();
        long shown = q4.stream().filter(text -> text.matches("\\d+")).count();
        assertTrue(shown <= 1, "the quarter's total (15) is printed, so at most one month may show: " + q4);
    }

    @Test
    void theRegisterListsNoLinesForFewerCasesThanTheThreshold() {
        List<RegisterLine> two = List.of(line("BULLYING", "A"), line("FRAUD", "B"));
        Publication register = RegisterComposer.compose(plan(PublicationKind.REGISTER), two, DUTCH);
        assertTrue(tables(register).isEmpty(), "no table, only the explanation");
        assertTrue(register.sections().toString().contains("minder dan 5"));
    }

    @Test
    void theRegisterShowsAKindDepartmentAndRelationOnlyWhereEnoughCasesShareThem() {
        List<RegisterLine> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(line("BULLYING", "A"));
        }
        lines.add(line("FRAUD", "B"));
        lines.add(line("DISCRIMINATION", "A"));
        List<RegisterLine> generalised = RegisterComposer.generalised(lines, 5);
        assertEquals(6, generalised.stream().filter(l -> l.category().equals("BULLYING")).count());
        assertEquals(2, generalised.stream().filter(l -> l.category().equals(CountTable.OTHER)
                && l.department().equals(CountTable.OTHER) && l.relation().equals(CountTable.OTHER)).count());
        Publication register = RegisterComposer.compose(plan(PublicationKind.REGISTER), lines, DUTCH);
        assertNoSmallCount(register, "register");
        String printed = register.sections().toString();
        assertFalse(printed.contains("Fraude") || printed.contains("Discriminatie"), "kinds of one case are not named");
    }

    @Test
    void theAnnualReportIsMadeAsPdfAndAsAnEditableWordDocumentWithTheSameContent() throws Exception {
        String intro = "Dit jaar was ik elke dinsdag bereikbaar.\n\nIk sprak 14 medewerkers.";
        Composers composers = new Composers();
        Field work = Composers.class.getDeclaredField("work");
        work.setAccessible(true);
        work.set(composers, new PublicationWork() {
            @Override
            public AnnualTexts annualTexts(long organisationId, int year) {
                return new AnnualTexts(Map.of(nl.meldpunt.annual.Section.INTRODUCTION, intro), false);
            }

            @Override
            public nl.meldpunt.practice.ActivityYear practiceActivities(long organisationId, int year) {
                return new nl.meldpunt.practice.ActivityYear(year, 2, 1, 37, 1, 3, 1);
            }
        });
        List<TrendCounting.Count> submitted = List.of(
                new TrendCounting.Count("BULLYING", "A", YearMonth.of(2026, 3), 9),
                new TrendCounting.Count("BULLYING", "B", YearMonth.of(2026, 7), 4),
                new TrendCounting.Count("DISCRIMINATION", "A", YearMonth.of(2026, 5), 2),
                new TrendCounting.Count("FRAUD", "", YearMonth.of(2026, 9), 6));
        List<RegisterLine> closed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            closed.add(line("BULLYING", "A"));
        }
        RunPlan plan = new RunPlan(1, 2, "Zorggroep Klein", "nl", 5, PublicationKind.ANNUAL,
                Period.yearOf(LocalDate.of(2026, 6, 1)), List.of());

        var files = composers.render(plan, submitted, closed);

        assertEquals(List.of(PublicationKind.Format.PDF, PublicationKind.Format.DOCX), List.copyOf(files.keySet()));
        assertEquals("%PDF-", new String(files.get(PublicationKind.Format.PDF), 0, 5, StandardCharsets.ISO_8859_1));
        byte[] docx = files.get(PublicationKind.Format.DOCX);
        Path samples = Path.of("target", "output-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve("annual-report-nl.docx"), docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertEquals("Jaarverslag van de vertrouwenspersoon 2026 — concept", paragraphs.get(0).getText());
            assertEquals("Jaarverslag van de vertrouwenspersoon 2026 — concept",
                    document.getProperties().getCoreProperties().getTitle());
            List<String> headings = paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText)
                    .toList();
            assertEquals(List.of("Inleiding en rol van de vertrouwenspersoon", "Bereikbaarheid en beschikbaarheid",
                    "Meldingen in 2026", "Nazorg", "Activiteiten van de vertrouwenspersoon", "Trends en signalen", "Advies en aanbevelingen",
                    "Vooruitblik op het komende jaar"), headings, "every section a real heading");
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("Dit jaar was ik elke dinsdag bereikbaar.") && texts.contains("Ik sprak 14 medewerkers."),
                    "the confidant's text, as two paragraphs: " + texts);
            XWPFTable byKind = document.getTables().get(0);
            assertEquals("Soort gedrag", byKind.getRow(0).getCell(0).getText());
            String kinds = byKind.getRows().stream().map(r -> r.getCell(0).getText() + "=" + r.getCell(1).getText()).toList().toString();
            assertTrue(kinds.contains("=< 5"), "a small count as the composer printed it: " + kinds);
            assertEquals(1, document.getAllPictures().size(), "the chart of reports by kind");
            XWPFTable activities = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Activiteit")).findFirst().orElseThrow();
            assertEquals(List.of("Voorlichtingsbijeenkomsten=2", "Trainingen=1", "Deelnemers aan voorlichting en training samen=37",
                            "Gevraagd advies aan de leiding=1", "Ongevraagd advies aan de leiding=3",
                            "Beleidsevaluaties en overleg over het beleid=1"),
                    activities.getRows().stream().skip(1).map(r -> r.getCell(0).getText() + "=" + r.getCell(1).getText()).toList(),
                    "the activities counted per kind, small counts exactly: they are about work, not people");
        }
    }

    private static RegisterLine line(String category, String department) {
        return new RegisterLine(YearMonth.of(2026, 11), category, "COLLEAGUE", "PERSONAL_INTEGRITY", "WEB", department,
                List.of("LISTENED"), List.of(), List.of(), false, false, "RESOLVED_INFORMALLY", false);
    }

    private static RunPlan plan(PublicationKind kind) {
        return new RunPlan(1, 2, "Zorggroep Klein", "nl", 5, kind, Q4, List.of());
    }

    private static List<Table> tables(Publication publication) {
        List<Table> tables = new ArrayList<>();
        publication.sections().forEach(s -> s.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .forEach(tables::add));
        return tables;
    }

    private static void assertNoSmallCount(Publication publication, String what) {
        for (var section : publication.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Table table) {
                    for (List<Cell> row : table.rows()) {
                        for (Cell cell : row) {
                            assertTrue(cell.number() == null || cell.number() >= 5,
                                    "a count below 5 printed in " + table.caption() + ": " + row + " for " + what);
                        }
                    }
                } else if (block instanceof LineChart chart) {
                    chart.series().forEach(s -> s.values().forEach(v -> assertTrue(v == null || v >= 5, "chart " + what)));
                }
            }
        }
    }
}
