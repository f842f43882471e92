package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;

/**
 * Where a lookahead's body matches: one backward pass over the input with the reversed body
 * (Barrière and Pit-Claudel, PLDI 2024). At each position, from the end of what the body may read
 * down to the lowest position asked for, the reverse threads are those forward paths that can
 * still reach a body match to the right; the body matches at {@code p} when one of them has
 * walked back to the body's start. Computed lazily, extended to the left on demand, so the work
 * over all queries of one input is O(input x body size).
 */
final class LookaheadTable extends LookScan {
    private final Lookaround look;
    private final int lo;
    private final int hi;
    private final boolean[] matches;
    /** Lowest position computed so far ({@code hi + 1}: none). */
    private int left;

    LookaheadTable(Lookaround look, SearchInput in, LookTables tables) {
        super(look.reverseBody, in, tables);
        this.look = look;
        this.lo = in.regionStart;
        this.hi = in.regionEnd;
        this.matches = new boolean[hi - lo + 1];
        this.left = hi + 1;
    }

    boolean holds(int pos) {
        if (pos < lo || pos > hi) {
            return look.negated; // outside what the body may read: it cannot match
        }
        while (left > pos) {
            step(left - 1);
        }
        return matches[pos - lo] != look.negated;
    }

    private void step(int p) {
        beginPosition();
        closure(prog.start, p, 0); // a body match may end here
        if (p < hi) {
            stepPrevious(in.text.charAt(p), p);
        }
        matches[p - lo] = matchStart >= 0;
        left = p;
    }
}
