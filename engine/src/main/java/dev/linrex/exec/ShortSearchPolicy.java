package dev.linrex.exec;

/**
 * What a pattern's short searches (those the {@link Backtracker} alone could answer) have cost
 * and needed so far, from which {@link Strategy} decides whether they run on the lazy DFAs
 * instead. Two observations, both cheap to keep:
 * <ul>
 *   <li><b>work</b>: the backtracker's steps on short searches. Building the DFAs costs about
 *       as much as some tens of backtracker steps per instruction of the program; once the
 *       backtracker has spent about that much (rent paid up to the price of buying), the pattern
 *       is evidently used often and a warm DFA repays its building. A pattern used once on a short text never builds them.</li>
 *   <li><b>capture demand</b>: whether callers ask for the groups of matches whose groups were
 *       deferred. If they usually do, the backtracker, which finds the match and its groups in
 *       one pass, is cheaper than a DFA pass followed by a captures pass, unless it is
 *       <b>costly</b>: it took more than {@link #COSTLY_STEPS_PER_UNIT} steps per unit searched
 *       (a large program tried at every start, such as {@code (\p{L}{14})|...|(\p{L}{5})}),
 *       where the DFAs take about one step per unit and the captures pass runs on the matches
 *       only; or it took more than {@link #SCAN_STEPS_PER_UNIT} steps per unit while under a
 *       quarter of the units searched were inside matches ({@code \b(?:(\w{6})|(\w{5}))\b}
 *       over lines of words: a run per word, most of them failing), where the DFAs pass the text
 *       between matches at a fraction of a backtracker step per unit.</li>
 * </ul>
 * Shared by every thread using the pattern, with plain fields: a lost or stale update only
 * delays a choice between two engines that give the same answer, so no synchronisation is
 * needed (and none is paid on the hot path).
 */
final class ShortSearchPolicy {
    /** Backtracker steps per program instruction after which the DFAs are worth building. */
    static final int WARM_STEPS_PER_INSTRUCTION = 16;
    /** ... and at least this many steps (tiny programs: the DFAs' fixed setup cost). */
    static final int WARM_STEPS_MIN = 4096;
    /** Capture demand at or above which short searches with groups stay on the backtracker. */
    static final int CAPTURES_WANTED = 8;
    private static final int DEMAND_CAP = 16;
    /** Backtracker steps per unit searched above which it is costly even for searches that want groups. */
    static final int COSTLY_STEPS_PER_UNIT = 8;
    /** Backtracker steps per unit above which it is costly when matches cover under 1/{@link #SPARSE_MATCHES} of the units. */
    static final int SCAN_STEPS_PER_UNIT = 2;
    static final int SPARSE_MATCHES = 4;

    /** Backtracker steps on short searches, saturating at {@link Integer#MAX_VALUE}. */
    private int work;
    /** Units the short searches counted in {@link #work} searched, saturating likewise. */
    private int units;
    /** Of those, the units inside the matches found, saturating likewise. */
    private int matched;
    private boolean warm;
    /** A DFA gave up on a short search (its cache thrashes): short searches stay on the backtracker. */
    private boolean dfaUnfit;
    /** Goes up by 2 per deferred captures computation, down by 1 per deferral; in [0, DEMAND_CAP]. */
    private int demand;

    /** The backtracker did {@code steps} steps on a short search (of units not counted). */
    void note(long steps) {
        note(steps, 0);
    }

    /** The backtracker did {@code steps} steps on a short search of {@code searched} units. */
    void note(long steps, long searched) {
        note(steps, searched, 0);
    }

    /** As {@link #note(long, long)}, the match found (if any) covering {@code inMatch} of the units. */
    void note(long steps, long searched, long inMatch) {
        if (!warm) {
            long w = work + steps;
            work = (int) Math.min(w, Integer.MAX_VALUE);
            long u = units + searched;
            units = (int) Math.min(u, Integer.MAX_VALUE);
            long m = matched + inMatch;
            matched = (int) Math.min(m, Integer.MAX_VALUE);
        }
    }

    /**
     * Whether short searches of a program of {@code size} instructions should use the DFAs now
     * ({@link #warm}) and the backtracker was costly on them (see the class comment): then even
     * searches that want their groups run on the DFAs, with the groups computed on each match's
     * span.
     */
    boolean costly(int size) {
        return units > 0 && (work / units > COSTLY_STEPS_PER_UNIT
                || work > (long) SCAN_STEPS_PER_UNIT * units && (long) SPARSE_MATCHES * matched < units) && warm(size);
    }

    /** Whether short searches of a program of {@code size} instructions should use the DFAs now. */
    boolean warm(int size) {
        if (warm) {
            return !dfaUnfit;
        }
        if (work >= Math.max(WARM_STEPS_MIN, (long) WARM_STEPS_PER_INSTRUCTION * size)) {
            warm = true;
            return !dfaUnfit;
        }
        return false;
    }

    /** The DFAs gave up on a short search. */
    void dfaGaveUp() {
        dfaUnfit = true;
    }

    boolean dfaUnfit() {
        return dfaUnfit;
    }

    /** A match's groups were left for later. */
    void capturesDeferred() {
        int d = demand;
        if (d > 0) {
            demand = d - 1;
        }
    }

    /** A caller asked for the groups of a match whose groups were deferred. */
    void capturesAsked() {
        demand = Math.min(demand + 2, DEMAND_CAP);
    }

    /** Whether callers usually ask for deferred groups. */
    boolean capturesWanted() {
        return demand >= CAPTURES_WANTED;
    }
}
