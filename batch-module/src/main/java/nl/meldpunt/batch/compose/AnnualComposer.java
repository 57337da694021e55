package nl.meldpunt.batch.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.meldpunt.batch.output.BarChart;
import nl.meldpunt.batch.output.Block;
import nl.meldpunt.batch.output.Cell;
import nl.meldpunt.batch.output.Paragraph;
import nl.meldpunt.batch.output.Publication;
import nl.meldpunt.batch.output.Section;
import nl.meldpunt.batch.output.Series;
import nl.meldpunt.batch.output.Table;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.disclosure.Figure;
import nl.meldpunt.disclosure.ProtectedTable;
import nl.meldpunt.disclosure.SmallCounts;
import nl.meldpunt.practice.ActivityYear;
import nl.meldpunt.publication.RegisterLine;
import nl.meldpunt.publication.RunPlan;
import nl.meldpunt.trend.TrendCounting;

/**
 * The confidant's annual report (jaarverslag) to the management, in the order Dutch confidants use:
 * introduction and role, availability, the reports of the year by kind, relation, track and how they
 * were handled, aftercare, trends and signals, advice and recommendations, the year ahead. The texts are
 * the confidant's own (written in the console, never case text); every count is the job's, protected.
 * Texts not yet marked final print as a draft.
 */
final class AnnualComposer {

    private AnnualComposer() {
    }

    static Publication compose(RunPlan plan, List<TrendCounting.Count> submitted, List<RegisterLine> closed,
                               Map<nl.meldpunt.annual.Section, String> texts, boolean textsFinal, ActivityYear activities,
                               Words words) {
        List<Section> sections = new ArrayList<>();
        sections.add(text(nl.meldpunt.annual.Section.INTRODUCTION, texts, words));
        sections.add(text(nl.meldpunt.annual.Section.AVAILABILITY, texts, words));

        List<Block> counted = new ArrayList<>();
        counted.add(new Paragraph(words.text("annual.countsAbout", SmallCounts.effectiveThreshold(plan.threshold()))));
        Map<String, Integer> byKind = new LinkedHashMap<>();
        submitted.forEach(c -> byKind.merge(c.category(), c.count(), Integer::sum));
        ProtectedTable kinds = oneColumn(byKind, plan.threshold());
        counted.add(table(words.text("annual.byKind"), words.text("register.kind"), kinds, words::option, words));
        counted.add(chart(words.text("annual.byKind"), kinds, words));
        Map<String, Integer> byRelation = new LinkedHashMap<>();
        closed.forEach(l -> byRelation.merge(l.relation() == null ? "" : l.relation(), 1, Integer::sum));
        counted.add(table(words.text("annual.byRelation"), words.text("register.relation"), oneColumn(byRelation, plan.threshold()),
                words::option, words));
        Map<String, Integer> byTrack = new LinkedHashMap<>();
        closed.forEach(l -> byTrack.merge(l.track() == null ? "" : l.track(), 1, Integer::sum));
        counted.add(table(words.text("annual.byTrack"), words.text("register.track"), oneColumn(byTrack, plan.threshold()),
                key -> words.value("track", key.isEmpty() ? null : key), words));
        counted.add(handling(closed, plan.threshold(), words));
        sections.add(new Section(words.text("annual.countsHeading", plan.period().label()), counted));

        List<Block> aftercare = new ArrayList<>(blocks(texts.get(nl.meldpunt.annual.Section.AFTERCARE), words));
        Figure followed = single((int) closed.stream().filter(RegisterLine::aftercare).count(), plan.threshold());
        aftercare.add(new Table(words.text("annual.aftercareTable"), List.of(words.text("annual.aftercareRow"), words.text("count")),
                List.of(List.of(Cell.text(words.text("annual.aftercareRow")), Figures.cell(followed, SmallCounts.effectiveThreshold(plan.threshold())))),
                0));
        sections.add(new Section(nl.meldpunt.annual.Section.AFTERCARE.title(words.locale()), aftercare));
        sections.add(activities(activities, words));
        sections.add(text(nl.meldpunt.annual.Section.TRENDS_AND_SIGNALS, texts, words));
        sections.add(text(nl.meldpunt.annual.Section.ADVICE, texts, words));
        sections.add(text(nl.meldpunt.annual.Section.YEAR_AHEAD, texts, words));
        String title = words.text("annual.title", plan.period().label()) + (textsFinal ? "" : " — " + words.text("annual.draft"));
        return new Publication(title, words.text("subtitle", plan.organisationName(), plan.period().label()), words.locale(),
                sections.stream().map(s -> s).toList(), words.text("footer"));
    }

