package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, the question-set and tip-set editors: a published version is never changed, a report keeps the
 * version it was made with and a new report gets the new one at once; a set that breaks a rule is refused
 * with a message that says why (in Dutch and English) and changes nothing; every publication is audited with
 * the versions before → after and the keys that changed; an admin publishes only for the own organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireEditingIT {

    private static final String DEPARTMENT = "{\"key\":\"department\",\"type\":\"TEXT\",\"required\":false,"
            + "\"label\":{\"nl\":\"Op welke afdeling werkt u?\",\"en\":\"Which department do you work in?\"}}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aReportKeepsItsVersionAfterANewOneIsPublishedAndANewReportGetsTheNewQuestion() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        String before = newReport();
        int old = reportVersion(before);
        String original = currentContent("question_set", demo);
        long mark = mark(demo);
        try {
            assertEquals("ALLOWED null", admin.callServicePosted("QuestionnaireEditing", "saveQuestionDraft",
                    withQuestion(original, 0, DEPARTMENT)));
            assertEquals(1, count("select count(*) from questionnaire_draft where organisation_id = " + demo + " and kind = 'QUESTIONS'"));
            assertFalse(StaffClient.anonymous().get("/melden.xhtml?org=demo").body().contains("Op welke afdeling werkt u?"), "a draft is not shown to reporters");
            assertEquals(old, reportVersion(newReport()), "a draft is not used for reports");

            assertEquals("ALLOWED " + (old + 1), admin.callService("QuestionnaireEditing", "publishQuestionDraft"));
            assertEquals(0, count("select count(*) from questionnaire_draft where organisation_id = " + demo + " and kind = 'QUESTIONS'"),
                    "the published draft is gone");
            assertEquals(old + 1, Json.createReader(new StringReader(currentContent("question_set", demo))).readObject().getInt("version"),
                    "the stored JSON carries its version number");
            String after = newReport();
            assertEquals(old + 1, reportVersion(after), "a new report uses the new version at once");
            assertEquals(old, reportVersion(before), "the earlier report keeps its version");
            assertTrue(StaffClient.anonymous().get("/melden.xhtml?org=demo").body().contains("Op welke afdeling werkt u?"));
            assertTrue(StaffClient.anonymous().get("/melden.xhtml?org=demo&lang=en").body().contains("Which department do you work in?"));

            StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            assertEquals(String.valueOf(old), caseFileVersion(confidant, before), "the case file shows the version the report was made with");
            assertEquals(String.valueOf(old + 1), caseFileVersion(confidant, after));

            assertEquals(List.of("question set version " + old + " → " + (old + 1) + "; questions added: department; removed: -; changed: -"),
                    details(demo, mark, actor, "QUESTION_SET_PUBLISHED", "organisation:" + demo + ":questionSet"));
            assertEquals(List.of("draft on question set version " + old + "; questions added: department; removed: -; changed: -"),
                    details(demo, mark, actor, "QUESTIONNAIRE_DRAFT_SAVED", "organisation:" + demo + ":questionSet"));
            String chain = admin.callService("OrganisationService", "verifyOwnAuditChain");
            assertTrue(chain.contains("firstBrokenSequence=null"), chain);
        } finally {
            // Back to the questions the other tests expect, as a version of its own (versions are never changed).
            admin.callServicePosted("QuestionnairePublishing", "publishQuestionSet", String.valueOf(demo), original);
        }
        assertEquals(old, reportVersion(before));
        assertFalse(StaffClient.anonymous().get("/melden.xhtml?org=demo").body().contains("Op welke afdeling werkt u?"));
    }

    @Test
    void aSetThatBreaksARuleIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        String original = currentContent("question_set", demo);
        long versions = count("select count(*) from question_set where organisation_id = " + demo);
        long mark = mark(demo);
        Map<String, String> refusals = Map.of(
                withQuestion(original, 0, DEPARTMENT.replace("Which department do you work in?", " ")),
                "questionnaire.question.label.en.empty [department]",
                withQuestion(original, 0, DEPARTMENT.replace("\"en\":\"Which department do you work in?\"", "\"en\":\"x\"")
                        .replace("Op welke afdeling werkt u?", "")), "questionnaire.question.label.nl.empty [department]",
                withQuestion(original, 0, "{\"key\":\"shift\",\"type\":\"SINGLE_CHOICE\",\"label\":{\"nl\":\"Dienst\",\"en\":\"Shift\"}}"),
                "questionnaire.question.options.none [shift]",
                withQuestion(original, 0, DEPARTMENT.replace("department", "location")), "questionnaire.question.key.duplicate [location]",
                without(original, q -> "relation".equals(q.getString("key"))), "questionnaire.required.missing.RELATION",
                without(original, q -> "category".equals(q.getString("key"))), "questionnaire.required.missing.CATEGORY",
                "{\"version\": 1, \"steps\": [", "questionnaire.malformed");
        for (var refusal : refusals.entrySet()) {
            String answer = admin.callServicePosted("QuestionnairePublishing", "publishQuestionSet", String.valueOf(demo), refusal.getKey());
            assertTrue(answer.startsWith("REFUSED nl.meldpunt.questionnaire.QuestionnaireRefused") && answer.contains(refusal.getValue()),
                    refusal.getValue() + ": " + answer);
        }
        assertEquals(versions, count("select count(*) from question_set where organisation_id = " + demo), "nothing published");
        assertEquals(original, currentContent("question_set", demo));
        assertEquals(0, count("select count(*) from audit_entry where organisation_id = " + demo + " and sequence_no > " + mark
                + " and action = 'QUESTION_SET_PUBLISHED'"), "nothing audited");

        // In the editor: a draft without the relation question is saved, but publishing it says why not, in either language.
        try {
            assertEquals("ALLOWED null", admin.callServicePosted("QuestionnaireEditing", "saveQuestionDraft",
                    without(original, q -> "relation".equals(q.getString("key")))));
            HttpResponse<String> asked = admin.submit("/admin/questions.xhtml", "editor", Map.of(), "editor:publish");
            assertTrue(asked.body().contains("De vragenlijst wordt gepubliceerd als versie " + (versionOf(original) + 1)), asked.body());
            HttpResponse<String> refused = admin.submitOn(asked, "editor", Map.of(), "editor:publishConfirm");
            assertTrue(refused.body().contains("De vraag naar de relatie met wie het deed kan niet weg: elke melding moet die vraag stellen"),
                    refused.body());
            admin.get("/admin/questions.xhtml?lang=en");
            HttpResponse<String> askedEn = admin.submit("/admin/questions.xhtml", "editor", Map.of(), "editor:publish");
            HttpResponse<String> refusedEn = admin.submitOn(askedEn, "editor", Map.of(), "editor:publishConfirm");
            assertTrue(refusedEn.body().contains("The question about the relation to the person who did it cannot be removed"), refusedEn.body());
            assertEquals(versions, count("select count(*) from question_set where organisation_id = " + demo));
            assertEquals(1, count("select count(*) from questionnaire_draft where organisation_id = " + demo + " and kind = 'QUESTIONS'"),
                    "the refused draft is kept to fix");
        } finally {
            admin.get("/admin/questions.xhtml?lang=nl");
            admin.callService("QuestionnaireEditing", "discardQuestionDraft");
        }
        assertEquals(0, count("select count(*) from questionnaire_draft where organisation_id = " + demo + " and kind = 'QUESTIONS'"));
    }

    @Test
    void tipsArePublishedPerKindOfBehaviourWithTheirDayAndCheckedTheSameWay() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        newReport();
        String original = currentContent("tip_set", demo);
        int old = versionOf(original);
        long mark = mark(demo);
        String tip = "{\"key\":\"fraud_keep_receipts\",\"afterDays\":5,\"title\":{\"nl\":\"Schrijf de bedragen op\",\"en\":\"Write down the amounts\"},"
                + "\"text\":{\"nl\":\"Noteer welke bedragen u zag.\",\"en\":\"Note which amounts you saw.\"}}";
        try {
            assertTrue(admin.callServicePosted("QuestionnairePublishing", "publishTips", String.valueOf(demo),
                    withTip(original, "FRAUD", tip.replace("\"afterDays\":5", "\"afterDays\":400"))).contains("questionnaire.tip.day.invalid"));
            assertTrue(admin.callServicePosted("QuestionnairePublishing", "publishTips", String.valueOf(demo),
                    withTip(original, "GARDENING", tip)).contains("questionnaire.tip.category.unknown [fraud_keep_receipts, GARDENING]"));
            assertTrue(admin.callServicePosted("QuestionnairePublishing", "publishTips", String.valueOf(demo),
                    withTip(original, "FRAUD", tip.replace("Write down the amounts", ""))).contains("questionnaire.tip.title.en.empty"));
            assertEquals(original, currentContent("tip_set", demo), "nothing published");

            assertEquals("ALLOWED null", admin.callServicePosted("QuestionnaireEditing", "saveTipDraft", withTip(original, "FRAUD", tip)));
            assertEquals("ALLOWED " + (old + 1), admin.callService("QuestionnaireEditing", "publishTipDraft"));
            JsonObject published = Json.createReader(new StringReader(currentContent("tip_set", demo))).readObject();
            assertEquals(old + 1, published.getInt("version"));
            assertTrue(published.getJsonObject("byCategory").getJsonArray("FRAUD").toString().contains("\"afterDays\":5"));
            assertEquals(List.of("tip set version " + old + " → " + (old + 1) + "; tips added: fraud_keep_receipts; removed: -; changed: -"),
                    details(demo, mark, actor, "TIP_SET_PUBLISHED", "organisation:" + demo + ":tipSet"));
            Document page = Jsoup.parse(admin.get("/admin/tips.xhtml").body());
            assertTrue(page.getElementById("versions").text().contains(String.valueOf(old + 1)), page.html());
        } finally {
            admin.callService("QuestionnaireEditing", "discardTipDraft");
            admin.callServicePosted("QuestionnairePublishing", "publishTips", String.valueOf(demo), original);
        }
    }

    @Test
    void anAdminPublishesOnlyForTheOwnOrganisationAndNoOtherStaffRoleEdits() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        newReport();
        String original = currentContent("question_set", demo);
        long versions = count("select count(*) from question_set where organisation_id = " + demo);
        long drafts = count("select count(*) from questionnaire_draft where organisation_id = " + demo);
        StaffClient noordAdmin = StaffClient.loggedInAs("beheerder.noord", DemoData.DEMO_PASSWORD);
        assertEquals("DENIED", noordAdmin.callServicePosted("QuestionnairePublishing", "publishQuestionSet", String.valueOf(demo),
                withQuestion(original, 0, DEPARTMENT)));
        assertEquals("DENIED", noordAdmin.callServicePosted("QuestionnairePublishing", "publishTips", String.valueOf(demo),
                currentContent("tip_set", demo)));
        for (String login : List.of("platform", "vertrouwenspersoon", "hr")) {
            StaffClient other = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
            assertEquals("DENIED", other.callServicePosted("QuestionnaireEditing", "saveQuestionDraft", withQuestion(original, 0, DEPARTMENT)), login);
            assertEquals("DENIED", other.callService("QuestionnaireEditing", "publishQuestionDraft"), login);
            assertEquals(403, other.get("/admin/questions.xhtml").statusCode(), login);
            assertEquals(403, other.get("/admin/preview.xhtml").statusCode(), login);
        }
        assertEquals(versions, count("select count(*) from question_set where organisation_id = " + demo));
        assertEquals(drafts, count("select count(*) from questionnaire_draft where organisation_id = " + demo), "no draft made");
    }

    private static String newReport() {
        return StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0];
    }

    private static int versionOf(String json) {
        return Json.createReader(new StringReader(json)).readObject().getInt("version");
    }

    /** The set with one more question at the end of a step. */
    static String withQuestion(String json, int step, String question) {
        JsonObject root = Json.createReader(new StringReader(json)).readObject();
        JsonObject extra = Json.createReader(new StringReader(question)).readObject();
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (int i = 0; i < root.getJsonArray("steps").size(); i++) {
            JsonObject s = root.getJsonArray("steps").getJsonObject(i);
            steps.add(i == step ? Json.createObjectBuilder(s).add("questions", Json.createArrayBuilder(s.getJsonArray("questions")).add(extra)) : Json.createObjectBuilder(s));
        }
        return Json.createObjectBuilder(root).add("steps", steps).build().toString();
    }

    /** The set without the questions that match. */
    static String without(String json, Predicate<JsonObject> removed) {
        JsonObject root = Json.createReader(new StringReader(json)).readObject();
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (JsonValue value : root.getJsonArray("steps")) {
            JsonObject s = value.asJsonObject();
            JsonArrayBuilder questions = Json.createArrayBuilder();
            s.getJsonArray("questions").stream().map(JsonValue::asJsonObject).filter(removed.negate()).forEach(questions::add);
            steps.add(Json.createObjectBuilder(s).add("questions", questions));
        }
        return Json.createObjectBuilder(root).add("steps", steps).build().toString();
    }

    private static String withTip(String json, String category, String tip) {
        JsonObject root = Json.createReader(new StringReader(json)).readObject();
        JsonObject byCategory = root.getJsonObject("byCategory");
        JsonArrayBuilder tips = byCategory.containsKey(category) ? Json.createArrayBuilder(byCategory.getJsonArray(category)) : Json.createArrayBuilder();
        tips.add(Json.createReader(new StringReader(tip)).readObject());
        return Json.createObjectBuilder(root).add("byCategory", Json.createObjectBuilder(byCategory).add(category, tips)).build().toString();
    }

    private static String caseFileVersion(StaffClient confidant, String caseCode) throws SQLException {
        Document page = Jsoup.parse(confidant.get("/console/case.xhtml?id=" + TestDatabase.reportId(caseCode)).body());
        for (Element dt : page.select("dt")) {
            if (dt.text().equals("Versie vragenlijst")) {
                return dt.nextElementSibling().text();
            }
        }
        throw new AssertionError("No question set version in the case file: " + page.html());
    }

    /** The newest stored version's JSON of question_set or tip_set. */
    static String currentContent(String table, long organisation) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select content from " + table
                + " where organisation_id = ? order by version desc")) {
            st.setLong(1, organisation);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static int reportVersion(String caseCode) throws SQLException {
        return (int) count("select q.version from report r join question_set q on q.id = r.question_set_id where r.id = "
                + TestDatabase.reportId(caseCode));
    }

    private static long mark(long organisation) throws SQLException {
        return count("select coalesce(max(sequence_no), 0) from audit_entry where organisation_id = " + organisation);
    }

    private static List<String> details(long organisation, long since, String actor, String action, String subject) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select detail from audit_entry where organisation_id = ? "
                + "and sequence_no > ? and actor = ? and action = ? and subject = ? order by sequence_no")) {
            st.setLong(1, organisation);
            st.setLong(2, since);
            st.setString(3, actor);
            st.setString(4, action);
            st.setString(5, subject);
            List<String> details = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
            return details;
        }
    }

    private static long count(String sql) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
