package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;

/**
 * What {@link LookStarScan} and {@link LookRunScan} share: a question is answered from the last
 * interval scanned (one rule gives the answer at all its positions), a question outside it
 * scans a new interval, and the work is bounded like {@link LookProbes}' (a few times the
 * input's length); past the bound {@link #holds} answers -1 and the caller builds the table.
 */
abstract class IntervalLookScan implements LookShortcut {
    final Lookaround look;
    final SearchInput in;
    final LookTables tables;
    /** The positions a question may be about: the region (outside it the body cannot match). */
    final int lo;
    final int hi;
    private final long maxWork;
    private long work;
    /** The remembered interval {@code [from, to]}; {@code from < 0}: none yet. */
    int from = -1;
    int to;

    IntervalLookScan(Lookaround look, SearchInput in, LookTables tables) {
        this.look = look;
        this.in = in;
        this.tables = tables;
        this.lo = in.regionStart;
        this.hi = in.regionEnd;
        this.maxWork = LookProbes.WORK_PER_UNIT * (long) (hi - lo + 1) + LookProbes.BASE_WORK;
    }

    @Override
    public final int holds(int pos) {
        if (pos < lo || pos > hi) {
            return look.negated ? 1 : 0; // outside what the body may read: it cannot match
        }
        if (from < 0 || pos < from || pos > to) {
            if (work > maxWork) {
                return -1;
            }
            scan(pos);
        }
        return matches(pos) != look.negated ? 1 : 0;
    }

    /** Sets {@code [from, to]} to an interval that holds {@code pos}, paying for it with {@link #charge}. */
    abstract void scan(int pos);

    /** Whether the body matches at {@code pos}, a position of the interval. */
    abstract boolean matches(int pos);

    /** Counts a scan's steps against the bound, the tables' step count and the search's budget. */
    final void charge(long steps) {
        work += steps;
        tables.steps += steps;
        tables.budget.charge(steps); // may abort; the Matcher then drops these tables
    }
}
