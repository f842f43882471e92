package dev.linrex.exec;

import dev.linrex.MatchAbortedException;
import dev.linrex.MatchAbortedException.Reason;
import dev.linrex.MatchLimits;

/**
 * The per-search checker of {@link MatchLimits}: a work countdown that engines decrement in their
 * loops ({@link #tick()} per unit read, {@link #charge(long)} per batch of work), and a
 * {@link #checkpoint()} that runs only when the countdown runs out, every
 * {@link MatchLimits#CHECK_INTERVAL} units: there it adds up the work, reads the interrupt flag
 * and the clock, and throws {@link MatchAbortedException} when a limit is passed.
 *
 * <p>Without limits a search costs one decrement per unit; with interrupts ignored as well the
 * countdown is so large that the checkpoint never runs. Every engine's main loop must tick (a
 * loop that reads input without ticking cannot be stopped).
 *
 * <p>Owned by one {@link Strategy.Scratch} and shared by its engines' scratch spaces; never used
 * by two threads.
 */
public sealed class Budget permits Strategy.Scratch {
    static final int CHECK_INTERVAL = MatchLimits.CHECK_INTERVAL;
    /** Credit when nothing needs checking: more work than any search can do. */
    private static final long UNCHECKED = Long.MAX_VALUE / 4;

    /** Negative: no deadline. */
    private long timeoutNanos = -1;
    /** Negative: no work budget. */
    private long maxWork = -1;
    private boolean interruptible = true;

    /** Units that may still be done before {@link #checkpoint()} must run; engines decrement it. */
    private long credit = CHECK_INTERVAL;
    /** The credit handed out at the last refill. */
    private long granted = CHECK_INTERVAL;
    /** Work of the current search up to the last refill. */
    private long spent;
    private long deadline;

    /** Sets the limits for the following searches. {@code timeoutNanos}/{@code maxWork} negative: none. */
    public void configure(long timeoutNanos, long maxWork, boolean interruptible) {
        this.timeoutNanos = timeoutNanos;
        this.maxWork = maxWork;
        this.interruptible = interruptible;
        spent = 0;
        refill();
    }

    private boolean limited() {
        return timeoutNanos >= 0 || maxWork >= 0;
    }

    /**
     * A search starts: the deadline and the budget start again. With no deadline or budget the
     * countdown carries on from the last search, so interrupts are noticed every
     * {@link #CHECK_INTERVAL} units even across many short searches.
     */
    void begin() {
        if (limited()) {
            spent = 0;
            if (timeoutNanos >= 0) {
                deadline = System.nanoTime() + timeoutNanos;
            }
            refill();
        }
    }

    /** One unit of work. */
    void tick() {
        if (--credit < 0) {
            checkpoint();
        }
    }

    /** {@code units} units of work. */
    void charge(long units) {
        if ((credit -= units) < 0) {
            checkpoint();
        }
    }

    /** Work done by the current search so far (exact at a checkpoint). */
    public long spent() {
        return spent + granted - credit;
    }

    private void refill() {
        long c;
        if (maxWork >= 0) {
            c = Math.min(CHECK_INTERVAL, maxWork - spent);
        } else {
            c = limited() || interruptible ? CHECK_INTERVAL : UNCHECKED;
        }
        granted = c;
        credit = c;
    }

    /** The countdown ran out: account for the work and check every limit. */
    void checkpoint() {
        spent += granted - credit;
        granted = 0;
        credit = 0;
        if (maxWork >= 0 && spent > maxWork) {
            throw new MatchAbortedException(Reason.WORK_LIMIT, spent,
                    "search stopped after " + spent + " work units (budget " + maxWork + ")");
        }
        if (interruptible && Thread.currentThread().isInterrupted()) {
            throw new MatchAbortedException(Reason.INTERRUPTED, spent,
                    "search stopped after " + spent + " work units: thread interrupted");
        }
        if (timeoutNanos >= 0 && System.nanoTime() - deadline > 0) {
            throw new MatchAbortedException(Reason.TIMEOUT, spent,
                    "search stopped after " + spent + " work units: timeout " + timeoutNanos + " ns passed");
        }
        refill();
    }
}
