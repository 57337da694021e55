package nl.meldpunt.batch.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.meldpunt.batch.output.Block;
import nl.meldpunt.batch.output.Cell;
import nl.meldpunt.batch.output.Paragraph;
import nl.meldpunt.batch.output.Publication;
import nl.meldpunt.batch.output.Section;
import nl.meldpunt.batch.output.Table;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.disclosure.ProtectedTable;
import nl.meldpunt.disclosure.SmallCounts;
import nl.meldpunt.publication.RegisterLine;
import nl.meldpunt.publication.RunPlan;

/**
 * The incident register (Arbowet): one line per case closed in the period, from registration fields
 * only. A register lists cases, so the small-count rule works on the lines themselves: kind, department
 * and relation together are shown only where at least threshold cases share them — the others print as
 * "other" in all three — and with fewer cases than the threshold in the period there are no lines at
 * all. The counts per kind above the lines are protected as every table is.
 */
final class RegisterComposer {

    private RegisterComposer() {
    }

    static Publication compose(RunPlan plan, List<RegisterLine> closed, Words words) {
        int threshold = SmallCounts.effectiveThreshold(plan.threshold());
        List<Block> about = List.of(new Paragraph(words.text("register.about", threshold)));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(words.text("register.aboutHeading"), about));
        if (closed.size() < threshold) {
            sections.add(new Section(words.text("register.linesHeading"),
                    List.of(new Paragraph(words.text("register.tooFew", threshold)))));
            return publication(plan, words, sections);
        }
        List<RegisterLine> lines = generalised(closed, threshold);
        sections.add(new Section(words.text("register.byKindHeading"), List.of(byKind(lines, threshold, words))));
        sections.add(new Section(words.text("register.linesHeading"), List.of(lineTable(lines, words))));
        return publication(plan, words, sections);
    }

    /** The lines as one table: the CSV file is this table. */
    static Table lineTable(List<RegisterLine> lines, Words words) {
        List<String> header = List.of(words.text("register.month"), words.text("register.kind"), words.text("register.department"),
                words.text("register.relation"), words.text("register.track"), words.text("register.measures"),
                words.text("register.sanction"), words.text("register.police"), words.text("register.outcome"),
                words.text("register.aftercare"));
        List<List<Cell>> rows = new ArrayList<>();
        for (RegisterLine line : lines.stream().sorted(Comparator.comparing(RegisterLine::month)).toList()) {
            List<String> measures = new ArrayList<>();
            line.adviceGiven().forEach(a -> measures.add(words.value("advice", a)));
            line.referrals().forEach(r -> measures.add(words.value("referral", r)));
            line.formalSteps().forEach(f -> measures.add(words.value("formalStep", f)));
            rows.add(List.of(Cell.text(line.month().toString()),
                    Cell.text(CountTable.OTHER.equals(line.category()) ? words.text("kind.other") : words.option(line.category())),
                    Cell.text(words.department(line.department())),
                    Cell.text(CountTable.OTHER.equals(line.relation()) ? words.text("relation.other") : words.option(line.relation())),
                    Cell.text(words.value("track", line.track())),
                    Cell.text(measures.isEmpty() ? "—" : String.join("; ", measures)),
                    Cell.text(words.text(line.sanctionConsidered() ? "yes" : "no")),
                    Cell.text(words.text(line.policeReportConsidered() ? "yes" : "no")),
                    Cell.text(words.value("outcome", line.outcome())),
                    Cell.text(words.text(line.aftercare() ? "yes" : "no"))));
        }
        return new Table(words.text("register.linesHeading"), header, rows, 0);
    }

    /**
     * Kind, department and relation of a line are kept only when at least {@code threshold} lines share
     * all three; otherwise all three become "other", so that counting lines never gives a small count
     * of a kind, a department or a relation.
     */
    static List<RegisterLine> generalised(List<RegisterLine> lines, int threshold) {
        Map<List<String>, Long> groups = lines.stream().collect(Collectors.groupingBy(RegisterComposer::group, Collectors.counting()));
        Map<List<String>, Boolean> kept = new HashMap<>();
        groups.forEach((group, n) -> kept.put(group, n >= threshold));
        return lines.stream().map(line -> kept.get(group(line)) ? line
                : new RegisterLine(line.month(), CountTable.OTHER, CountTable.OTHER, line.track(), line.channel(), CountTable.OTHER,
                        line.adviceGiven(), line.referrals(), line.formalSteps(), line.sanctionConsidered(),
                        line.policeReportConsidered(), line.outcome(), line.aftercare())).toList();
    }

    private static List<String> group(RegisterLine line) {
        return java.util.Arrays.asList(line.category(), line.department(), line.relation());
    }

    private static Table byKind(List<RegisterLine> lines, int threshold, Words words) {
        CountTable.Builder builder = CountTable.builder(List.of(), List.of("n"));
        lines.forEach(line -> builder.add(line.category(), "n"));
        ProtectedTable table = SmallCounts.protect(builder.build(), threshold);
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String kind = table.rows().get(i);
            rows.add(List.of(Cell.text(CountTable.OTHER.equals(kind) ? words.text("kind.other") : words.option(kind)),
                    Figures.cell(table.rowTotal(i), table.threshold())));
        }
        rows.add(List.of(Cell.text(words.text("total")), Figures.cell(table.total(), table.threshold())));
        return new Table(words.text("register.byKindHeading"), List.of(words.text("register.kind"), words.text("count")), rows, 1);
    }

    private static Publication publication(RunPlan plan, Words words, List<Section> sections) {
        return new Publication(words.text("register.title"), words.text("subtitle", plan.organisationName(), plan.period().label()),
                words.locale(), sections, words.text("footer"));
    }
}