    /**
     * How the closed cases were handled. A case can be handled in several ways, so these counts have no
     * total and one cannot be computed from the others; each below the threshold prints as "&lt; 5".
     */
    private static Table handling(List<RegisterLine> closed, int threshold, Words words) {
        Map<String, Predicate<RegisterLine>> ways = new LinkedHashMap<>();
        ways.put("heardOnly", l -> l.adviceGiven().equals(List.of("LISTENED")) && l.referrals().isEmpty() && l.formalSteps().isEmpty());
        ways.put("advice", l -> l.adviceGiven().contains("INFORMATION"));
        ways.put("informal", l -> l.adviceGiven().contains("INFORMAL_SOLUTION"));
        ways.put("mediation", l -> l.adviceGiven().contains("MEDIATION") || l.referrals().contains("MEDIATOR"));
        ways.put("formalComplaint", l -> l.adviceGiven().contains("FORMAL_COMPLAINT_GUIDANCE") || l.formalSteps().contains("COMPLAINTS_COMMITTEE"));
        ways.put("referral", l -> !l.referrals().isEmpty());
        ways.put("police", l -> l.policeReportConsidered() || l.formalSteps().contains("POLICE_REPORT"));
        int t = SmallCounts.effectiveThreshold(threshold);
        List<List<Cell>> rows = new ArrayList<>();
        ways.forEach((way, test) -> rows.add(List.of(Cell.text(words.text("annual.handled." + way)),
                Figures.cell(single((int) closed.stream().filter(test).count(), threshold), t))));
        return new Table(words.text("annual.byHandling"), List.of(words.text("annual.handledHow"), words.text("count")), rows, 0);
    }

    /**
     * The confidant's activities of the year (issue 14, item 5): sessions and trainings with their participants,
     * advice solicited and unsolicited, policy evaluations. Deliberately not through {@code disclosure}: these
     * counts are about the confidant's work, not about people (an activity holds no personal data), so the
     * small-count threshold that protects reporters does not apply and every count prints as it is.
     */
    private static Section activities(ActivityYear year, Words words) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(words.text(year.isEmpty() ? "annual.activities.none" : "annual.activities.about")));
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("sessions", year.informationSessions());
        rows.put("trainings", year.trainings());
        rows.put("participants", year.participants());
        rows.put("adviceSolicited", year.adviceSolicited());
        rows.put("adviceUnsolicited", year.adviceUnsolicited());
        rows.put("evaluations", year.policyEvaluations());
        List<List<Cell>> cells = new ArrayList<>();
        rows.forEach((key, n) -> cells.add(List.of(Cell.text(words.text("annual.activities." + key)), Cell.count(n))));
        blocks.add(new Table(words.text("annual.activities.table"), List.of(words.text("annual.activities.what"), words.text("count")),
                cells, 0));
        return new Section(words.text("annual.activities.heading"), blocks);
    }

    private static Figure single(int count, int threshold) {
        return count < SmallCounts.effectiveThreshold(threshold) ? Figure.BELOW : Figure.shown(count);
    }

    private static ProtectedTable oneColumn(Map<String, Integer> counts, int threshold) {
        CountTable.Builder builder = CountTable.builder(List.copyOf(counts.keySet()), List.of("n"));
        counts.forEach((key, n) -> builder.add(key, "n", n));
        return SmallCounts.protect(builder.build(), threshold);
    }

    private static Table table(String caption, String what, ProtectedTable table, java.util.function.Function<String, String> label,
                               Words words) {
        int t = table.threshold();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String key = table.rows().get(i);
            rows.add(List.of(Cell.text(CountTable.OTHER.equals(key) ? words.text("kind.other") : label.apply(key)),
                    Figures.cell(table.rowTotal(i), t)));
        }
        rows.add(List.of(Cell.text(words.text("total")), Figures.cell(table.total(), t)));
        return new Table(caption, List.of(what, words.text("count")), rows, 1);
    }

    private static BarChart chart(String caption, ProtectedTable table, Words words) {
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String key = table.rows().get(i);
            labels.add(CountTable.OTHER.equals(key) ? words.text("kind.other") : words.option(key));
            values.add(Figures.value(table.rowTotal(i)));
            shown.add(table.rowTotal(i).text(table.threshold()));
        }
        return new BarChart(caption, labels, List.of(new Series(words.text("count"), values, shown)), words.text("count"));
    }

    private static Section text(nl.meldpunt.annual.Section section, Map<nl.meldpunt.annual.Section, String> texts, Words words) {
        return new Section(section.title(words.locale()), blocks(texts.get(section), words));
    }

    private static List<Block> blocks(String text, Words words) {
        return List.of(new Paragraph(text == null || text.isBlank() ? words.text("annual.notWritten") : text));
    }
}
