package dev.linrex;

import java.util.Map;

/**
 * A replacement string ({@code "$1-${name}\\$"}) parsed once into a small program of literal
 * pieces and group references, shared by {@link Matcher#appendReplacement}, {@code replaceAll}
 * and {@code replaceFirst}.
 *
 * <p>The syntax and every error follow java.util.regex: {@code \x} is the character {@code x};
 * {@code $g} takes the first digit always and further digits while the number stays a valid group
 * number; {@code ${name}} takes ASCII letters and digits. The JDK reports an error only when it
 * expands the string for a match, and reports the first error in the string, so a parse that fails
 * is kept as a program whose only instruction is "throw this": nothing is appended, as on JDK 17.
 */
final class Replacement {
    /** The parsed string, to reuse a program for the same replacement. */
    final String source;

    /**
     * The program: a {@code String} is appended as is, an {@code Integer} is a group whose text
     * (if the group took part) is appended. Null when {@link #error} is set.
     */
    private final Object[] ops;

    /** The error the JDK would throw for this string and pattern; null when it is valid. */
    private final Error error;

    private enum Kind { ILLEGAL_ARGUMENT, NO_SUCH_GROUP }

    /** An error kept until the replacement is applied; a new exception is made for each throw. */
    private record Error(Kind kind, String message) {
        RuntimeException toException() {
            return kind == Kind.ILLEGAL_ARGUMENT
                    ? new IllegalArgumentException(message)
                    : new IndexOutOfBoundsException(message);
        }
    }

    /** Whether expanding reads any group but group 0. */
    private final boolean refersToGroups;

    private Replacement(String source, Object[] ops, Error error) {
        this.source = source;
        this.ops = ops;
        this.error = error;
        boolean groups = false;
        if (ops != null) {
            for (Object op : ops) {
                groups |= op instanceof Integer g && g > 0;
            }
        }
        this.refersToGroups = groups;
    }

    /** Whether expanding reads any group but group 0 (so a Matcher must compute its captures). */
    boolean refersToGroups() {
        return refersToGroups;
    }

    /** Throws the JDK's exception if this string is invalid for the pattern (before anything is appended). */
    void check() {
        if (error != null) {
            throw error.toException();
        }
    }

    /**
     * Parses {@code replacement} for a pattern with {@code groupCount} groups and the given names.
     *
     * @throws NullPointerException if {@code replacement} is null
     */
    static Replacement parse(String replacement, int groupCount, Map<String, Integer> names) {
        int n = replacement.length();
        java.util.List<Object> ops = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < n) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                i++;
                if (i == n) {
                    return failed(replacement, Kind.ILLEGAL_ARGUMENT, "character to be escaped is missing");
                }
                literal.append(replacement.charAt(i++));
            } else if (c != '$') {
                literal.append(c);
                i++;
            } else {
                i++;
                if (i == n) {
                    return failed(replacement, Kind.ILLEGAL_ARGUMENT,
                            "Illegal group reference: group index is missing");
                }
                int group;
                if (replacement.charAt(i) == '{') {
                    i++;
                    int begin = i;
                    while (i < n && isAsciiAlnum(replacement.charAt(i))) {
                        i++;
                    }
                    if (i == begin) {
                        return failed(replacement, Kind.ILLEGAL_ARGUMENT, "named capturing group has 0 length name");
                    }
                    if (i == n || replacement.charAt(i) != '}') {
                        return failed(replacement, Kind.ILLEGAL_ARGUMENT,
                                "named capturing group is missing trailing '}'");
                    }
                    String name = replacement.substring(begin, i);
                    i++;
                    if (isAsciiDigit(name.charAt(0))) {
                        return failed(replacement, Kind.ILLEGAL_ARGUMENT,
                                "capturing group name {" + name + "} starts with digit character");
                    }
                    Integer number = names.get(name);
                    if (number == null) {
                        return failed(replacement, Kind.ILLEGAL_ARGUMENT, "No group with name {" + name + "}");
                    }
                    group = number;
                } else {
                    char d = replacement.charAt(i);
                    if (!isAsciiDigit(d)) {
                        return failed(replacement, Kind.ILLEGAL_ARGUMENT, "Illegal group reference");
                    }
                    group = d - '0';
                    i++;
                    // Longest prefix of the digits that is still a group number of this pattern.
                    while (i < n && isAsciiDigit(replacement.charAt(i))) {
                        int longer = group * 10 + (replacement.charAt(i) - '0');
                        if (longer > groupCount) {
                            break;
                        }
                        group = longer;
                        i++;
                    }
                    if (group > groupCount) {
                        return failed(replacement, Kind.NO_SUCH_GROUP, "No group " + group);
                    }
                }
                if (literal.length() > 0) {
                    ops.add(literal.toString());
                    literal.setLength(0);
                }
                ops.add(group);
            }
        }
        if (literal.length() > 0) {
            ops.add(literal.toString());
        }
        return new Replacement(replacement, ops.toArray(), null);
    }

    private static Replacement failed(String source, Kind kind, String message) {
        return new Replacement(source, null, new Error(kind, message));
    }

    /**
     * Appends the expansion for a match: {@code groups} holds start/end pairs into {@code text},
     * -1 for a group that did not take part. Throws the JDK's exception, appending nothing, if the
     * string is invalid for this pattern.
     */
    void appendTo(StringBuilder out, CharSequence text, int[] groups) {
        check();
        for (Object op : ops) {
            if (op instanceof String s) {
                out.append(s);
            } else {
                int g = (Integer) op;
                int start = groups[2 * g];
                int end = groups[2 * g + 1];
                if (start != -1 && end != -1) {
                    out.append(text, start, end);
                }
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
