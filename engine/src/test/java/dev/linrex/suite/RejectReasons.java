package dev.linrex.suite;

import java.util.Locale;

/** Sorts the constructs named by UnsupportedPatternException into report categories. */
final class RejectReasons {
    private RejectReasons() {}

    static String categorize(String construct) {
        if (construct == null || construct.isBlank()) {
            return "(unnamed)";
        }
        String c = construct.toLowerCase(Locale.ROOT);
        if (c.contains("repeated fixed-length group")) {
            return "in a repeated fixed-length group";
        }
        if (c.contains("backref") || c.matches(".*\\\\[1-9k].*")) {
            return "backreference";
        }
        if (c.contains("lookahead") || c.contains("lookbehind") || c.contains("lookaround")
                || c.contains("(?=") || c.contains("(?!") || c.contains("(?<=") || c.contains("(?<!")) {
            return "lookaround";
        }
        if (c.contains("possessive")) {
            return "possessive";
        }
        if (c.contains("atomic") || c.contains("(?>")) {
            return "atomic";
        }
        if (c.contains("\\g") || c.contains("previous match")) {
            return "\\G";
        }
        if (c.contains("canon")) {
            return "CANON_EQ";
        }
        if (c.contains("\\x{") || c.contains("grapheme") || c.contains("\\x")) {
            return "grapheme \\X";
        }
        if (c.contains("\\b{g}")) {
            return "grapheme \\b{g}";
        }
        if (c.contains("large") || c.contains("size") || c.contains("nest")) {
            return "too large";
        }
        String first = construct.strip().split("\\s+")[0];
        return first.length() <= 40 ? first : first.substring(0, 40);
    }
}
