package dev.linrex.exec;

import dev.linrex.nfa.Program;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;

/**
 * A look near the search start for the match of a pattern that is one class of plain BMP units
 * greedily repeated at least n times ({@code [一-龥]{3,}}, {@code [a-f0-9]{8,40}}), before the
 * automata are set up. Its leftmost-first match starts at the first unit that begins a run of at
 * least n members and takes the run, up to the repeat's maximum: no member is a surrogate, so a
 * run of members is a run of units, read alike by the JDK's repeat and here, and a shorter run is
 * passed whole (no match starts inside it either).
 *
 * <p>Only a run that starts within a window of the search start is reported; past it the search
 * goes to the forward and reverse DFAs, whose skip over text outside the class and whose
 * required-literal filter beat a unit-by-unit scan on a long text without a match. A find at a
 * match near its start (one find on a text that starts with CJK) then costs a few unit reads
 * instead of two automaton runs. Immutable.
 */
final class LongRunLook {
    private final int min;
    /** The repeat's maximum, or {@link Integer#MAX_VALUE}. */
    private final int max;
    /** The set is one range: membership is {@code (char) (u - lo) <= width}; else -1 and the bitmap. */
    private final char lo;
    private final int width;
    private final BmpBits bits;

    private LongRunLook(CodePointSet set, int min, int max) {
        this.min = min;
        this.max = max == Ast.UNBOUNDED ? Integer.MAX_VALUE : max;
        boolean oneRange = set.rangeCount() == 1;
        this.lo = oneRange ? (char) set.lo(0) : 0;
        this.width = oneRange ? set.hi(0) - set.lo(0) : -1;
        this.bits = oneRange ? null : BmpBits.of(set);
    }

    /**
     * The look for {@code node} compiled as {@code prog}, or null if the pattern has another
     * shape: a greedy {@code C{n,m}} with n at least 2 (n = 1 with no maximum is
     * {@link ClassRunSearch}'s), no groups, lookarounds or anchors, every member of C a BMP code
     * point other than a surrogate.
     */
    static LongRunLook of(Ast.Node node, Program prog) {
        if (prog.groupCount != 0 || prog.hasLooks() || prog.beginAnchored) {
            return null;
        }
        while (node instanceof Ast.Group g && g.index() == 0) {
            node = g.body();
        }
        if (node instanceof Ast.Repeat r && r.body() instanceof Ast.CharSet cs && r.greedy()
                && r.min() >= 2 && (r.max() == Ast.UNBOUNDED || r.max() >= r.min())
                && plainBmpUnits(cs.set())) {
            return new LongRunLook(cs.set(), r.min(), r.max());
        }
        return null;
    }

    /** Whether {@code set} has members and each is a BMP code point other than a surrogate. */
    private static boolean plainBmpUnits(CodePointSet set) {
        if (set.isEmpty() || set.hi(set.rangeCount() - 1) > Character.MAX_VALUE) {
            return false;
        }
        for (int i = 0; i < set.rangeCount(); i++) {
            if (set.lo(i) <= Character.MAX_SURROGATE && set.hi(i) >= Character.MIN_SURROGATE) {
                return false;
            }
        }
        return true;
    }

    /** Units of a run read between two charges of the budget (so limits and interrupts are noticed). */
    private static final int CHUNK = 4096;

    /**
     * The leftmost-first match at or after {@code from} in {@code [from, end)} if it starts
     * before {@code limit}, as {@code start << 32 | matchEnd}; else -1. Reads the units up to
     * {@code limit} and those of the runs that reach past it, and charges them to the budget
     * (and the scratch's step count).
     */
    long find(CharSequence text, int from, int limit, int end, Strategy.Scratch scratch) {
        long before = scratch.spent();
        long m = search(text, from, limit, end, scratch);
        scratch.otherSteps += scratch.spent() - before;
        return m;
    }

    private long search(CharSequence text, int from, int limit, int end, Budget budget) {
        int p = from;
        while (true) {
            int start = text instanceof String s ? next(s, p, limit) : next(text, p, limit);
            if (start < 0) {
                budget.charge(limit - p);
                return -1;
            }
            budget.charge(start - p);
            int cap = (int) Math.min(end, (long) start + max);
            int e = start;
            int stop;
            do {
                stop = cap - e > CHUNK ? e + CHUNK : cap;
                int before = e;
                e = text instanceof String s ? runEnd(s, e, stop) : runEnd(text, e, stop);
                budget.charge(e - before);
            } while (e == stop && stop < cap);
            if (e - start >= min) {
                return (long) start << 32 | e;
            }
            if (e >= limit) {
                return -1;
            }
            p = e;
        }
    }

    private boolean member(char u) {
        return width >= 0 ? (char) (u - lo) <= width : bits.contains(u);
    }

    /** The first member in {@code [p, limit)}, or -1 (a separate copy for String: monomorphic charAt). */
    private int next(String s, int p, int limit) {
        for (; p < limit; p++) {
            if (member(s.charAt(p))) {
                return p;
            }
        }
        return -1;
    }

    private int next(CharSequence s, int p, int limit) {
        for (; p < limit; p++) {
            if (member(s.charAt(p))) {
                return p;
            }
        }
        return -1;
    }

    /** The end of the run of members from {@code p} (a member), stopping at {@code cap}. */
    private int runEnd(String s, int p, int cap) {
        while (p < cap && member(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private int runEnd(CharSequence s, int p, int cap) {
        while (p < cap && member(s.charAt(p))) {
            p++;
        }
        return p;
    }
}
