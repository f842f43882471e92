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

    /**
     * The limits, in one shared immutable object: a scratch is made for every Matcher, and the
     * common setting (none, interruptible) then costs one reference instead of three fields.
     */
    private Limits limits = Limits.DEFAULT;

    /** {@code timeoutNanos}/{@code maxWork} negative: none. */
    private record Limits(long timeoutNanos, long maxWork, boolean interruptible) {
        static final Limits DEFAULT = new Limits(-1, -1, true);
        static final Limits UNINTERRUPTIBLE = new Limits(-1, -1, false);

        static Limits of(long timeoutNanos, long maxWork, boolean interruptible) {
            if (timeoutNanos < 0 && maxWork < 0) {
                return interruptible ? DEFAULT : UNINTERRUPTIBLE;
            }
            return new Limits(Math.max(timeoutNanos, -1), Math.max(maxWork, -1), interruptible);
        }
    }

    /** Units that may still be done before {@link #checkpoint()} must run; engines decrement it. */
    private long credit = CHECK_INTERVAL;
    /**
     * Work of the current search up to the last refill plus the credit handed out then: the work
     * so far is {@code base - credit} (one field for both keeps the per-Matcher scratch small).
     */
    private long base = CHECK_INTERVAL;
    private long deadline;

    /** Sets the limits for the following searches. {@code timeoutNanos}/{@code maxWork} negative: none. */
    public void configure(long timeoutNanos, long maxWork, boolean interruptible) {
        this.limits = Limits.of(timeoutNanos, maxWork, interruptible);
        refill(0);
    }

    /** Takes {@code other}'s limits for the following searches (a search nested in one of {@code other}'s). */
    void useLimitsOf(Budget other) {
        if (limits != other.limits) {
            limits = other.limits;
            refill(0);
        }
    }

    private boolean limited() {
        return limits.timeoutNanos >= 0 || limits.maxWork >= 0;
    }

    /**
     * A search starts: the deadline and the budget start again. With no deadline or budget the
     * countdown carries on from the last search, so interrupts are noticed every
     * {@link #CHECK_INTERVAL} units even across many short searches.
     */
    void begin() {
        Limits l = limits;
        if (l.timeoutNanos >= 0 || l.maxWork >= 0) {
            if (l.timeoutNanos >= 0) {
                deadline = System.nanoTime() + l.timeoutNanos;
            }
            refill(0);
        }
    }

    /** One unit of work. */
    void tick() {
        if (--credit < 0) {
            checkpoint();
        }
    }

    /** Units of work that can be charged before the next check of the limits (never negative). */
    long credit() {
        return credit;
    }

    /** {@code units} units of work. */
    void charge(long units) {
        if ((credit -= units) < 0) {
            checkpoint();
        }
    }

    /** Work done by the current search so far (exact at a checkpoint). */
    public long spent() {
        return base - credit;
    }

    /** Hands out the next credit after {@code spent} units of the current search. */
    private void refill(long spent) {
        long c;
        long maxWork = limits.maxWork;
        if (maxWork >= 0) {
            c = Math.min(CHECK_INTERVAL, maxWork - spent);
        } else {
            c = limited() || limits.interruptible ? CHECK_INTERVAL : UNCHECKED;
        }
        base = spent + c;
        credit = c;
    }

    /** The countdown ran out: account for the work and check every limit. */
    void checkpoint() {
        long timeoutNanos = limits.timeoutNanos;
        long maxWork = limits.maxWork;
        long spent = base - credit;
        base = spent;
        credit = 0;
        if (maxWork >= 0 && spent > maxWork) {
            throw new MatchAbortedException(Reason.WORK_LIMIT, spent,
                    "search stopped after " + spent + " work units (budget " + maxWork + ")");
        }
        if (limits.interruptible && Thread.currentThread().isInterrupted()) {
            throw new MatchAbortedException(Reason.INTERRUPTED, spent,
                    "search stopped after " + spent + " work units: thread interrupted");
        }
        if (timeoutNanos >= 0 && System.nanoTime() - deadline > 0) {
            throw new MatchAbortedException(Reason.TIMEOUT, spent,
                    "search stopped after " + spent + " work units: timeout " + timeoutNanos + " ns passed");
        }
        refill(spent);
    }
}
