package nl.meldpunt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.meldpunt.web.SourceChecks.Finding;
import org.junit.jupiter.api.Test;

/**
 * Static source checks over the whole tree (docs/static-analysis.md): no page switches output escaping off, and
 * no JPQL or SQL is built from anything but constant text outside the reviewed list
 * {@code src-config/spotbugs/reviewed-queries.txt}. The checker is tested on examples too, so that it cannot
 * quietly pass everything.
 */
class SourceChecksTest {

    private static final List<String> JAVA_ROOTS = List.of("ejb-module/src/main/java", "batch-module/src/main/java",
            "web-module/src/main/java");
    private static final List<String> PAGE_ROOTS = List.of("web-module/src/main/webapp", "web-module/src/main/resources");
    private static final String REVIEWED = "src-config/spotbugs/reviewed-queries.txt";
    private static final String REVIEWED_FORMATS = "src-config/spotbugs/reviewed-formats.txt";

    private static Path project() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("web-module")) ? here : here.getParent();
    }

    @Test
    void noPageSwitchesOutputEscapingOff() {
        Path project = project();
        List<Finding> findings = new ArrayList<>();
        int pages = 0;
        for (String root : PAGE_ROOTS) {
            for (Path page : SourceChecks.files(project, project.resolve(root), ".xhtml")) {
                pages++;
                findings.addAll(SourceChecks.escapeOff(page.toString(), SourceChecks.read(project.resolve(page))));
            }
        }
        assertTrue(pages > 10, "the pages were found under " + project);
        assertEquals(List.of(), findings, "escape=\"false\" puts text into the page unencoded: render it with a component instead");
    }

    @Test
    void queriesAreBuiltFromConstantTextOrReviewed() {
        assertEveryFindingReviewed(SourceChecks::stringBuiltQueries, REVIEWED,
                "a query built from non-constant text: use parameters (:name, ?), or review it and add the file with a reason to "
                        + REVIEWED,
                "entries in " + REVIEWED + " without a string-built query any more: remove them");
    }

    /** OWASP ASVS 1.3.10: every format pattern is our own text, never something a user or the database gave. */
    @Test
    void formatPatternsAreOurOwnTextOrReviewed() {
        assertEveryFindingReviewed(SourceChecks::formatPatternsFromOutside, REVIEWED_FORMATS,
                "a format pattern that is not our own text: pass the outside text as an argument of a literal pattern, or review"
                        + " it and add the file with a reason to " + REVIEWED_FORMATS,
                "entries in " + REVIEWED_FORMATS + " without such a pattern any more: remove them");
    }

    /**
     * Runs a check over every Java source: each finding must be in a file of the reviewed list, and each file of the list
     * must still have a finding (a stale entry would let a new one in unseen).
     */
    private static void assertEveryFindingReviewed(java.util.function.BiFunction<String, String, List<Finding>> check, String list,
                                                   String unreviewedMessage, String staleMessage) {
        Path project = project();
        Map<String, String> reviewed = reviewed(project, list);
        List<Finding> unreviewed = new ArrayList<>();
        Set<String> filesWithFindings = new TreeSet<>();
        int files = 0;
        for (String root : JAVA_ROOTS) {
            for (Path file : SourceChecks.files(project, project.resolve(root), ".java")) {
                files++;
                for (Finding f : check.apply(file.toString(), SourceChecks.read(project.resolve(file)))) {
                    filesWithFindings.add(f.file());
                    if (!reviewed.containsKey(f.file())) {
                        unreviewed.add(f);
                    }
                }
            }
        }
        assertTrue(files > 100, "the sources were found under " + project);
        assertEquals(List.of(), unreviewed, unreviewedMessage);
        Set<String> stale = new TreeSet<>(reviewed.keySet());
        stale.removeAll(filesWithFindings);
        assertEquals(Set.of(), stale, staleMessage);
    }

    @Test
    void formatPatternsFromOutsideAreFoundAndOurOwnAreNot() {
        String outside = """
                class A {
                    String a(String name, String pattern, Report r) {
                        String.format(pattern, name);
                        String.format(Locale.ROOT, r.getTitle(), name);
                        MessageFormat.format(name, 1);
                        pattern.formatted(name);
                        String text = bundle.getString(name);
                        MessageFormat.format(text, name);
                        return String.format(java.util.Locale.ROOT, "%s" + pattern, name);
                    }
                }""";
        assertEquals(6, SourceChecks.formatPatternsFromOutside("A.java", outside).size(),
                SourceChecks.formatPatternsFromOutside("A.java", outside).toString());
        String own = """
                class B {
                    private static final String LINE = "%s: %d";
                    String b(String name, Locale locale) {
                        String.format("%s", name);
                        String.format(locale, "%.1f MB", 1.5);
                        String.format(LINE, name, 1);
                        MessageFormat.format(texts.getString("deadline.line"), name);
                        MessageFormat.format(messages.get("msg.entry.title"), name);
                        return \"""
                            <p>%s</p>\""".formatted(name) + "%d".formatted(2);
                    }
                }""";
        assertEquals(List.of(), SourceChecks.formatPatternsFromOutside("B.java", own));
    }

    /** A reviewed list: "path reason" per line; # starts a comment. Every entry needs a reason. */
    private static Map<String, String> reviewed(Path project, String list) {
        Map<String, String> reviewed = new LinkedHashMap<>();
        for (String line : SourceChecks.read(project.resolve(list)).split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("\\s+", 2);
            assertTrue(parts.length == 2 && parts[1].split("\\s+").length >= 4, "a reviewed query needs a reason: " + entry);
            assertTrue(Files.isRegularFile(project.resolve(parts[0])), "no such file: " + parts[0]);
            reviewed.put(parts[0], parts[1]);
        }
        return reviewed;
    }

    // ---------------------------------------------------------------- the checker itself

    private static List<Finding> check(String body) {
        return SourceChecks.stringBuiltQueries("Example.java", "class Example {\n" + body + "\n}\n");
    }

    @Test
    void aVariableConcatenatedIntoAQueryIsFound() {
        List<Finding> findings = check("""
                List<Report> find(String code) {
                    return em.createQuery("select r from Report r where r.code = '" + code + "'", Report.class).getResultList();
                }""");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(3, findings.get(0).line());
        assertTrue(findings.get(0).what().startsWith("createQuery("), findings.toString());
    }

    @Test
    void queriesBuiltInEveryOtherWayAreFound() {
        assertEquals(1, check("void a(String t) { em.createNativeQuery(String.format(\"delete from %s\", t)).executeUpdate(); }").size());
        assertEquals(1, check("void a(String t) { em.createNativeQuery(\"delete from %s\".formatted(t)).executeUpdate(); }").size());
        assertEquals(1, check("void a(String t) { String sql = \"delete from \" + t; em.createNativeQuery(sql).executeUpdate(); }").size());
        assertEquals(1, check("void a(String sql) { c.prepareStatement(sql); }").size(), "a parameter comes from elsewhere");
        assertEquals(1, check("void a(String t) { String sql = \"delete\"; sql += t; st.executeUpdate(sql); }").size());
        assertEquals(1, check("void a() { StringBuilder b = new StringBuilder(\"select 1\"); b.append(x); st.executeQuery(b.toString()); }").size());
        assertEquals(1, check("void a(List<String> all) { for (String s : all) { st.executeUpdate(s); } }").size());
        assertEquals(1, check("void a(String t) { for (String s : List.of(\"delete from a\", \"delete from \" + t)) { st.executeUpdate(s); } }").size());
        assertEquals(1, check("void a(String t) { String where = \"where x = \" + t; em.createQuery(\"select x \" + where); }").size());
        assertEquals(1, check("""
                private final String table;
                void a() { em.createNativeQuery("delete from " + table).executeUpdate(); }""").size());
    }

    @Test
    void constantTextIsNotFound() {
        assertEquals(List.of(), check("""
                static final String BASE = "select r from Report r ";
                private static final String ORDER = BASE + "order by r.id";
                List<Report> a(String code) {
                    em.createQuery("select r from Report r "
                            + "where r.code = :code", Report.class).setParameter("code", code).getResultList();
                    em.createQuery(BASE + "where r.code = :code" + \"""
                             and r.open = true
                            \""", Report.class);
                    em.createQuery(ORDER, Report.class);
                    String sql = "delete from report where id = ?";
                    try (PreparedStatement st = c.prepareStatement(sql)) {
                        st.setLong(1, 1L);
                        st.executeUpdate();
                        st.executeQuery();
                    }
                    String select = "select r ";
                    em.createQuery(select + "from Report r");
                    for (String statement : List.of("delete from a where id = ?1", "delete from b " + "where id = ?1")) {
                        em.createNativeQuery(statement).setParameter(1, 1L).executeUpdate();
                    }
                    CriteriaQuery<Report> cq = cb.createQuery(Report.class);
                    em.createQuery(cq).getResultList();
                    // em.createQuery("select " + code) in a comment is no call
                    /* nor st.executeUpdate(code + "x") here */
                    return em.createQuery("select r from Report r where r.name = '" + "+" + "'", Report.class).getResultList();
                }
                Query createQuery(String jpql) { return null; }""").stream().map(Finding::toString).collect(Collectors.toList()));
    }

    @Test
    void escapeFalseIsFoundAndEscapedOutputIsNot() {
        assertEquals(2, SourceChecks.escapeOff("p.xhtml", """
                <h:outputText value="#{b.text}"/>
                <h:outputText value="#{b.html}" escape="false"/>
                <h:outputText value="#{b.html}" escape = '#{false}'/>
                <h:outputText value="#{b.text}" escape="true"/>""").size());
        assertFalse(SourceChecks.escapeOff("p.xhtml", "<h:outputText value=\"#{b.text}\"/>").size() > 0);
    }
}
