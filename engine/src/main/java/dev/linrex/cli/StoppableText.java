package dev.linrex.cli;

/**
 * A string that can be told to fail its next read: how a runaway java.util.regex search on
 * another thread is stopped without Thread.stop.
 */
final class StoppableText implements CharSequence {
    /** Thrown from charAt once stopped; unwinds the regex engine. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final String text;
    private volatile boolean stopped;

    StoppableText(String text) {
        this.text = text;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public char charAt(int index) {
        if (stopped) {
            throw new Stopped();
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
