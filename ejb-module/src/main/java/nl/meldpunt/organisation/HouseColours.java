package nl.meldpunt.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The contrast check for an organisation's house colours (WCAG 2.1 AA), with the pairs as the entry page
 * draws them ({@code meldpunt.css}):
 * <ul>
 * <li>the <b>primary</b> colour carries text: white text on it (the header, the buttons) and it as text on
 * white (headings and links in the cards) and on the page background {@value #PAGE_BACKGROUND} (links
 * outside the cards). Text needs 4.5:1 (success criterion 1.4.3);</li>
 * <li>the <b>accent</b> colour carries no text: it is the bar beside the page's heading and the focus ring,
 * on white and on the page background. Such graphical parts need 3:1 (success criterion 1.4.11).</li>
 * </ul>
 * The ratio is WCAG's: (L1 + 0.05) / (L2 + 0.05) of the relative luminances.
 */
public final class HouseColours {

    public static final String WHITE = "#FFFFFF";
    public static final String PAGE_BACKGROUND = "#F6F7F9";
    public static final double TEXT_RATIO = 4.5;
    public static final double GRAPHICS_RATIO = 3.0;

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private HouseColours() {
    }

    /** One pair that is drawn together and its contrast, with what it needs. */
    public record Pair(String role, String colour, String against, double ratio, double required) implements java.io.Serializable {

        public boolean passes() {
            return ratio >= required;
        }

        /** The ratio as people write it: two decimals, rounded down so that 4.499 never shows as 4.50. */
        public String ratioText() {
            return String.format(Locale.ROOT, "%.2f", Math.floor(ratio * 100) / 100);
        }

        /** What it needs, as WCAG writes it: 4.5 or 3. */
        public String requiredText() {
            return required == Math.rint(required) ? String.valueOf((int) required) : String.valueOf(required);
        }
    }

    /** Whether the text is a colour as stored: {@code #RRGGBB}. */
    public static boolean valid(String colour) {
        return colour != null && COLOUR.matcher(colour).matches();
    }

    /** Every pair the entry page draws with these colours (both must be {@link #valid}). */
    public static List<Pair> pairs(String primary, String accent) {
        List<Pair> pairs = new ArrayList<>();
        pairs.add(new Pair("primary", primary.toUpperCase(Locale.ROOT), WHITE, ratio(primary, WHITE), TEXT_RATIO));
        pairs.add(new Pair("primary", primary.toUpperCase(Locale.ROOT), PAGE_BACKGROUND, ratio(primary, PAGE_BACKGROUND), TEXT_RATIO));
        pairs.add(new Pair("accent", accent.toUpperCase(Locale.ROOT), WHITE, ratio(accent, WHITE), GRAPHICS_RATIO));
        pairs.add(new Pair("accent", accent.toUpperCase(Locale.ROOT), PAGE_BACKGROUND, ratio(accent, PAGE_BACKGROUND), GRAPHICS_RATIO));
        return pairs;
    }

    /** The pairs that fail, empty when the colours may be used. */
    public static List<Pair> failing(String primary, String accent) {
        return pairs(primary, accent).stream().filter(p -> !p.passes()).toList();
    }

    /** The WCAG contrast ratio of two {@code #RRGGBB} colours, 1 to 21. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
