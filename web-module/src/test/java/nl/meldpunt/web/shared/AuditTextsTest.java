package nl.meldpunt.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.staff.StaffPasswordRule;
import org.junit.jupiter.api.Test;

/**
 * Every audit action the code can record has words in Dutch and in English, so that no log shows a
 * raw code like {@code CASE_VIEWED}; the same for every reason a new staff password is refused. The
 * files are read directly: a ResourceBundle would hide a missing English text behind the Dutch one.
 */
class AuditTextsTest {

    @Test
    void everyAuditActionHasATextInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("Messages.properties", "Messages_en.properties")) {
            Properties texts = load(file);
            for (AuditAction action : AuditAction.values()) {
                String text = texts.getProperty("audit.action." + action.name());
                if (text == null || text.isBlank() || text.equals(action.name())) {
                    missing.add(file + ": audit.action." + action.name());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyRefusalOfANewPasswordIsExplainedInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("Messages.properties", "Messages_en.properties")) {
            Properties texts = load(file);
            for (StaffPasswordRule.Problem problem : StaffPasswordRule.Problem.values()) {
                if (texts.getProperty("password." + problem.name(), "").isBlank()) {
                    missing.add(file + ": password." + problem.name());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(AuditTextsTest.class.getResourceAsStream("/nl/meldpunt/web/" + file),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
