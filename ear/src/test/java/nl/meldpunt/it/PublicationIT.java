package nl.meldpunt.it;

import static nl.meldpunt.it.PublicationRuns.status;
import static nl.meldpunt.it.PublicationRuns.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.meldpunt.demo.DemoData;
import nl.meldpunt.it.GeneratedReports.Generated;
import nl.meldpunt.questionnaire.AnswerOption;
import nl.meldpunt.questionnaire.DefaultSets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HR's reports made by the Jakarta Batch job inside the real server: counts exact against an
 * independent SQL query, small counts never printed, nothing of a report's text in any file, mail or
 * log line; a job that fails after its second chunk continues from its checkpoint and makes exactly one
 * set of files; a quarterly schedule makes its run once and mails HR of that organisation only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    private static final String CANARY = "KANARIE-" + System.nanoTime();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @AfterEach
    void realTimeAgain() {
        StaffClient.anonymous().get("/it-probe/clock");
    }

    @Test
    void aReportMadeNowCountsExactlyShowsNoSmallCountAndHoldsNoText() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        // A report through the application, its story and a message carrying the canary, then closed.
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo&what=" + CANARY).body().split(" ");
        long canaryReport = TestDatabase.reportId(credentials[0]);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", String.valueOf(canaryReport),
                "Bericht met " + CANARY));
        closeWithRegistration(canaryReport, "Directie");

        LocalDate quarter = currentQuarterStart();
        List<Generated> generated = new ArrayList<>();
        generated.addAll(times(9, "UNWANTED_BEHAVIOUR", "BULLYING", "Sociaal Domein", quarter.plusDays(3), true));
        generated.addAll(times(6, "UNWANTED_BEHAVIOUR", "BULLYING", "Burgerzaken", quarter.plusDays(10), false));
        generated.addAll(times(7, "UNWANTED_BEHAVIOUR", "AGGRESSION_VIOLENCE", "Sociaal Domein", quarter.plusDays(40), true));
        generated.addAll(times(2, "UNWANTED_BEHAVIOUR", "AGGRESSION_VIOLENCE", "Burgerzaken", quarter.plusDays(41), false));
        generated.addAll(times(1, "UNWANTED_BEHAVIOUR", "DISCRIMINATION", "Openbare Ruimte", quarter.plusDays(20), true));
        generated.addAll(times(2, "INTEGRITY", "FRAUD", "Directie", quarter.plusDays(50), false));
        generated.addAll(times(3, "UNWANTED_BEHAVIOUR", "BULLYING", "Sociaal Domein", quarter.minusMonths(2), false));
        generated.addAll(times(5, "UNWANTED_BEHAVIOUR", "BULLYING", "Sociaal Domein", quarter.minusYears(1).plusDays(5), false));
        GeneratedReports.insert(demo, generated);

        // This quarter, with the reports just made, in real time: moving the clock a quarter on would also
        // make the demo's quarterly schedules due, whose mails the schedule test counts.
        // Queued as a request leaves them (the request itself is the browser test's), for this quarter.
        long trendRun = PublicationRuns.insertQueued(demo, "TREND", quarter, quarter.plusMonths(3));
        long registerRun = PublicationRuns.insertQueued(demo, "REGISTER", quarter, quarter.plusMonths(3));
        waitUntil(() -> status(trendRun).equals("DONE") && status(registerRun).equals("DONE"), "both runs done", Duration.ofSeconds(120));
        realTimeAgain(); // a session's lifetime is measured by the clock: log in again in real time to download
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);

        Map<String, byte[]> trend = files(admin, trendRun);
        assertEquals(List.of("PDF", "XLSX"), new ArrayList<>(trend.keySet()), "the trend report in its formats, once");
        Map<String, Map<String, Integer>> truth = countsByKindAndDepartment(demo, quarter);
        checkTrendWorkbook(trend.get("XLSX"), truth);

        String pdfText = textOf(trend.get("PDF"));
        assertTrue(pdfText.contains("Trendrapportage") && pdfText.contains("Gemeente Voorbeeldstad"), pdfText);
        assertTrue(pdfText.contains("< 5"), "small counts print as < 5");
        assertTrue(pdfText.contains("gestegen"), "bullying rose against the quarter before and a year before");
        assertTrue(rendersToPng(trend.get("PDF")), "pdftoppm renders the PDF");

        Map<String, byte[]> register = files(admin, registerRun);
        assertEquals(List.of("PDF", "XLSX", "CSV"), new ArrayList<>(register.keySet()));
        List<CSVRecord> lines = CSVFormat.Builder.create().setDelimiter(';').build()
                .parse(new java.io.StringReader(new String(register.get("CSV"), StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertEquals(closedInQuarter(demo, quarter) + 1, lines.size(), "one line per case closed in the quarter, and a header");
        for (CSVRecord line : lines.subList(1, lines.size())) {
            String kind = line.get(1);
            long sameGroup = lines.stream().skip(1).filter(l -> l.get(1).equals(kind) && l.get(2).equals(line.get(2))
                    && l.get(3).equals(line.get(3))).count();
            assertTrue(kind.startsWith("Overig") || sameGroup >= 5, "a kind/department/relation shown by fewer than 5 lines: " + line);
        }

        for (byte[] file : Stream.concat(trend.values().stream(), register.values().stream()).toList()) {
            assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(CANARY), "no file holds the report's text");
        }
        assertFalse(pdfText.contains(CANARY) || textOf(register.get("PDF")).contains(CANARY));
        assertFalse(textOf(register.get("PDF")).contains(credentials[0]), "no case code in the register");
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            assertFalse(textOf(mail).contains(CANARY), "no mail holds the report's text");
        }
        assertFalse(Files.readString(serverLog(), StandardCharsets.UTF_8).contains(CANARY), "no log line holds it");
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("beheerder"), "PUBLICATION_DOWNLOADED",
                "publication-file:" + fileIds(trendRun).get(0)), "each download audited");
    }

    @Test
    void aJobThatFailsInItsSecondChunkContinuesFromItsCheckpointAndPublishesOnce() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long run = PublicationRuns.insertRunning(demo, "TREND", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), null);
        String execution = StaffClient.anonymous().get("/it-probe/start-publication?run=" + run + "&failAfterChunks=2").body();
        waitUntil(() -> status(run).equals("FAILED"), "the run failed on request", Duration.ofSeconds(60));
        assertTrue(failureReason(run).contains("failAfterChunks"), "a readable reason: " + failureReason(run));
        assertEquals(0, fileIds(run).size(), "nothing published by the failed try");

        shiftClock(Duration.ofMinutes(3)); // the scheduler tries a failed run again a minute later
        waitUntil(() -> status(run).equals("DONE"), "the restarted run is done", Duration.ofSeconds(90));
        assertEquals(2, attempts(run));
        assertEquals(2, fileIds(run).size(), "exactly one PDF and one XLSX");
        List<Integer> reads = readCounts(Long.parseLong(execution.strip()));
        assertEquals(2, reads.size(), "two executions of the one job instance: " + reads);
        assertEquals(7, reads.get(1), "the second execution read only what the first had not committed"
                + " (of 9 months and the publishing, three months a chunk, the first chunk was): " + reads);
    }

    @Test
    void aQuarterlyScheduleMakesItsRunOnceAndMailsOnlyThatOrganisationsHr() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long hr = TestDatabase.staffId("hr");
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "update publication_schedule set attach_files = true where organisation_id = ? and kind = 'REGISTER'")) {
            st.setLong(1, demo);
            assertEquals(1, st.executeUpdate(), "the register comes with its files attached");
        }
        // On 2 January the reports of the last quarter of 2026 are due.
        shiftClock(Duration.between(Instant.now(), LocalDate.of(2027, 1, 2).atTime(9, 0).atZone(DUTCH).toInstant()));
        waitUntil(() -> scheduledRuns(demo, "2026-10-01").stream().filter("DONE"::equals).count() == 2,
                "the register and the trend report of 2026-K4 done", Duration.ofSeconds(150));
        Thread.sleep(25_000); // more ticks of the scheduler: still one run per schedule and period
        assertEquals(2, scheduledRuns(demo, "2026-10-01").size(), "one run per schedule for the quarter");

        waitUntil(() -> mailsTo("hr@meldpunt-demo.example", "2026-K4").size() == 2, "one mail per report to HR",
                Duration.ofSeconds(90));
        Thread.sleep(12_000);
        assertEquals(2, mailsTo("hr@meldpunt-demo.example", "2026-K4").size(), "and not more");
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select count(*) from outbox_mail where kind = 'HR_PUBLICATION' and (staff_id <> ? or organisation_id <> ?)")) {
            st.setLong(1, hr);
            st.setLong(2, demo);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no report mail to anyone but the demo's HR");
            }
        }
        for (MimeMessage mail : mailsTo("hr@meldpunt-demo.example", "2026-K4")) {
            assertTrue(textOf(mail).contains("/hr/index.xhtml"), "a link to the reports");
            List<String> attached = attachmentNames(mail);
            if (textOf(mail).contains("incidentenregister")) {
                assertEquals(3, attached.size(), "the register's PDF, XLSX and CSV attached: " + attached);
            } else {
                assertEquals(List.of(), attached, "the trend report by link only");
            }
        }

        realTimeAgain(); // sessions are measured by the clock: log in in real time
        long file = fileIds(scheduledRunIds(demo, "2026-10-01").get(0)).get(0);
        HttpResponse<byte[]> own = StaffClient.loggedInAs("hr", DemoData.DEMO_PASSWORD).getBytes("/hr/report-file?id=" + file);
        assertEquals(200, own.statusCode());
        assertTrue(new String(own.body(), 0, 4, StandardCharsets.ISO_8859_1).startsWith("%PDF")
                || new String(own.body(), 0, 2, StandardCharsets.ISO_8859_1).startsWith("PK")
                || own.body().length > 0, "the file");
        HttpResponse<byte[]> other = StaffClient.loggedInAs("hr.noord", DemoData.DEMO_PASSWORD)
                .getBytes("/hr/report-file?id=" + file);
        assertEquals(403, other.statusCode(), "another organisation's file is refused");
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("hr.noord"), "ACCESS_DENIED",
                "publication-file:" + file), "and audited");
    }

    @Test
    void theAnnualReportPrintsTheConfidantsTextsAsADraftBetweenTheYearsCounts() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        int lastYear = LocalDate.now(DUTCH).getYear() - 1;
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String intro = "Dit jaar was de vertrouwenspersoon elke dinsdag op kantoor " + System.nanoTime();
        assertTrue(confidant.callService("AnnualReportTextService", "save", String.valueOf(demo), String.valueOf(lastYear),
                "INTRODUCTION", intro, "0").startsWith("ALLOWED"));
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        assertTrue(admin.callService("PublicationService", "requestNow", "ANNUAL", "QUARTER").startsWith("REFUSED"),
                "an annual report is made for a year");
        long run = Long.parseLong(admin.callService("PublicationService", "requestNow", "ANNUAL", "YEAR").substring(8));
        waitUntil(() -> status(run).equals("DONE"), "the annual report done", Duration.ofSeconds(120));
        Map<String, byte[]> files = files(admin, run);
        assertEquals(List.of("PDF", "DOCX"), new ArrayList<>(files.keySet()), "a PDF, and a Word file to edit");
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(files.get("DOCX")));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            String words = extractor.getText();
            assertTrue(words.contains(intro) && words.contains("Afgesloten meldingen naar afhandeling"), words);
            assertEquals("Heading1", docx.getParagraphs().stream().filter(p -> p.getText().equals("Meldingen in " + lastYear))
                    .findFirst().orElseThrow().getStyle(), "a heading Word shows in its navigation pane");
        }
        String text = textOf(files.get("PDF"));
        assertTrue(text.contains("Jaarverslag van de vertrouwenspersoon " + lastYear) && text.contains("concept"), text);
        assertTrue(text.contains(intro), "the confidant's own text");
        assertTrue(text.contains("Afgesloten meldingen naar afhandeling") && text.contains("Nazorg"), "the counted sections");
    }

    // --- helpers ---

    private static List<Generated> times(int n, String category, String subcategory, String department, LocalDate day,
                                         boolean closed) {
        Instant at = day.atTime(10, 0).atZone(DUTCH).toInstant();
        List<Generated> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Generated(category, subcategory, "COLLEAGUE", department, at, closed ? at.plus(Duration.ofDays(5)) : null));
        }
        return list;
    }

    private static LocalDate currentQuarterStart() {
        LocalDate today = LocalDate.now(DUTCH);
        return LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static void closeWithRegistration(long reportId, String department) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            try (PreparedStatement st = c.prepareStatement("""
                    insert into case_registration (report_id, department, advice_given, outcome, updated_at)
                    values (?, ?, 'LISTENED', 'NO_FURTHER_ACTION', current_timestamp)""")) {
                st.setLong(1, reportId);
                st.setString(2, department);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("update report set status = 'CLOSED', closed_at = ? where id = ?")) {
                st.setTimestamp(1, Timestamp.from(Instant.now()));
                st.setLong(2, reportId);
                st.executeUpdate();
            }
        }
    }

    /** The independent count: reports submitted in the quarter, by kind and registered department. */
    private static Map<String, Map<String, Integer>> countsByKindAndDepartment(long organisation, LocalDate quarter) throws SQLException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement("""
                select coalesce(r.subcategory, r.category), coalesce(g.department, ''), count(*) from report r
                left join case_registration g on g.report_id = r.id
                where r.organisation_id = ? and r.submitted_at >= ? and r.submitted_at < ?
                group by coalesce(r.subcategory, r.category), coalesce(g.department, '')""")) {
            st.setLong(1, organisation);
            st.setTimestamp(2, Timestamp.from(quarter.atStartOfDay(DUTCH).toInstant()));
            st.setTimestamp(3, Timestamp.from(quarter.plusMonths(3).atStartOfDay(DUTCH).toInstant()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        return counts;
    }

    private static int closedInQuarter(long organisation, LocalDate quarter) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select count(*) from report where organisation_id = ? and closed_at >= ? and closed_at < ?")) {
            st.setLong(1, organisation);
            st.setTimestamp(2, Timestamp.from(quarter.atStartOfDay(DUTCH).toInstant()));
            st.setTimestamp(3, Timestamp.from(quarter.plusMonths(3).atStartOfDay(DUTCH).toInstant()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Every count in the kind × department sheet against the independent count: a number is exact, a
     * "< 5" is below five (zero included), no number below five is printed, and "Overige afdelingen" is
     * the sum of the departments without a column of their own.
     */
    private static void checkTrendWorkbook(byte[] xlsx, Map<String, Map<String, Integer>> truth) throws IOException {
        Map<String, String> keyOfLabel = new HashMap<>();
        DefaultSets.defaultQuestionSet().questions().flatMap(q -> q.options().stream()
                        .flatMap(o -> Stream.concat(Stream.of(o), o.children().stream())))
                .forEach((AnswerOption o) -> keyOfLabel.put(o.label().in(Locale.forLanguageTag("nl")), o.key()));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Per soort en afdeling");
            assertNotNull(sheet, "a sheet per table");
            Row header = null;
            int checked = 0;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first == null) {
                    continue;
                }
                if (header == null) {
                    if ("Soort gedrag".equals(first.getStringCellValue())) {
                        header = row;
                    }
                    continue;
                }
                String kindLabel = first.getStringCellValue();
                boolean totalRow = kindLabel.equals("Totaal");
                String kind = keyOfLabel.get(kindLabel);
                for (int j = 1; j < header.getLastCellNum(); j++) {
                    String column = header.getCell(j).getStringCellValue();
                    int expected = expected(truth, totalRow ? null : kind, column, header);
                    Cell cell = row.getCell(j);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertEquals(expected, (int) cell.getNumericCellValue(), kindLabel + " / " + column);
                        assertTrue(expected >= 5, "no count below five is printed: " + kindLabel + " / " + column);
                        checked++;
                    } else if (cell.getStringCellValue().equals("< 5")) {
                        assertTrue(expected < 5, kindLabel + " / " + column + " is " + expected + ", not below five");
                    } else {
                        assertEquals("×", cell.getStringCellValue(), "a count is a number, < 5 or ×");
                    }
                }
            }
            assertNotNull(header, "the table's header");
            assertTrue(checked >= 4, "enough shown numbers were compared: " + checked);
        }
    }

    private static int expected(Map<String, Map<String, Integer>> truth, String kind, String column, Row header) {
        List<String> ownColumns = new ArrayList<>();
        for (int j = 1; j < header.getLastCellNum(); j++) {
            ownColumns.add(header.getCell(j).getStringCellValue());
        }
        int sum = 0;
        for (var byKind : truth.entrySet()) {
            if (kind != null && !byKind.getKey().equals(kind)) {
                continue;
            }
            for (var byDepartment : byKind.getValue().entrySet()) {
                String department = byDepartment.getKey().isEmpty() ? "Afdeling niet geregistreerd" : byDepartment.getKey();
                boolean counts = switch (column) {
                    case "Totaal" -> true;
                    case "Overige afdelingen" -> !ownColumns.contains(department);
                    default -> department.equals(column);
                };
                if (counts) {
                    sum += byDepartment.getValue();
                }
            }
        }
        return sum;
    }

    private static Map<String, byte[]> files(StaffClient admin, long run) throws SQLException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select id, format from publication_file where run_id = ? order by id")) {
            st.setLong(1, run);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    HttpResponse<byte[]> download = admin.getBytes("/admin/report-file?id=" + rs.getLong(1));
                    assertEquals(200, download.statusCode());
                    files.put(rs.getString(2), download.body());
                }
            }
        }
        return files;
    }

    private static List<Long> fileIds(long run) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select id from publication_file where run_id = ? order by id")) {
            st.setLong(1, run);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String failureReason(long run) {
        return String.valueOf(runColumn(run, "failure_reason"));
    }

    private static int attempts(long run) {
        return Integer.parseInt(runColumn(run, "attempts"));
    }

    private static String runColumn(long run, String column) {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select " + column + " from publication_run where id = ?")) {
            st.setLong(1, run);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : "MISSING";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Items read by each execution of the job instance that {@code firstExecution} started, in order. */
    private static List<Integer> readCounts(long firstExecution) throws SQLException {
        List<Integer> reads = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement("""
                select s.readcount from batch.stepexecutioninstancedata s
                join batch.executioninstancedata e on e.jobexecid = s.jobexecid
                where e.jobinstanceid = (select jobinstanceid from batch.executioninstancedata where jobexecid = ?)
                order by e.jobexecid""")) {
            st.setLong(1, firstExecution);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reads.add(rs.getInt(1));
                }
            }
        }
        return reads;
    }

    private static List<String> scheduledRuns(long organisation, String periodFrom) {
        return scheduledRunColumn(organisation, periodFrom, "status");
    }

    private static List<Long> scheduledRunIds(long organisation, String periodFrom) {
        return scheduledRunColumn(organisation, periodFrom, "id").stream().map(Long::valueOf).toList();
    }

    private static List<String> scheduledRunColumn(long organisation, String periodFrom, String column) {
        List<String> values = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement("select " + column
                + " from publication_run where organisation_id = ? and schedule_id is not null and period_from = ? order by id")) {
            st.setLong(1, organisation);
            st.setObject(2, LocalDate.parse(periodFrom));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static List<MimeMessage> mailsTo(String address, String mentioning) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && textOf(m).contains(mentioning);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> attachmentNames(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        if (mail.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
                    names.add(multipart.getBodyPart(i).getFileName());
                }
            }
        }
        return names;
    }

    private static String textOf(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                Object part = multipart.getBodyPart(i).getContent();
                text.append(part instanceof jakarta.mail.Multipart inner ? inner.getBodyPart(0).getContent() : part);
            }
            return text.toString();
        }
        return content.toString();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** pdftoppm (poppler-utils, installed by the test command) renders the first page to a PNG with ink on it. */
    private static boolean rendersToPng(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve("trend-report.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", file.toString(),
                dir.resolve("trend-report").toString()).redirectErrorStream(true).start();
        assertEquals(0, process.waitFor(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        try (Stream<Path> pngs = Files.list(dir)) {
            Path png = pngs.filter(p -> p.getFileName().toString().startsWith("trend-report") && p.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            for (int y = 0; y < image.getHeight(); y += 4) {
                for (int x = 0; x < image.getWidth(); x += 4) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs", "server.log");
    }

    private static void shiftClock(Duration by) {
        assertTrue(StaffClient.anonymous().get("/it-probe/clock?shift=" + by).body().startsWith("shifted"));
    }

}
