package nl.meldpunt.disclosure;

import java.io.Serializable;

/**
 * What an output may print for one cell or total: the number, or that it is suppressed. A suppressed
 * figure does not carry its number, so no renderer can print it by mistake.
 * <ul>
 * <li>{@link Kind#SHOWN}: the count, at or above the threshold.</li>
 * <li>{@link Kind#BELOW_THRESHOLD}: the count is below the threshold (zero included); print
 * "&lt; 5" ({@link #text(int)}).</li>
 * <li>{@link Kind#HIDDEN}: the count is at or above the threshold but hidden so that no
 * small count can be computed from the others (complementary suppression); print a mark that
 * does not claim a size ({@link #HIDDEN_MARK}), never "&lt; 5", which would be untrue.</li>
 * </ul>
 */
public record Figure(Kind kind, int value) implements Serializable {

    /** How a hidden figure is printed; outputs explain it in a legend. */
    public static final String HIDDEN_MARK = "×";

    public static final Figure BELOW = new Figure(Kind.BELOW_THRESHOLD, -1);
    public static final Figure HIDDEN = new Figure(Kind.HIDDEN, -1);

    public enum Kind {
        SHOWN,
        BELOW_THRESHOLD,
        HIDDEN
    }

    public Figure {
        if ((kind == Kind.SHOWN) != (value >= 0)) {
            throw new IllegalArgumentException("only a shown figure has a value");
        }
    }

    public static Figure shown(int value) {
        return new Figure(Kind.SHOWN, value);
    }

    public boolean isShown() {
        return kind == Kind.SHOWN;
    }

    public boolean isSuppressed() {
        return kind != Kind.SHOWN;
    }

    /** The figure as every output prints it: the number, "&lt; threshold", or {@link #HIDDEN_MARK}. */
    public String text(int threshold) {
        return switch (kind) {
            case SHOWN -> String.valueOf(value);
            case BELOW_THRESHOLD -> "< " + threshold;
            case HIDDEN -> HIDDEN_MARK;
        };
    }
}
