package dev.linrex;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Bounds on one search: a deadline, a work budget, and whether {@link Thread#interrupt()} stops
 * it. Exceeding a bound throws {@link MatchAbortedException} with the matching
 * {@link MatchAbortedException.Reason}. Immutable.
 *
 * <p><b>What is bounded.</b> Each search separately: every {@code find()}, {@code matches()},
 * {@code lookingAt()}, and each search inside {@code replaceAll}, {@code split} or
 * {@code results()} starts with the full deadline and budget. Work is counted in <em>units</em>:
 * one per character a DFA reads, one per NFA instruction a Pike VM or DFA construction visits.
 * A search's work is at most about (program size + 1) × (characters searched) units, so a budget
 * bounds time on any input, hostile or not.
 *
 * <p><b>How cheaply.</b> Engines count work with a decrement and consult the clock and the
 * interrupt flag only every {@value #CHECK_INTERVAL} units, so a search may run up to that much
 * work past a deadline or an interrupt (microseconds) before it stops; the work budget is exact
 * to the unit for DFA scans and to one input position for the Pike VM.
 *
 * <p><b>Defaults.</b> {@link #NONE}: no deadline, no work budget, interrupts honoured. A
 * {@link Pattern} compiled with {@link Pattern#compile(String, int, MatchLimits)} or derived with
 * {@link Pattern#withLimits} hands its limits to each new Matcher; {@link Matcher#useLimits}
 * overrides them for one Matcher.
 */
public final class MatchLimits implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** How many work units pass between two checks of the clock and the interrupt flag. */
    public static final int CHECK_INTERVAL = 4096;

    /** No deadline, no work budget; {@link Thread#interrupt()} stops a search (the default). */
    public static final MatchLimits NONE = new MatchLimits(null, -1, true);

    /** Null: no deadline. */
    private final Duration timeout;
    /** Negative: no budget. */
    private final long workBudget;
    private final boolean interruptible;

    private MatchLimits(Duration timeout, long workBudget, boolean interruptible) {
        this.timeout = timeout;
        this.workBudget = workBudget;
        this.interruptible = interruptible;
    }

    /** {@link #NONE} with a deadline {@code timeout} after each search starts. */
    public static MatchLimits ofTimeout(Duration timeout) {
        return NONE.withTimeout(timeout);
    }

    /** {@link #NONE} with a budget of {@code units} work units per search. */
    public static MatchLimits ofWorkBudget(long units) {
        return NONE.withWorkBudget(units);
    }

    /**
     * These limits with a deadline {@code timeout} after each search starts (zero: any search
     * longer than {@value #CHECK_INTERVAL} units times out).
     *
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public MatchLimits withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("negative timeout: " + timeout);
        }
        return new MatchLimits(timeout, workBudget, interruptible);
    }

    /** These limits without a deadline. */
    public MatchLimits withoutTimeout() {
        return new MatchLimits(null, workBudget, interruptible);
    }

    /**
     * These limits with a budget of {@code units} work units per search.
     *
     * @throws IllegalArgumentException if {@code units} is negative
     */
    public MatchLimits withWorkBudget(long units) {
        if (units < 0) {
            throw new IllegalArgumentException("negative work budget: " + units);
        }
        return new MatchLimits(timeout, units, interruptible);
    }

    /** These limits without a work budget. */
    public MatchLimits withoutWorkBudget() {
        return new MatchLimits(timeout, -1, interruptible);
    }

    /** These limits, with {@link Thread#interrupt()} stopping a search or not. */
    public MatchLimits withInterruptible(boolean interruptible) {
        return new MatchLimits(timeout, workBudget, interruptible);
    }

    /** The time each search may take, if bounded. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The work units each search may do, if bounded. */
    public OptionalLong workBudget() {
        return workBudget < 0 ? OptionalLong.empty() : OptionalLong.of(workBudget);
    }

    /** Whether interrupting the searching thread stops a search. */
    public boolean interruptible() {
        return interruptible;
    }

    /** The deadline in nanoseconds (saturated at {@code Long.MAX_VALUE}), or -1 for none. */
    long timeoutNanos() {
        if (timeout == null) {
            return -1;
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The work budget, or -1 for none. */
    long workUnits() {
        return workBudget;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchLimits l && Objects.equals(l.timeout, timeout) && l.workBudget == workBudget
                && l.interruptible == interruptible;
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, workBudget, interruptible);
    }

    @Override
    public String toString() {
        return "MatchLimits[timeout=" + (timeout == null ? "none" : timeout)
                + ", workBudget=" + (workBudget < 0 ? "none" : Long.toString(workBudget))
                + ", interruptible=" + interruptible + "]";
    }
}
