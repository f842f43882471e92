package dev.linrex.bench.check;

/**
 * A CharSequence that throws once cancelled: java.util.regex reads its input through charAt,
 * so a runaway backtracking match ends at its next read instead of burning a core for hours
 * (Thread.stop is gone). Used only by checks, never by measurements.
 */
final class CancellableText implements CharSequence {

    /** Thrown from charAt after {@link Flag#cancel()}. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled by the watchdog", null, false, false);
        }
    }

    /** Shared by all views of one input. */
    static final class Flag {
        private volatile boolean cancelled;

        void cancel() {
            cancelled = true;
        }
    }

    private final CharSequence text;
    private final int offset;
    private final int length;
    private final Flag flag;

    CancellableText(CharSequence text, Flag flag) {
        this(text, 0, text.length(), flag);
    }

    private CancellableText(CharSequence text, int offset, int length, Flag flag) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.flag = flag;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (flag.cancelled) {
            throw new Cancelled();
        }
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
        }
        return new CancellableText(text, offset + start, end - start, flag);
    }

    @Override
    public String toString() {
        return text.subSequence(offset, offset + length).toString();
    }
}
