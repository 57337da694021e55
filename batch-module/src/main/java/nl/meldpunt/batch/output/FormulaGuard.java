package nl.meldpunt.batch.output;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula ("CSV") injection: a cell text that starts with {@code = + - @}, a tab or a carriage
 * return may be run as a formula by Excel or LibreOffice. Such texts get a leading apostrophe in CSV (OWASP's
 * advice) and Excel's quote prefix in XLSX. Plain numbers ("-3", "+2", "1.5") are no formula and stay as they
 * are; shown counts are never signed anyway.
 */
final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)*%?");

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could read this text as a formula. */
    static boolean risky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The text as a CSV cell: with a leading apostrophe where it is risky. */
    static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
