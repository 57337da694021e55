package nl.meldpunt.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The source checks that {@link SourceChecksTest} runs over the whole tree (docs/static-analysis.md), the second
 * net beside SpotBugs' find-sec-bugs:
 * <ul>
 * <li>no page switches output escaping off ({@code escape="false"});</li>
 * <li>no JPQL or SQL is built from anything but constant text: the query argument of {@code createQuery},
 * {@code createNativeQuery}, {@code prepareStatement}, {@code prepareCall}, {@code executeQuery} and
 * {@code executeUpdate} is a string literal, a text block, a {@code static final String} of constant text, a
 * {@code +} of those, or a local {@code String} variable that is only ever assigned such text (or a variable of
 * another type, such as a criteria query). Anything else (a variable concatenated in, {@code String.format},
 * {@code formatted}, a method's result, a parameter) is a finding.</li>
 * <li>no format pattern comes from outside (OWASP ASVS 1.3.10): the pattern of {@code String.format} (after an
 * optional locale), {@code MessageFormat.format} and {@code "...".formatted} is constant text as above, or a
 * text of our own resource bundles looked up by a literal key ({@code texts.getString("key")},
 * {@code messages.get("key")}).</li>
 * </ul>
 * A plain tokenizer, no parser: comments are skipped, literals are read whole, and variables are looked up in
 * the same file (conservatively: every assignment to that name in the file must be constant).
 */
final class SourceChecks {

    static final Set<String> QUERY_METHODS = Set.of("createQuery", "createNativeQuery", "prepareStatement", "prepareCall",
            "executeQuery", "executeUpdate");

    private static final Pattern ESCAPE_OFF = Pattern.compile("escape\\s*=\\s*[\"']\\s*(false|#\\{\\s*false\\s*})\\s*[\"']",
            Pattern.CASE_INSENSITIVE);

    private SourceChecks() {
    }

    /** One finding: the file (relative to the checked root's parent project), its line, and what was found. */
    record Finding(String file, int line, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }

    // ---------------------------------------------------------------- pages

    static List<Finding> escapeOff(String file, String page) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = ESCAPE_OFF.matcher(page);
        while (m.find()) {
            findings.add(new Finding(file, lineOf(page, m.start()), "output escaping switched off: " + m.group()));
        }
        return findings;
    }

    // ---------------------------------------------------------------- queries

    static List<Finding> stringBuiltQueries(String file, String source) {
        List<Token> tokens = tokenize(source);
        Set<String> constants = constants(tokens);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind != Kind.IDENT || !QUERY_METHODS.contains(t.text) || !tokens.get(i + 1).is("(")) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).kind == Kind.IDENT && !tokens.get(i - 1).text.equals("return")
                    && !tokens.get(i - 1).text.equals("new")) {
                continue; // a declaration such as "Query createQuery(String q)", not a call
            }
            List<Token> argument = firstArgument(tokens, i + 2);
            if (!constant(argument, tokens, constants, new HashSet<>())) {
                findings.add(new Finding(file, t.line, t.text + "(" + text(argument) + ")"));
            }
        }
        return findings;
    }

    // ---------------------------------------------------------------- format patterns

    static List<Finding> formatPatternsFromOutside(String file, String source) {
        List<Token> tokens = tokenize(source);
        Set<String> constants = constants(tokens);
        List<Finding> findings = new ArrayList<>();
        for (int i = 2; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind != Kind.IDENT || !tokens.get(i + 1).is("(") || !tokens.get(i - 1).is(".")) {
                continue;
            }
            String owner = tokens.get(i - 2).text;
            if (t.text.equals("formatted")) {
                if (tokens.get(i - 2).kind != Kind.STRING) {
                    findings.add(new Finding(file, t.line, owner + ".formatted(...): the pattern is not a literal"));
                }
                continue;
            }
            if (!t.text.equals("format") || !owner.equals("String") && !owner.equals("MessageFormat")) {
                continue;
            }
            List<Token> pattern = firstArgument(tokens, i + 2);
            if (owner.equals("String") && pattern.stream().anyMatch(p -> p.text.toLowerCase(java.util.Locale.ROOT).contains("locale"))) {
                pattern = firstArgument(tokens, i + 2 + pattern.size() + 1); // String.format(locale, pattern, ...)
            }
            if (!literalText(pattern, constants) && !bundleLookup(pattern)) {
                findings.add(new Finding(file, t.line, owner + ".format(" + text(pattern) + ", ...)"));
            }
        }
        return findings;
    }

    /** Literals, {@code static final String} constants of this file and "+": stricter than for queries (no variables). */
    private static boolean literalText(List<Token> e, Set<String> constants) {
        return !e.isEmpty() && e.stream().allMatch(t -> t.kind == Kind.STRING || t.is("+") || t.is("(") || t.is(")")
                || t.kind == Kind.IDENT && constants.contains(t.text));
    }

    /** {@code something.getString("key")} or {@code something.get("key")}: a text of our own resource bundles. */
    private static boolean bundleLookup(List<Token> e) {
        int n = e.size();
        return n >= 5 && e.get(n - 1).is(")") && e.get(n - 2).kind == Kind.STRING && e.get(n - 3).is("(")
                && (e.get(n - 4).text.equals("getString") || e.get(n - 4).text.equals("get")) && e.get(n - 5).is(".");
    }

    /** The tokens of the first argument of the call whose "(" stands just before {@code from}. */
    private static List<Token> firstArgument(List<Token> tokens, int from) {
        List<Token> argument = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (depth == 0 && (t.is(",") || t.is(")"))) {
                break;
            }
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            }
            argument.add(t);
        }
        return argument;
    }

    /** Whether an expression is constant text: literals, constants, "+" and brackets, or a variable that is. */
    private static boolean constant(List<Token> expression, List<Token> all, Set<String> constants, Set<String> seen) {
        if (expression.isEmpty()) {
            return true; // no query argument: executeQuery() on a prepared statement, executeUpdate() on a query
        }
        int n = expression.size();
        if (n >= 3 && expression.get(n - 1).text.equals("class") && expression.get(n - 2).is(".")) {
            return true; // a class literal: CriteriaBuilder.createQuery(Report.class), no text at all
        }
        if (expression.size() == 1 && expression.get(0).kind == Kind.IDENT && !constants.contains(expression.get(0).text)) {
            return constantVariable(expression.get(0).text, all, constants, seen);
        }
        for (int i = 0; i < expression.size(); i++) {
            Token t = expression.get(i);
            boolean ok = t.kind == Kind.STRING || t.is("+") || t.is("(") || t.is(")")
                    || t.kind == Kind.IDENT && constants.contains(t.text)
                    || t.kind == Kind.IDENT && plainName(expression, i) && constantVariable(t.text, all, constants, new HashSet<>(seen));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A name on its own: no method call, no field of something else, not a qualifier. */
    private static boolean plainName(List<Token> expression, int i) {
        boolean qualified = i > 0 && expression.get(i - 1).is(".");
        boolean followed = i + 1 < expression.size() && (expression.get(i + 1).is("(") || expression.get(i + 1).is("."));
        return !qualified && !followed;
    }

    private static final Set<String> TEXT_TYPES = Set.of("String", "var", "CharSequence", "StringBuilder", "StringBuffer");

    /**
     * A variable used as the whole query argument: constant when it is not of a text type (a criteria query),
     * or when it is a local text variable every assignment of which, in this file, is constant text. A
     * parameter's value comes from elsewhere, so it is not.
     */
    private static boolean constantVariable(String name, List<Token> all, Set<String> constants, Set<String> seen) {
        if (!seen.add(name)) {
            return false;
        }
        boolean declared = false;
        boolean assigned = false;
        for (int i = 1; i + 1 < all.size(); i++) {
            Token t = all.get(i);
            if (t.kind != Kind.IDENT || !t.text.equals(name)) {
                continue;
            }
            Token before = all.get(i - 1);
            Token after = all.get(i + 1);
            boolean declaration = before.kind == Kind.IDENT && !before.text.equals("return") || before.is(">") || before.is("]");
            if (declaration) {
                declared = true;
                if (!TEXT_TYPES.contains(typeBefore(all, i))) {
                    return true;
                }
                if (after.is(":") && constantElements(expressionUntilSemicolon(all, i + 2), all, constants, seen)) {
                    assigned = true; // for (String s : List.of("...", "...")): each value is constant text
                    continue;
                }
                if (after.is(",") || after.is(")") || after.is(":")) {
                    return false; // a parameter or a loop variable: its value comes from elsewhere
                }
            }
            int valueFrom = -1;
            if (after.is("=") && !all.get(i + 2).is("=")) {
                valueFrom = i + 2; // "name = ...", not "name == ..."
            } else if (after.is("+") && all.get(i + 2).is("=")) {
                valueFrom = i + 3; // "name += ..."
            }
            if (valueFrom >= 0) {
                assigned = true;
                if (!constant(expressionUntilSemicolon(all, valueFrom), all, constants, seen)) {
                    return false;
                }
            } else if (after.is(".") && i + 2 < all.size() && all.get(i + 2).kind == Kind.IDENT
                    && (all.get(i + 2).text.equals("append") || all.get(i + 2).text.equals("insert"))) {
                return false; // a builder being filled
            }
        }
        return declared && assigned; // a field set nowhere in sight is set from elsewhere
    }

    /** Whether an expression is List.of, Set.of or Stream.of of constant text only. */
    private static boolean constantElements(List<Token> expression, List<Token> all, Set<String> constants, Set<String> seen) {
        if (expression.size() < 4 || !Set.of("List", "Set", "Stream").contains(expression.get(0).text)
                || !expression.get(1).is(".") || !expression.get(2).text.equals("of") || !expression.get(3).is("(")
                || !expression.get(expression.size() - 1).is(")")) {
            return false;
        }
        List<Token> elements = expression.subList(4, expression.size() - 1);
        List<Token> element = new ArrayList<>();
        for (Token t : elements) {
            if (t.is(",")) {
                if (!constant(element, all, constants, seen) || element.isEmpty()) {
                    return false;
                }
                element = new ArrayList<>();
            } else {
                element.add(t);
            }
        }
        return !element.isEmpty() && constant(element, all, constants, seen);
    }

    /** The simple type name written before a declared name: "String" in "String sql", "List" in "List<X> xs". */
    private static String typeBefore(List<Token> all, int nameIndex) {
        int i = nameIndex - 1;
        while (i >= 0 && all.get(i).is("]")) {
            i -= 2;
        }
        if (i >= 0 && all.get(i).is(">")) {
            int depth = 0;
            for (; i >= 0; i--) {
                if (all.get(i).is(">")) {
                    depth++;
                } else if (all.get(i).is("<") && --depth == 0) {
                    i--;
                    break;
                }
            }
        }
        return i >= 0 ? all.get(i).text : "";
    }

    private static List<Token> expressionUntilSemicolon(List<Token> all, int from) {
        List<Token> value = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < all.size(); i++) {
            Token t = all.get(i);
            if (depth == 0 && (t.is(";") || t.is(","))) {
                break;
            }
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            value.add(t);
        }
        return value;
    }

    /** Names declared {@code static final String NAME = <constant text>;} in this file. */
    private static Set<String> constants(List<Token> tokens) {
        Set<String> constants = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i + 4 < tokens.size(); i++) {
                if (tokens.get(i).text.equals("final") && tokens.get(i + 1).text.equals("String")
                        && tokens.get(i + 2).kind == Kind.IDENT && tokens.get(i + 3).is("=")
                        && staticBefore(tokens, i) && !constants.contains(tokens.get(i + 2).text)) {
                    List<Token> value = expressionUntilSemicolon(tokens, i + 4);
                    boolean literal = !value.isEmpty() && value.stream().allMatch(t -> t.kind == Kind.STRING || t.is("+")
                            || t.is("(") || t.is(")") || t.kind == Kind.IDENT && constants.contains(t.text));
                    if (literal) {
                        constants.add(tokens.get(i + 2).text);
                        grew = true;
                    }
                }
            }
        }
        return constants;
    }

    private static boolean staticBefore(List<Token> tokens, int finalIndex) {
        for (int i = finalIndex - 1; i >= 0 && i >= finalIndex - 3; i--) {
            if (tokens.get(i).text.equals("static")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- tokens

    enum Kind { IDENT, STRING, OTHER }

    record Token(Kind kind, String text, int line) {
        boolean is(String punctuation) {
            return kind == Kind.OTHER && text.equals(punctuation);
        }
    }

    /** Java source to tokens, skipping comments and white space; literals (text blocks too) become one token. */
    static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < s.length() && !s.startsWith("\"\"\"", end)) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(s.length(), end + 3);
                tokens.add(new Token(Kind.STRING, s.substring(i, end), line));
                line += count(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(s.length(), end + 1);
                tokens.add(new Token(c == '"' ? Kind.STRING : Kind.OTHER, s.substring(i, end), line));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.IDENT, s.substring(i, end), line));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.' || s.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.OTHER, s.substring(i, end), line));
                i = end;
            } else {
                tokens.add(new Token(Kind.OTHER, String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int lineOf(String s, int offset) {
        return count(s, 0, offset) + 1;
    }

    private static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            String piece = t.kind == Kind.STRING && t.text.length() > 40 ? t.text.substring(0, 37) + "..." : t.text;
            b.append(b.length() == 0 ? "" : " ").append(piece.replace('\n', ' '));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- the tree

    /** Files under {@code root} whose names end with {@code suffix}, as paths relative to {@code project}. */
    static List<Path> files(Path project, Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().map(project::relativize).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
