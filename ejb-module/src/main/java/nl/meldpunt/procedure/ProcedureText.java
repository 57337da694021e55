package nl.meldpunt.procedure;

import java.util.ArrayList;
import java.util.List;

/**
 * The procedure's text as it is stored and shown: plain text, never HTML. The only structure is the small
 * subset that people type without thinking of markup: a blank line starts a new paragraph, a line break within
 * a paragraph stays a line break, and lines that start with "- " (or "* ") make a bulleted list. Whatever else
 * the text holds, including {@code <} and {@code &}, is shown as the characters typed: the page escapes every
 * piece of it.
 */
public final class ProcedureText {

    /** The longest text per language, in characters after {@link #normalised} (a line break counts as one). */
    public static final int MAX_LENGTH = 20_000;

    private ProcedureText() {
    }

    /** How a block is shown. */
    public enum Kind {
        /** A paragraph; its lines are shown with their line breaks. */
        PARAGRAPH,
        /** A bulleted list; each line is one item, without its "- ". */
        LIST
    }

    /** One paragraph or list of the text. */
    public record Block(Kind kind, List<String> lines) {

        public boolean isParagraph() {
            return kind == Kind.PARAGRAPH;
        }

        /** The paragraph's lines joined with line breaks (the page keeps them, with CSS {@code white-space: pre-line}). */
        public String text() {
            return String.join("\n", lines);
        }
    }

    /**
     * A text as it is saved and compared: line breaks as one character (a browser sends CR LF), no trailing
     * spaces on a line, no blank lines or spaces around the whole, no invisible control characters other than
     * line breaks and tabs; null is the empty text.
     */
    public static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder clean = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(clean::appendCodePoint);
        List<String> lines = new ArrayList<>();
        for (String line : clean.toString().split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return String.join("\n", lines).strip();
    }

    /** The paragraphs and lists of a (normalised or not) text, in order; none for an empty text. */
    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Kind kind = null;
        for (String line : normalised(text).split("\n", -1)) {
            if (line.isBlank()) {
                kind = flush(blocks, kind, current);
                continue;
            }
            boolean item = isItem(line);
            if (item) {
                if (kind != Kind.LIST) {
                    flush(blocks, kind, current);
                    kind = Kind.LIST;
                }
                current.add(line.strip().substring(2).strip());
            } else if (kind == Kind.LIST && Character.isWhitespace(line.charAt(0))) {
                // An indented line under an item continues that item.
                int last = current.size() - 1;
                current.set(last, current.get(last) + " " + line.strip());
            } else {
                if (kind != Kind.PARAGRAPH) {
                    flush(blocks, kind, current);
                    kind = Kind.PARAGRAPH;
                }
                current.add(line.strip());
            }
        }
        flush(blocks, kind, current);
        return List.copyOf(blocks);
    }

    private static boolean isItem(String line) {
        String stripped = line.strip();
        return (stripped.startsWith("- ") || stripped.startsWith("* ")) && stripped.length() > 2;
    }

    private static Kind flush(List<Block> blocks, Kind kind, List<String> lines) {
        if (kind != null && !lines.isEmpty()) {
            blocks.add(new Block(kind, List.copyOf(lines)));
        }
        lines.clear();
        return null;
    }
}
