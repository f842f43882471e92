package dev.linrex.exec;

/**
 * Whether a long <em>anchored</em> search whose groups are wanted runs on the {@link Backtracker}
 * alone (one pass gives the match and its groups) instead of the forward DFA for the match end
 * followed by a captures pass over the match: a grep that reads the groups of each line of
 * {@code ^(\S+ \S+) ([DIWEF])\d: ... \{([^}]*)\}$} then reads each line once, not twice. Taken
 * while the backtracker stays cheap per unit ({@link #MAX_STEPS_PER_UNIT} steps on average, where
 * the DFA pass costs about one step per unit and the captures pass as much as the backtracker
 * would); a pattern whose direct searches prove costlier goes back to the DFAs for good. The
 * work stays linear either way: the backtracker's visited set bounds it by program size times
 * region length, and {@link Backtracker#fits} bounds that.
 *
 * <p>Shared by every thread using the pattern, with plain fields, like {@link ShortSearchPolicy}:
 * a lost update only delays a choice between two engines that give the same answer.
 */
final class DirectCaptures {
    /** Average backtracker steps per unit of region above which direct searches stop. */
    static final int MAX_STEPS_PER_UNIT = 4;
    /** Units of direct searches after which their cost is judged (a few lines of a grep). */
    static final int JUDGE_AFTER_UNITS = 2048;

    private long steps;
    private long units;
    private boolean costly;

    /**
     * Whether a long anchored search should run directly on the backtracker: it wants groups
     * ({@code slotCount > 2}, and they are not to be deferred or callers usually ask for deferred
     * ones) and direct searches of this pattern have not proved costly.
     */
    boolean wanted(int slotCount, boolean deferGroups, ShortSearchPolicy demand) {
        return slotCount > 2 && !costly && (!deferGroups || demand.capturesWanted());
    }

    /** A direct search took {@code took} backtracker steps over a region of {@code regionUnits}. */
    void note(long took, long regionUnits) {
        long s = steps + took;
        long u = units + regionUnits;
        if (u >= JUDGE_AFTER_UNITS && s > MAX_STEPS_PER_UNIT * u) {
            costly = true;
        }
        if (u > Integer.MAX_VALUE) { // keep an average, not an ever-growing sum
            s >>= 1;
            u >>= 1;
        }
        steps = s;
        units = u;
    }

    /** Whether direct searches stopped (tests). */
    boolean costly() {
        return costly;
    }
}
