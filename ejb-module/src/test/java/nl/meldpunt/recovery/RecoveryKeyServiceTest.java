package nl.meldpunt.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The recovery sheet's text: typed back from paper it gives the same key; what is not a sheet is refused. */
class RecoveryKeyServiceTest {

    @Test
    void theSheetTextGivesTheKeyBackHoweverItIsTyped() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String sheet = RecoveryKeyService.sheetText(key);
        assertEquals(13 * 4 + 12, sheet.length(), "13 groups of four, with spaces: " + sheet);
        assertTrue(sheet.matches("([A-Z2-7]{4} ){12}[A-Z2-7]{4}"), sheet);
        assertArrayEquals(key, RecoveryKeyService.parse(sheet));
        assertArrayEquals(key, RecoveryKeyService.parse(sheet.toLowerCase().replace(' ', '-')), "case and dashes do not matter");
        assertArrayEquals(key, RecoveryKeyService.parse("  " + sheet.replace(" ", "\n") + " "), "line breaks neither");
        assertArrayEquals(key, RecoveryKeyService.parse(sheet.replace('O', '0').replace('I', '1')), "0 and 1 read as O and I");
    }

    @Test
    void whatIsNotASheetIsRefusedAsAWrongSheet() {
        for (String typed : new String[] {null, "", "ABCD", "A".repeat(51), "A".repeat(53), "9".repeat(52)}) {
            RecoveryRefused refused = assertThrows(RecoveryRefused.class, () -> RecoveryKeyService.parse(typed), String.valueOf(typed));
            assertEquals(RecoveryRefused.Reason.WRONG_SHEET, refused.reason());
        }
    }

    @Test
    void theFingerprintTellsKeysApartAndTheSheetNeverPrintsTheKey() {
        byte[] one = new byte[32];
        byte[] two = new byte[32];
        two[0] = 1;
        String fingerprint = RecoveryKeyService.fingerprint(one);
        assertTrue(fingerprint.matches("[0-9A-F]{4}(-[0-9A-F]{4}){3}"), fingerprint);
        assertNotEquals(fingerprint, RecoveryKeyService.fingerprint(two));
        RecoverySheet sheet = new RecoverySheet("Gemeente Voorbeeldstad", RecoveryKeyService.sheetText(one), fingerprint);
        assertFalse(sheet.toString().contains(sheet.key()), "a log line or exception never carries the key");
    }
}
