package nl.meldpunt.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.meldpunt.staff.StaffPasswordRule;
import org.junit.jupiter.api.Test;

/** Every reason to refuse a new password is explained on both pages that choose one, in Dutch and in English. */
class PasswordTextsTest {

    @Test
    void everyRefusalHasItsTextInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle("nl.meldpunt.web.Messages", locale);
            for (StaffPasswordRule.Problem problem : StaffPasswordRule.Problem.values()) {
                for (String key : new String[] {"password." + problem, "welcome.problem." + problem}) {
                    assertTrue(texts.containsKey(key) && !texts.getString(key).isBlank(), locale + ": " + key);
                }
            }
        }
        assertTrue(!ResourceBundle.getBundle("nl.meldpunt.web.Messages", Locale.ENGLISH).getString("password.TOO_GUESSABLE")
                .equals(ResourceBundle.getBundle("nl.meldpunt.web.Messages", Locale.forLanguageTag("nl")).getString("password.TOO_GUESSABLE")),
                "English is English");
    }
}
