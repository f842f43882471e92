package dev.linrex.suite;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Printing helpers: Java-literal strings (paste-able into a test), flag names, match spans. */
public final class Fmt {
    private Fmt() {}

    private static final int[] FLAG_VALUES = {
        Pattern.UNIX_LINES, Pattern.CASE_INSENSITIVE, Pattern.COMMENTS, Pattern.MULTILINE,
        Pattern.LITERAL, Pattern.DOTALL, Pattern.UNICODE_CASE, Pattern.CANON_EQ,
        Pattern.UNICODE_CHARACTER_CLASS
    };
    private static final String[] FLAG_NAMES = {
        "UNIX_LINES", "CASE_INSENSITIVE", "COMMENTS", "MULTILINE", "LITERAL", "DOTALL",
        "UNICODE_CASE", "CANON_EQ", "UNICODE_CHARACTER_CLASS"
    };

    /** {@code "CASE_INSENSITIVE|MULTILINE"}, or {@code "0"}. */
    public static String flags(int flags) {
        if (flags == 0) {
            return "0";
        }
        StringJoiner j = new StringJoiner("|");
        int rest = flags;
        for (int i = 0; i < FLAG_VALUES.length; i++) {
            if ((flags & FLAG_VALUES[i]) != 0) {
                j.add(FLAG_NAMES[i]);
                rest &= ~FLAG_VALUES[i];
            }
        }
        if (rest != 0) {
            j.add("0x" + Integer.toHexString(rest));
        }
        return j.toString();
    }

    /** A Java string literal; printable ASCII stays, everything else is escaped. */
    public static String quote(CharSequence s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** {@link #quote}, cut to about {@code max} chars with a note of the full length. */
    public static String quote(CharSequence s, int max) {
        if (s == null || s.length() <= max) {
            return quote(s);
        }
        return quote(s.subSequence(0, max)) + "...(" + s.length() + " chars)";
    }

    /** One match: {@code [0,2 g1=0,1 g2=-]}. */
    public static String spans(int[] s) {
        if (s == null) {
            return "no match";
        }
        StringBuilder b = new StringBuilder().append('[').append(s[0]).append(',').append(s[1]);
        for (int g = 1; 2 * g < s.length; g++) {
            b.append(" g").append(g).append('=');
            if (s[2 * g] < 0) {
                b.append('-');
            } else {
                b.append(s[2 * g]).append(',').append(s[2 * g + 1]);
            }
        }
        return b.append(']').toString();
    }

    /** All matches of a find loop, {@code (none)} when empty. */
    public static String spans(List<int[]> all) {
        if (all.isEmpty()) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder();
        for (int[] s : all) {
            b.append(spans(s));
        }
        return b.toString();
    }

    public static String strings(String[] parts) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (String p : parts) {
            j.add(quote(p));
        }
        return j.toString();
    }
}
