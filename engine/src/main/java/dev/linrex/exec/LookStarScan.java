package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;
import dev.linrex.nfa.Program;
import dev.linrex.nfa.StarChain;

/**
 * Whether a lookahead {@code (?=S*C)} or {@code (?!S*C)} ({@link StarChain}) holds at a position,
 * by one forward scan: the body matches at {@code p} iff its chain {@code C} matches at some
 * {@code q >= p} with every unit of {@code [p, q)} in {@code S}. No state set, no table, nothing
 * allocated per question: a password rule's {@code (?=.*\d)} on a line costs one pass over it.
 *
 * <p>The last scan is remembered as an interval with one answer for all its positions: from
 * {@code lo} the chain first matches at {@code q} (the body matches at every position of
 * {@code [lo, q]}), or the scan stopped at a unit not in {@code S} (or the end) without a chain
 * match (it matches at none of {@code [lo, stop]}). Questions asked in increasing or decreasing
 * order (a find loop, a backtracker) then scan each unit about once. Arbitrary orders could
 * re-scan, so the work is bounded like {@link LookProbes}' (a few times the input's length);
 * past it {@link #holds} answers -1 and the caller builds the lookaround's table.
 */
final class LookStarScan extends IntervalLookScan {
    private final StarChain star;
    private final Program body;
    /** Whether the body matches at every position of the interval (else at none). */
    private boolean found;

    LookStarScan(Lookaround look, SearchInput in, LookTables tables) {
        super(look, in, tables);
        this.star = look.starChain;
        this.body = look.body;
    }

    /** Whether {@link #holdsOnce} answers for {@code l}: a lookahead {@code S*C} whose chain only reads units. */
    static boolean holdsOnceApplies(Lookaround l) {
        if (l.behind || l.starChain == null) {
            return false;
        }
        for (int pc : l.starChain.chain) {
            if (l.body.op[pc] != Program.RANGE && l.body.op[pc] != Program.CLASS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether top-level lookahead {@code l} ({@link #holdsOnceApplies}) holds at {@code pos} in
     * the region of {@code in}: one scan, nothing remembered, for a lookahead asked once per
     * input (at the one start of a pattern {@code ^(?=S*C)...}, see {@link LeadingLookarounds}).
     */
    static boolean holdsOnce(Lookaround l, SearchInput in, int pos, Strategy.Scratch scratch) {
        final CharSequence text = in.text;
        final int hi = in.transparentBounds ? text.length() : in.regionEnd; // what a top-level lookahead reads
        final StarChain star = l.starChain;
        final Program body = l.body;
        final int[] chain = star.chain;
        boolean found = false;
        int q = pos;
        scan:
        while (q < hi) {
            char c = text.charAt(q);
            if (body.accepts(chain[0], c) && q + chain.length <= hi) {
                int k = 1;
                while (k < chain.length && body.accepts(chain[k], text.charAt(q + k))) {
                    k++;
                }
                if (k == chain.length) {
                    found = true;
                    break scan;
                }
            }
            if (!Character.isSurrogate(c) && !star.passes(body, c)) {
                break;
            }
            q++;
        }
        scratch.countLookSteps(q - pos + 1);
        return found != l.negated;
    }

    @Override
    boolean matches(int pos) {
        return found;
    }

    /** Sets the interval from {@code pos}: scans until the chain matches or a unit stops the star. */
    @Override
    void scan(int pos) {
        // Scanning down to an interval just above: stop where it begins, and keep its answer.
        int joinAt = from >= 0 && pos < from ? from : Integer.MAX_VALUE;
        final CharSequence text = in.text;
        final int[] chain = star.chain;
        final int first = chain[0];
        int q = pos;
        long steps = 0;
        try {
            while (true) {
                if (q == joinAt) {
                    from = pos; // [pos, from) holds neither a chain match nor a stop: same answer
                    return;
                }
                if (q >= hi) {
                    found = false;
                    break;
                }
                char c = text.charAt(q);
                steps++;
                if (body.accepts(first, c) && LookChain.matches(body, chain, in, q, hi, tables, tables.chainMemo())) {
                    found = true;
                    break;
                }
                if (!Character.isSurrogate(c) && !star.passes(body, c)) {
                    found = false;
                    break;
                }
                q++;
            }
            from = pos;
            to = q;
        } finally {
            charge(steps);
        }
    }
}
