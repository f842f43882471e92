package dev.linrex;

/**
 * Thrown by a search (any {@link Matcher} method that matches: {@code find}, {@code matches},
 * {@code lookingAt}, {@code replaceAll}, {@code split}, {@code results}, and {@code hitEnd} or
 * {@code requireEnd} when they must run a search) that stopped before finishing because of its
 * {@link MatchLimits}: the deadline passed, the work budget ran out, or the thread was
 * interrupted.
 *
 * <p>After it is thrown the Matcher has no match ({@code group()} throws
 * {@link IllegalStateException}, {@code hitEnd()} and {@code requireEnd()} are false); the next
 * {@code find()} repeats the aborted search, and {@code reset()} starts over. The Pattern and its
 * shared caches are unaffected: every other Matcher, on any thread, gets the results a fresh
 * Pattern gives. On {@link Reason#INTERRUPTED} the thread's interrupt flag stays set.
 *
 * <p>java.util.regex never throws this; a program that sets no limits and does not interrupt
 * matching threads never sees it.
 */
public class MatchAbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a search stopped. */
    public enum Reason {
        /** The search ran past its {@link MatchLimits#timeout() deadline}. */
        TIMEOUT,
        /** The search did more work than its {@link MatchLimits#workBudget() budget}. */
        WORK_LIMIT,
        /** The searching thread was interrupted ({@link Thread#interrupt()}). */
        INTERRUPTED
    }

    private final Reason reason;
    private final long work;

    /**
     * @param reason why the search stopped
     * @param work the work units the search had done when it stopped
     * @param message a description for logs
     */
    public MatchAbortedException(Reason reason, long work, String message) {
        super(message);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
        this.work = work;
    }

    /** Why the search stopped. */
    public Reason reason() {
        return reason;
    }

    /** The work units (see {@link MatchLimits}) the search had done when it stopped. */
    public long work() {
        return work;
    }
}
