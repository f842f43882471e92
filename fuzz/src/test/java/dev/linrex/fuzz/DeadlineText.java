package dev.linrex.fuzz;

/**
 * The input as java.util.regex sees it: a CharSequence that throws {@link Expired} once a
 * deadline has passed, so a backtracking blow-up in the oracle ends the trial instead of hanging
 * the run (java.util.regex ignores interrupts, but it reads every character through charAt).
 */
final class DeadlineText implements CharSequence {
    /** Thrown from charAt once the deadline has passed. */
    static final class Expired extends RuntimeException {
        Expired() {
            super("java.util.regex ran past its deadline", null, false, false);
        }
    }

    private final String text;
    private final long deadline;
    private int reads;

    DeadlineText(String text, long millis) {
        this.text = text;
        this.deadline = System.nanoTime() + millis * 1_000_000L;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xfff) == 0 && System.nanoTime() > deadline) {
            throw new Expired();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
