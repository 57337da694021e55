package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 1: a contact request from the entry page's intake gets a case code and password like a report; the
 * requester logs in and lands on the request's own page; the confidant proposes slots (one in the past and one
 * overlapping an agreed appointment are refused); the requester accepts one and both see the appointment; the
 * calendar file holds the times and nothing of the request; a confidant of another organisation is refused and
 * audited; the request becomes a case only with the requester's consent, and then the same login opens the report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactRequestIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    private static final String NOTE = "Liever niet op maandag, groet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aConversationIsAskedAgreedOnAndBecomesACaseOnlyWithConsent() throws Exception {
        // The intake: opening it starts no session; sending it gives the credentials once.
        String[] credentials = newRequest("demo", "CONVERSATION", "UNWANTED_BEHAVIOUR", "ONLINE", NOTE);
        String caseCode = credentials[0];
        long id = contactId(caseCode);
        assertEquals("REQUESTED", text("select state from contact_request where id = " + id));
        assertEquals("TUESDAY,THURSDAY", text("select days from contact_request where id = " + id));
        assertNotNull(text("select password_hash from contact_request where id = " + id));
        assertFalse(new String(bytes("select sealed_note from contact_request where id = " + id), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("maandag"), "the note is sealed");
        assertEquals(1, TestDatabase.countAudit("reporter:" + caseCode, "CONTACT_REQUESTED", "contact:" + id));
        assertEquals(0, count("select count(*) from report where case_code = '" + caseCode + "'"), "a request is no report");

        // The requester logs in with case code and password, as a reporter does, and lands on the request's page.
        StaffClient requester = StaffClient.anonymous();
        HttpResponse<String> login = requester.loginAsReporter(caseCode, credentials[1]);
        assertEquals(302, login.statusCode());
        HttpResponse<String> index = requester.get("/melder/index.xhtml");
        assertEquals(302, index.statusCode());
        assertTrue(index.headers().firstValue("Location").orElse("").endsWith("/melder/contact.xhtml"));
        Document page = Jsoup.parse(requester.get("/melder/contact.xhtml").body());
        assertTrue(page.getElementById("state").text().contains("Aangevraagd"), page.text());
        assertTrue(page.text().contains(NOTE), "the requester reads the own note back");
        assertNull(page.getElementById("slots"));

        // The confidant sees it in the work queue, marked as a request, and proposes slots.
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        Document queue = Jsoup.parse(confidant.get("/console/index.xhtml").body());
        assertTrue(queue.getElementById("contactRequests").text().contains(caseCode), "in the work queue");
        assertTrue(queue.getElementById("contactRequests").text().contains("Gesprek"), "marked as a conversation");
        Document consolePage = Jsoup.parse(confidant.get("/console/contact.xhtml?id=" + id).body());
        assertTrue(consolePage.getElementById("note").text().contains(NOTE), "the confidant reads the note");

        LocalDate day = LocalDate.now(DUTCH).plusDays(60 + ThreadLocalRandom.current().nextInt(3000));
        assertEquals("REFUSED nl.meldpunt.contact.ContactRefused: SLOT_IN_PAST",
                confidant.callService("ContactConsoleService", "propose", String.valueOf(id),
                        LocalDate.now(DUTCH).minusDays(1).toString(), "10:00", "45", "ONLINE", ""));
        assertEquals("REFUSED nl.meldpunt.contact.ContactRefused: SLOT_INCOMPLETE",
                confidant.callService("ContactConsoleService", "propose", String.valueOf(id), day.toString(), "25:00", "45", "ONLINE", ""));
        assertEquals("ALLOWED null", confidant.callService("ContactConsoleService", "propose", String.valueOf(id),
                day.toString(), "10:00", "45", "ONLINE", "https://meet.example/kamer-7"));
        assertEquals("ALLOWED null", confidant.callService("ContactConsoleService", "propose", String.valueOf(id),
                day.plusDays(1).toString(), "14:30", "60", "PHONE", ""));
        assertEquals(2, TestDatabase.countAudit("staff:" + TestDatabase.staffId("vertrouwenspersoon"), "CONTACT_SLOT_PROPOSED", "contact:" + id),
                "audited once per slot, the refused ones not");

        // The requester sees both and accepts the first.
        HttpResponse<String> withSlots = requester.get("/melder/contact.xhtml");
        Document slots = Jsoup.parse(withSlots.body());
        assertEquals(2, slots.select("#slots li.mp-slot").size(), slots.text());
        assertTrue(slots.getElementById("slots").text().contains("meet.example/kamer-7"));
        String firstAccept = slots.select("#slots button[name$=':accept']").first().attr("name");
        HttpResponse<String> accepted = requester.submitOn(withSlots, "slotsForm", Map.of(), firstAccept);
        Document agreed = Jsoup.parse(accepted.body());
        assertTrue(agreed.text().contains("Uw afspraak staat"), agreed.text());
        String when = agreed.getElementById("agreedWhen").text();
        assertTrue(when.contains("10:00") && when.contains("10:45") && when.contains(String.valueOf(day.getYear())), when);
        assertNull(agreed.getElementById("slots"), "the other slot is set aside");
        assertEquals("AGREED", text("select state from contact_request where id = " + id));
        assertEquals(1, TestDatabase.countAudit("reporter:" + caseCode, "CONTACT_SLOT_ACCEPTED", "contact:" + id));

        Document consoleAgreed = Jsoup.parse(confidant.get("/console/contact.xhtml?id=" + id).body());
        assertEquals(when, consoleAgreed.getElementById("agreedWhen").text(), "both see the same appointment");
        assertTrue(Jsoup.parse(confidant.get("/console/index.xhtml").body()).getElementById("contactRequests").text().contains("Afspraak gemaakt"));

        // The calendar file: the times, a neutral summary, nothing of the request.
        HttpResponse<String> ics = confidant.get("/console/contact-calendar?id=" + id);
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        ZonedDateTime start = day.atTime(10, 0).atZone(DUTCH).withZoneSameInstant(ZoneId.of("UTC"));
        String body = ics.body();
        assertTrue(body.contains("\r\nDTSTART:" + utc.format(start) + "\r\n"), body);
        assertTrue(body.contains("\r\nDTEND:" + utc.format(start.plusMinutes(45)) + "\r\n"), body);
        assertTrue(body.contains("\r\nSUMMARY:Gesprek vertrouwenspersoon\r\n"), body);
        for (String secret : List.of(caseCode, "UNWANTED", "Ongewenst", "meet.example", "maandag", "Voorbeeldstad", "ONLINE")) {
            assertFalse(body.contains(secret), "the calendar file holds no " + secret + ": " + body);
        }
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("vertrouwenspersoon"), "CONTACT_CALENDAR_DOWNLOADED", "contact:" + id));

        // Another request of the same organisation: a slot overlapping the agreed appointment is refused, another is fine.
        String[] second = newRequest("demo", "ADVICE", "TEAM_SITUATION", "PHONE", null);
        long secondId = contactId(second[0]);
        assertEquals("REFUSED nl.meldpunt.contact.ContactRefused: SLOT_OVERLAPS", confidant.callService("ContactConsoleService", "propose",
                String.valueOf(secondId), day.toString(), "10:30", "30", "PHONE", ""));
        assertEquals("REFUSED nl.meldpunt.contact.ContactRefused: SLOT_OVERLAPS", confidant.callService("ContactConsoleService", "propose",
                String.valueOf(secondId), day.toString(), "09:30", "60", "PHONE", ""));
        assertEquals("ALLOWED null", confidant.callService("ContactConsoleService", "propose",
                String.valueOf(secondId), day.toString(), "10:45", "30", "PHONE", ""), "right after it is fine");
        assertEquals(1, count("select count(*) from contact_slot where contact_request_id = " + secondId));

        // A confidant of another organisation gets nothing, and each refusal is audited.
        StaffClient other = StaffClient.loggedInAs("vertrouwenspersoon.noord", DemoData.DEMO_PASSWORD);
        String otherActor = "staff:" + TestDatabase.staffId("vertrouwenspersoon.noord");
        long refusals = TestDatabase.countAudit(otherActor, "ACCESS_DENIED", "contact:" + id);
        assertEquals("DENIED", other.callService("ContactConsoleService", "open", String.valueOf(id)));
        assertEquals("DENIED", other.callService("ContactConsoleService", "propose", String.valueOf(id),
                day.plusDays(7).toString(), "10:00", "45", "ONLINE", ""));
        assertEquals(403, other.get("/console/contact.xhtml?id=" + id).statusCode());
        assertEquals(403, other.get("/console/contact-calendar?id=" + id).statusCode());
        assertEquals(refusals + 4, TestDatabase.countAudit(otherActor, "ACCESS_DENIED", "contact:" + id));
        assertFalse(Jsoup.parse(other.get("/console/index.xhtml").body()).text().contains(caseCode), "not in another's queue");

        // Conversion: refused without the requester's consent, nothing changes; with it, a case with the same login.
        assertEquals("REFUSED nl.meldpunt.contact.ContactRefused: NO_CONSENT",
                confidant.callService("ContactConsoleService", "convert", String.valueOf(id)));
        assertEquals("ALLOWED null", confidant.callService("ContactConsoleService", "askConversion", String.valueOf(id)));
        assertEquals("REFUSED nl.meldpunt.contact.ContactRefused: NO_CONSENT",
                confidant.callService("ContactConsoleService", "convert", String.valueOf(id)), "asked is not consented");
        assertEquals(0, count("select count(*) from report where case_code = '" + caseCode + "'"));
        assertEquals("AGREED", text("select state from contact_request where id = " + id));

        HttpResponse<String> question = requester.get("/melder/contact.xhtml");
        assertNotNull(Jsoup.parse(question.body()).getElementById("conversion"), question.body());
        HttpResponse<String> consented = requester.submitOn(question, "conversionForm", Map.of(), "conversionForm:consent");
        assertTrue(Jsoup.parse(consented.body()).getElementById("conversionConsented") != null, consented.body());
        assertEquals(1, TestDatabase.countAudit("reporter:" + caseCode, "CONTACT_CONVERSION_ANSWERED", "contact:" + id));

        String converted = confidant.callService("ContactConsoleService", "convert", String.valueOf(id));
        assertTrue(converted.startsWith("ALLOWED "), converted);
        long reportId = TestDatabase.reportId(caseCode);
        assertEquals(String.valueOf(reportId), converted.substring("ALLOWED ".length()));
        assertEquals("CONVERTED", text("select state from contact_request where id = " + id));
        assertEquals("NEW", text("select status from report where id = " + reportId));
        assertEquals("UNWANTED_BEHAVIOUR", text("select category from report where id = " + reportId));
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("vertrouwenspersoon"), "CONTACT_CONVERTED", "report:" + reportId));
        assertTrue(confidant.callService("ReportQueueService", "openReports").contains(caseCode), "in the queue as a report");
        assertFalse(Jsoup.parse(confidant.get("/console/index.xhtml").body()).select("#contactRequests").text().contains(caseCode),
                "no longer a request");
        assertEquals(200, confidant.get("/console/case.xhtml?id=" + reportId).statusCode());

        // The same case code and password open the report's personal page now.
        StaffClient again = StaffClient.anonymous();
        assertEquals(302, again.loginAsReporter(caseCode, credentials[1]).statusCode());
        HttpResponse<String> dashboard = again.get("/melder/index.xhtml");
        assertEquals(200, dashboard.statusCode(), dashboard.headers().toString());
        assertTrue(Jsoup.parse(dashboard.body()).getElementById("caseCode").text().contains(caseCode));
    }

    @Test
    void theRequesterMayAskForOtherMomentsAndDeclineAConversion() throws Exception {
        String[] credentials = newRequest("demo", "CONVERSATION", "OTHER", "ON_LOCATION", null);
        long id = contactId(credentials[0]);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        LocalDate day = LocalDate.now(DUTCH).plusDays(60 + ThreadLocalRandom.current().nextInt(3000));
        assertEquals("ALLOWED null", confidant.callService("ContactConsoleService", "propose", String.valueOf(id),
                day.toString(), "08:00", "30", "ON_LOCATION", "Kamer 2.14"));
        StaffClient requester = StaffClient.anonymous();
        requester.loginAsReporter(credentials[0], credentials[1]);
        HttpResponse<String> page = requester.get("/melder/contact.xhtml");
        HttpResponse<String> asked = requester.submitChoices(page, "slotsForm", Map.of("slotsForm:reason", List.of("LATER")),
                "slotsForm:otherMoments");
        assertTrue(asked.body().contains("De vertrouwenspersoon stelt andere momenten voor."), asked.body());
        assertEquals("OTHER_MOMENTS_ASKED", text("select state from contact_request where id = " + id));
        assertEquals("LATER", text("select other_moments_reason from contact_request where id = " + id));
        assertEquals(0, count("select count(*) from contact_slot where contact_request_id = " + id + " and state = 'PROPOSED'"));
        assertTrue(Jsoup.parse(confidant.get("/console/contact.xhtml?id=" + id).body()).getElementById("state").text().contains("Liever later"));

        assertEquals("ALLOWED null", confidant.callService("ContactConsoleService", "askConversion", String.valueOf(id)));
        HttpResponse<String> question = requester.get("/melder/contact.xhtml");
        HttpResponse<String> declined = requester.submitOn(question, "conversionForm", Map.of(), "conversionForm:decline");
        assertTrue(declined.body().contains("Uw aanvraag blijft een gesprek."), declined.body());
        assertEquals("REFUSED nl.meldpunt.contact.ContactRefused: NO_CONSENT",
                confidant.callService("ContactConsoleService", "convert", String.valueOf(id)));
        assertEquals(0, count("select count(*) from report where case_code = '" + credentials[0] + "'"));
    }

    /** Asks for a conversation through the intake page as a browser would; answers case code and password. */
    static String[] newRequest(String slug, String kind, String topic, String way, String note) {
        StaffClient visitor = StaffClient.anonymous();
        HttpResponse<String> form = visitor.get("/contact.xhtml?org=" + slug + "&kind=" + kind);
        assertEquals(200, form.statusCode());
        assertTrue(form.headers().allValues("Set-Cookie").isEmpty(), "opening the intake starts no session");
        HttpResponse<String> done = visitor.submitChoices(form, "contact", Map.of("contact:topic", List.of(topic),
                        "contact:way", List.of(way), "contact:days", List.of("TUESDAY", "THURSDAY"),
                        "contact:dayParts", List.of("MORNING"), "contact:note", note == null ? List.of() : List.of(note)),
                "contact:send");
        Document page = Jsoup.parse(done.body());
        assertNotNull(page.getElementById("caseCode"), done.body());
        return new String[] {page.getElementById("caseCode").text(), page.getElementById("password").text()};
    }

    private static long contactId(String caseCode) throws SQLException {
        return count("select id from contact_request where case_code = '" + caseCode + "'");
    }

    private static long count(String sql) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static String text(String sql) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static byte[] bytes(String sql) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getBytes(1);
        }
    }
}
