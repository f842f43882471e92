package dev.linrex.exec;

/**
 * The self-loops of a {@link OnePass} table: per state, the one cell that leaves the thread in
 * that state with no action ({@code [0-9]} in {@code [0-9]+}), when skipping a run of such units
 * cannot change the answer. In the one-pass scan each unit's table read waits for the previous
 * one (the state is the row); inside a run of a self-loop the row is fixed, so a tight loop can
 * read ahead while the cell stays the same, which is what makes short matches of repeated
 * classes cheap.
 *
 * <p>Skipping is safe when the state has no MATCH (nothing happens at the skipped positions), or
 * when its MATCH checks no assertion and does not outrank the thread going on: the match at each
 * skipped position would only be kept as a candidate, which the next position the scan looks at
 * (still in this state, with the same match) replaces.
 */
final class SelfLoops {
    /** No usable self-loop in the state (never a cell: cells are -1 or non-negative). */
    static final int NO_LOOP = Integer.MIN_VALUE;

    private SelfLoops() {
    }

    /**
     * The end of the run of units from {@code from} (before {@code end}) whose cell in the row at
     * {@code rowStart} is {@code loop}. Charges {@code budget} one unit per unit, in bulk: a
     * store per unit into the budget would cost more than the table read, so the loop runs up to
     * the budget's credit and the unit past it ticks, which checks the limits exactly where a
     * unit-at-a-time scan would. A String is read directly (this loop is where a short match of a
     * repeated class spends its time).
     */
    static int skip(String text, int from, int end, int[] table, int rowStart, int loop, char[] latin1,
                    UnitClasses classes, Budget budget) {
        if (from == end) {
            return from;
        }
        char u = text.charAt(from);
        if (table[rowStart + (u < 256 ? latin1[u] : classes.classOf(u))] != loop) {
            return from; // an empty run (the loop entered with its last unit): no budget work
        }
        int p = from;
        while (p < end) {
            int start = p;
            int stop = (int) Math.min(end, p + budget.credit());
            while (p < stop) {
                char d = text.charAt(p);
                if (table[rowStart + (d < 256 ? latin1[d] : classes.classOf(d))] != loop) {
                    break;
                }
                p++;
            }
            budget.charge(p - start);
            if (p < stop || p == end) {
                break;
            }
            char d = text.charAt(p); // the credit is spent: the next unit of the run checks the limits
            if (table[rowStart + (d < 256 ? latin1[d] : classes.classOf(d))] != loop) {
                break;
            }
            budget.tick();
            p++;
        }
        return p;
    }

    /** {@link #skip(String, int, int, int[], int, int, char[], UnitClasses, Budget)} for other text, a unit at a time. */
    static int skip(CharSequence text, int from, int end, int[] table, int rowStart, int loop, char[] latin1,
                    UnitClasses classes, Budget budget) {
        int p = from;
        while (p < end) {
            char d = text.charAt(p);
            if (table[rowStart + (d < 256 ? latin1[d] : classes.classOf(d))] != loop) {
                break;
            }
            budget.tick();
            p++;
        }
        return p;
    }

    /**
     * Per state, its usable self-loop cell or {@link #NO_LOOP}. {@code table} holds
     * {@code states x classCount} cells as {@link OnePass} lays them out; {@code matchActions}
     * the offset of each state's MATCH action list in {@code actions} or -1; {@code matchFirst}
     * and {@code stateMask} the cell's bits.
     */
    static int[] cells(int[] table, int[] matchActions, int[] actions, int classCount, int matchFirst,
                       int stateMask) {
        int states = matchActions.length;
        int[] loops = new int[states];
        for (int s = 0; s < states; s++) {
            loops[s] = NO_LOOP;
            int m = matchActions[s];
            if (m >= 0 && actions[m] > 0) {
                continue; // the match checks assertions: whether it holds differs from unit to unit
            }
            for (int k = 0; k < classCount; k++) {
                int cell = table[s * classCount + k];
                if (cell >= 0 && (cell & stateMask) == s && cell >>> 16 == 0
                        && (m < 0 || (cell & matchFirst) == 0)) {
                    loops[s] = cell;
                    break;
                }
            }
        }
        return loops;
    }
}
