package dev.linrex.bench.workload;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report categories of issue 4 and how a workload falls into them. rebar rows carry tags;
 * SafeRE and ReDoS workloads are classified from their pattern and operation (a heuristic,
 * documented in benchmarks/README.md).
 */
public final class Categories {

    public static final String LITERAL = "literal";
    public static final String ALTERNATION = "alternation";
    public static final String CASE_INSENSITIVE = "case-insensitive";
    public static final String UNICODE = "unicode";
    public static final String CAPTURES = "captures";
    public static final String REPLACE = "replace";
    public static final String REAL_WORLD = "real-world";
    public static final String PATHOLOGICAL = "pathological";
    /** Patterns with a lookahead or lookbehind (RE2/J and SafeRE reject them all). */
    public static final String LOOKAROUND = "lookarounds";

    /** Report order. */
    public static final List<String> ALL = List.of(
            LITERAL, ALTERNATION, CASE_INSENSITIVE, UNICODE, CAPTURES, REPLACE, REAL_WORLD, PATHOLOGICAL, LOOKAROUND);

    private Categories() {
    }

    /** Maps rebar's tags ("literal;case-insensitive;unicode") to report categories. */
    static Set<String> fromRebarTags(String tags, Operation op) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags.split(";")) {
            switch (t) {
                case "literal" -> out.add(LITERAL);
                case "literal-alternation", "dictionary", "big-alternation" -> out.add(ALTERNATION);
                case "case-insensitive" -> out.add(CASE_INSENSITIVE);
                case "unicode", "unicode-class" -> out.add(UNICODE);
                case "captures" -> out.add(CAPTURES);
                case "real-world", "regex-redux" -> out.add(REAL_WORLD);
                case "redos", "quadratic", "dfa-stress" -> out.add(PATHOLOGICAL);
                default -> { }
            }
        }
        if (op == Operation.REGEX_REDUX) {
            out.add(REPLACE);
        }
        return out;
    }

    /** Classifies a pattern/operation pair by what it visibly contains. */
    static Set<String> classify(String regex, int flags, Operation op) {
        Set<String> out = new LinkedHashSet<>();
        if (isLiteral(regex)) {
            out.add(LITERAL);
        }
        if (hasTopLevelishAlternation(regex)) {
            out.add(ALTERNATION);
        }
        if ((flags & java.util.regex.Pattern.CASE_INSENSITIVE) != 0 || regex.contains("(?i") || regex.matches("(?s).*\\(\\?[a-z]*i.*")) {
            out.add(CASE_INSENSITIVE);
        }
        if (regex.chars().anyMatch(c -> c > 0x7f) || regex.contains("\\p") || regex.contains("\\x{")) {
            out.add(UNICODE);
        }
        if (regex.contains("(?=") || regex.contains("(?!") || regex.contains("(?<=") || regex.contains("(?<!")) {
            out.add(LOOKAROUND);
        }
        switch (op) {
            case CAPTURE_GROUPS, MATCHES_GROUP_LENGTH_SUM, FIND_ALL_GROUP_LENGTH_SUM, FIND_GROUP,
                    FIND_GROUP_PRESENT, COUNT_CAPTURES, GREP_CAPTURES -> out.add(CAPTURES);
            case REPLACE_ALL, REPLACE_FIRST -> out.add(REPLACE);
            default -> { }
        }
        return out;
    }

    private static boolean isLiteral(String regex) {
        String body = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        for (int i = 0; i < body.length(); i++) {
            if ("\\.+*?()|[]{}^$".indexOf(body.charAt(i)) >= 0) {
                return false;
            }
        }
        return !body.isEmpty();
    }

    private static boolean hasTopLevelishAlternation(String regex) {
        int depthClass = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depthClass++;
            } else if (c == ']' && depthClass > 0) {
                depthClass--;
            } else if (c == '|' && depthClass == 0) {
                return true;
            }
        }
        return false;
    }
}
