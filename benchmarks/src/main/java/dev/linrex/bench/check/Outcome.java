package dev.linrex.bench.check;

/**
 * What one engine answered for one workload.
 *
 * @param kind   how it ended
 * @param value  the result (when {@code kind == VALUE})
 * @param detail exception class and message, or the limit that was exceeded
 * @param millis wall time of the check run
 */
public record Outcome(Kind kind, Object value, String detail, long millis) {

    public enum Kind {
        /** Answered in time. */
        VALUE,
        /** The engine refused the pattern at compile time (expected for linrex on backreferences…). */
        UNSUPPORTED,
        /** Ran past the watchdog's limit and was cut off. */
        LIMIT,
        /** Threw while matching (StackOverflowError for the JDK on deep inputs…). */
        ERROR
    }

    public boolean answered() {
        return kind == Kind.VALUE;
    }

    /** A short printable form of the value: numbers and booleans as is, strings by length and hash. */
    public static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return s.length() <= 40 && s.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                    ? "\"" + s + "\""
                    : "string(length=" + s.length() + ", hash=" + Integer.toHexString(s.hashCode()) + ")";
        }
        return String.valueOf(v);
    }
}
