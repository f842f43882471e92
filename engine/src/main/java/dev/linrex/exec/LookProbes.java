package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;

/**
 * Answers lookaround questions one position at a time ({@link LookaheadProbe},
 * {@link LookbehindProbe}) while they are few, instead of building the lookaround's table. A
 * search that skips most of the input asks about few positions, and a table pass would cost
 * O(input x body) for them. Each lookaround's probes may do work up to a few times the length of
 * its input; past that its table is built and answers from then on, so the total stays
 * O(input x body) whatever the questions.
 */
final class LookProbes {
    /** Probe work allowed per lookaround: this many steps per unit of its input, plus {@link #BASE_WORK}. */
    static final int WORK_PER_UNIT = 4;
    static final int BASE_WORK = 1024;
    /** Longest lookbehind window probed (longer ones are scanned by the table). */
    static final int MAX_BEHIND_WINDOW = 64;

    private final LookTables tables;
    private final LookScan[] probes;
    private final long[] work;
    private final boolean[] off;
    /** Per lookaround, the last position asked and its answer (a search often asks twice). */
    private final int[] lastPos;
    private final boolean[] lastAnswer;

    LookProbes(LookTables tables, int lookCount) {
        this.tables = tables;
        this.probes = new LookScan[lookCount];
        this.work = new long[lookCount];
        this.off = new boolean[lookCount];
        this.lastPos = new int[lookCount];
        this.lastAnswer = new boolean[lookCount];
        java.util.Arrays.fill(lastPos, -1);
    }

    /** 1 or 0: whether {@code l} holds at {@code pos}; -1: use the table. */
    int holds(Lookaround l, int pos) {
        int id = l.id;
        if (off[id]) {
            return -1;
        }
        if (lastPos[id] == pos) {
            return lastAnswer[id] ? 1 : 0;
        }
        LookScan p = probes[id];
        if (p == null) {
            if (!l.behind) {
                p = new LookaheadProbe(l, tables.inputFor(l), tables);
            } else if (LookbehindProbe.applies(l, MAX_BEHIND_WINDOW)) {
                p = new LookbehindProbe(l, tables.inputFor(l), tables);
            } else {
                off[id] = true;
                return -1;
            }
            probes[id] = p;
        }
        long before = tables.steps;
        boolean r = p instanceof LookaheadProbe a ? a.holds(pos) : ((LookbehindProbe) p).holds(pos);
        work[id] += tables.steps - before;
        SearchInput in = p.in;
        if (work[id] > WORK_PER_UNIT * (long) (in.regionEnd - in.regionStart + 1) + BASE_WORK) {
            off[id] = true; // questions are not few: the table answers from now on
            probes[id] = null;
        }
        lastPos[id] = pos;
        lastAnswer[id] = r;
        return r ? 1 : 0;
    }
}
