package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;

/**
 * Whether a lookahead's body matches at one position, by one anchored forward run of the body
 * that stops at its first match or when no thread is left. Answers the same question as a
 * {@link LookaheadTable} entry without the backward pass over the rest of the input, for
 * lookaheads asked about at few positions ({@link LookProbes} bounds the total work).
 */
final class LookaheadProbe extends LookScan {
    private final Lookaround look;
    private final int lo;
    private final int hi;

    LookaheadProbe(Lookaround look, SearchInput in, LookTables tables) {
        super(look.body, in, tables);
        this.look = look;
        this.lo = in.regionStart;
        this.hi = in.regionEnd;
    }

    boolean holds(int pos) {
        if (pos < lo || pos > hi) {
            return look.negated; // outside what the body may read: it cannot match
        }
        return bodyMatchesAt(pos) != look.negated;
    }

    private boolean bodyMatchesAt(int p) {
        count = 0;
        beginPosition();
        closure(prog.start, p, 0);
        for (int q = p; matchStart < 0 && count > 0 && q < hi; q++) {
            beginPosition();
            stepPrevious(in.text.charAt(q), q + 1);
        }
        return matchStart >= 0;
    }
}
