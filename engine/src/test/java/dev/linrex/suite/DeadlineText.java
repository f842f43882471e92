package dev.linrex.suite;

/**
 * The JDK side's input: a CharSequence that throws {@link Expired} from {@code charAt} once its
 * deadline has passed. java.util.regex reads every char through {@code charAt}, so a catastrophic
 * backtrack stops within microseconds of the deadline instead of burning a core for hours (the
 * {@link Watchdog} thread alone could only abandon it). Only the oracle gets this wrapper; the
 * candidate is given the plain String. Public for the fuzz module, which gets it through
 * engine's test-jar.
 */
public final class DeadlineText implements CharSequence {
    /** Thrown through java.util.regex when time is up. */
    public static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super("deadline passed", null, false, false);
        }
    }

    private final String text;
    private final long deadlineNanos;
    private int countdown = 1 << 12;

    /** {@code text}, whose reads throw {@link Expired} once {@code millis} have passed. */
    public DeadlineText(String text, long millis) {
        this.text = text;
        this.deadlineNanos = System.nanoTime() + millis * 1_000_000L;
    }

    @Override
    public char charAt(int index) {
        if (--countdown == 0) {
            countdown = 1 << 12;
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new Expired();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
