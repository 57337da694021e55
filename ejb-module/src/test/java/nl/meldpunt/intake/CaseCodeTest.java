package nl.meldpunt.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldpunt.audit.Actor;
import org.junit.jupiter.api.Test;

class CaseCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatesThreeGroupsOfFourFromTheUnambiguousAlphabet() {
        for (int i = 0; i < 1000; i++) {
            CaseCode code = CaseCode.generate(random);
            assertTrue(code.value().matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}){2}"),
                    code.value());
            assertTrue(code.value().matches("[A-Z0-9-]{1,40}"), "fits the audit actor");
            assertEquals(code.value(), code.toString());
        }
        assertEquals(30, CaseCode.ALPHABET.length());
        assertEquals(30, CaseCode.ALPHABET.chars().distinct().count());
    }

    @Test
    void isUsableAsAuditActor() {
        CaseCode code = CaseCode.generate(random);
        assertEquals("reporter:" + code, Actor.reporterOf(code.value()).value());
    }

    @Test
    void roundTripsThroughParse() {
        for (int i = 0; i < 1000; i++) {
            CaseCode code = CaseCode.generate(random);
            assertEquals(Optional.of(code), CaseCode.parse(code.value()));
            assertEquals(code, new CaseCode(code.value()));
        }
    }

    @Test
    void drawsDifferentCodes() {
        Set<CaseCode> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(CaseCode.generate(random));
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void parsesLeniently() {
        CaseCode code = CaseCode.generate(random);
        String plain = code.value().replace("-", "");
        List<String> typed = List.of(
                code.value().toLowerCase(),
                plain,
                plain.toLowerCase(),
                "  " + code.value() + "  ",
                code.value().replace("-", " "),
                code.value().replace("-", "--"),
                plain.substring(0, 3) + "-" + plain.substring(3, 7) + " - " + plain.substring(7),
                code.value().replace('-', '\u2013'),
                code.value().replace('-', '\u00a0'),
                "\t" + plain.substring(0, 6) + "\n" + plain.substring(6));
        for (String variant : typed) {
            assertEquals(Optional.of(code), CaseCode.parse(variant), variant);
        }
    }

    @Test
    void catchesEverySingleWrongCharacter() {
        for (int i = 0; i < 20; i++) {
            String plain = CaseCode.generate(random).value().replace("-", "");
            for (int position = 0; position < plain.length(); position++) {
                for (char replacement : CaseCode.ALPHABET.toCharArray()) {
                    if (replacement == plain.charAt(position)) {
                        continue;
                    }
                    String typo = plain.substring(0, position) + replacement + plain.substring(position + 1);
                    assertEquals(Optional.empty(), CaseCode.parse(typo), typo + " from " + plain);
                }
            }
        }
    }

    @Test
    void catchesEverySwapOfNeighboursExceptTwoWithZ() {
        int swaps = 0;
        for (int i = 0; i < 200; i++) {
            String plain = CaseCode.generate(random).value().replace("-", "");
            for (int position = 0; position < plain.length() - 1; position++) {
                char a = plain.charAt(position);
                char b = plain.charAt(position + 1);
                if (a == b || (a == '2' && b == 'Z') || (a == 'Z' && b == '2')) {
                    continue;
                }
                String swapped = plain.substring(0, position) + b + a + plain.substring(position + 2);
                assertEquals(Optional.empty(), CaseCode.parse(swapped), swapped + " from " + plain);
                swaps++;
            }
        }
        assertTrue(swaps > 1000);
    }

    @Test
    void theOneUndetectedSwapIsTwoWithZ() {
        String payload = "2Z3456789AB";
        String plain = payload + CaseCode.checkCharacter(payload);
        assertTrue(CaseCode.parse(plain).isPresent());
        assertTrue(CaseCode.parse("Z2" + plain.substring(2)).isPresent(), "the documented Luhn mod N blind spot");
    }

    @Test
    void rejectsGarbage() {
        CaseCode code = CaseCode.generate(random);
        String plain = code.value().replace("-", "");
        List<String> garbage = List.of(
                "",
                "   ",
                "----",
                plain.substring(1),
                plain + "2",
                plain + plain,
                plain.substring(0, 11) + "O",
                plain.substring(0, 11) + "0",
                plain.substring(0, 11) + "1",
                plain.substring(0, 11) + "I",
                plain.substring(0, 11) + "L",
                plain.substring(0, 11) + "U",
                plain.substring(0, 6) + "_" + plain.substring(6),
                plain.substring(0, 6) + "'; DROP TABLE report; --",
                "reporter:" + code.value(),
                "KM7Q-4MZP-X9W\u00c9",
                "\uff2b\uff2d7Q-4MZP-X9W3",
                " ".repeat(100) + plain);
        for (String typed : garbage) {
            assertEquals(Optional.empty(), CaseCode.parse(typed), typed);
        }
        assertEquals(Optional.empty(), CaseCode.parse(null));
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalForm() {
        CaseCode code = CaseCode.generate(random);
        assertThrows(IllegalArgumentException.class, () -> new CaseCode(code.value().toLowerCase()));
        assertThrows(IllegalArgumentException.class, () -> new CaseCode(code.value().replace("-", "")));
        assertThrows(NullPointerException.class, () -> new CaseCode(null));
        String plain = code.value().replace("-", "");
        char wrongCheck = CaseCode.ALPHABET.charAt((CaseCode.ALPHABET.indexOf(plain.charAt(11)) + 1) % 30);
        String wrong = code.value().substring(0, 13) + wrongCheck;
        assertNotEquals(code.value(), wrong);
        assertThrows(IllegalArgumentException.class, () -> new CaseCode(wrong));
    }
}
