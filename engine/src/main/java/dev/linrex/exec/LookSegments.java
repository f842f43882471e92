package dev.linrex.exec;

import dev.linrex.nfa.Program;
import dev.linrex.nfa.RelaxedProgram;
import java.util.BitSet;

/**
 * Searches a pattern with lookarounds on the {@link Backtracker} one <em>segment</em> at a time,
 * where the whole input is too long for it. A segment begins where the relaxed pattern's
 * {@link LookStartSkip} allows a match to start and ends where no match starting in it can
 * reach past:
 * <ul>
 *   <li>at a <em>barrier</em>, a code unit that no instruction of the main program consumes (a
 *       lookaround reads units, but consumes none): no match contains one, and the only match
 *       that can start at a barrier is empty;</li>
 *   <li>for a pattern without barriers, at the next <em>empty point</em>: the first position
 *       where the lazy DFA of the relaxed program ({@link dev.linrex.nfa.RelaxedProgram}, every
 *       lookaround read as true and no thread ever cut off by a match) has no thread of an
 *       earlier start alive. A match starting before it ends by it; one starting at it may go
 *       on, so a match found to start there is searched again in the next segment.</li>
 * </ul>
 * The backtracker searches each segment with the lookarounds read from the input's
 * {@link LookTables}, seeing the whole input, so its answer is the Pike VM's on the whole
 * input. A segment too long for the backtracker, or a DFA that gives up, gives up the search,
 * and the caller runs the Pike VM instead.
 *
 * <p>Work: the skip and the segment-end scans move forward only (the last segment end found is
 * kept in the tables, so a find loop inside one long segment does not scan it again), and the
 * backtracker visits each (instruction, position) of a segment at most once per search (a
 * segment is searched at most twice). Surrogates are never barriers, so a segment boundary
 * never splits a pair. Immutable and shareable.
 */
final class LookSegments {
    static final int NOT_FOUND = 0;
    static final int FOUND = 1;
    static final int GAVE_UP = -1;

    /** Units some consuming instruction of the main program accepts; null when every unit is one. */
    private final BitSet consumable;
    /** Without barriers: the DFA of the relaxed, matchless program, for empty points. */
    private final LazyDfa relaxed;

    private LookSegments(BitSet consumable, LazyDfa relaxed) {
        this.consumable = consumable;
        this.relaxed = relaxed;
    }

    /** The segments of {@code prog}, or null if it has no barrier and no DFA fits the budget. */
    static LookSegments of(Program prog, long dfaCacheBytes) {
        BitSet c = consumable(prog);
        if (c.cardinality() < 0x10000) {
            return new LookSegments(c, null);
        }
        LazyDfa d = LazyDfa.forward(RelaxedProgram.matchless(prog), dfaCacheBytes);
        return d == null ? null : new LookSegments(null, d);
    }

    private static BitSet consumable(Program prog) {
        BitSet c = new BitSet(0x10000);
        c.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1); // never a barrier
        for (int pc = 0; pc < prog.size(); pc++) {
            int o = prog.op[pc];
            if (o == Program.RANGE) {
                c.set(prog.arg[pc], prog.arg2[pc] + 1);
            } else if (o == Program.CLASS || o == Program.DISPATCH) {
                char[] r = prog.classes[prog.arg[pc]];
                for (int i = 0; i + 1 < r.length; i += 2) {
                    c.set(r[i], r[i + 1] + 1);
                }
            }
        }
        return c;
    }

    /**
     * Unanchored search of {@code in} from {@code from} by segments: {@link #FOUND} (slots filled),
     * {@link #NOT_FOUND}, or {@link #GAVE_UP} (a segment is too long for the backtracker).
     * {@code skip} may be null (every position may start a match).
     */
    int search(Backtracker bt, LookStartSkip skip, SearchInput in, int from, int[] slots, Backtracker.Cache bc,
               LookTables tables) {
        final CharSequence text = in.text;
        final int end = in.regionEnd;
        if (relaxed != null && Assertions.isPairMidpoint(text, from)) {
            return GAVE_UP; // the DFA guards every start against pair midpoints; this search's own start is exempt
        }
        int pos = from;
        while (pos <= end) {
            int q = skip == null ? pos : skip.next(text, pos, end);
            tables.steps += q - pos;
            bc.budget.charge(q - pos);
            int e = relaxed == null ? nextBarrier(text, q, end, tables) : nextEmpty(in, q, tables);
            if (e == LazyDfa.GAVE_UP) {
                return GAVE_UP;
            }
            // A start between the halves of a pair is tried with the pair guard only if it is not
            // the search's own start: begin the segment one unit earlier (no match starts there).
            int s = q > from && Assertions.isPairMidpoint(text, q) ? q - 1 : q;
            if (!bt.fits(s, e)) {
                return GAVE_UP;
            }
            boolean found = bt.search(in, s, e, Anchor.UNANCHORED, slots, bc);
            if (relaxed == null) {
                if (found) {
                    return FOUND;
                }
                pos = e + 1; // the unit at e is a barrier: only an empty match starts at e, tried above
            } else {
                if (e == end || (found && slots[0] < e)) {
                    return found ? FOUND : NOT_FOUND;
                }
                pos = e; // a match starting at e may reach past it: the next segment tries e again
            }
        }
        return NOT_FOUND;
    }

    /** The first position {@code p >= q} (at most {@code end}) whose unit is a barrier. */
    private int nextBarrier(CharSequence text, int q, int end, LookTables tables) {
        if (tables.segmentScanFrom >= 0 && tables.segmentScanFrom <= q && q <= tables.segmentEnd) {
            return tables.segmentEnd;
        }
        int p = q;
        while (p < end && consumable.get(text.charAt(p))) {
            p++;
        }
        tables.steps += p - q;
        tables.budget.charge(p - q);
        tables.segmentScanFrom = q;
        tables.segmentEnd = p;
        return p;
    }

    /** The first empty point after {@code q} (at most the region end), or {@link LazyDfa#GAVE_UP}. */
    private int nextEmpty(SearchInput in, int q, LookTables tables) {
        if (tables.segmentScanFrom >= 0 && tables.segmentScanFrom <= q && q < tables.segmentEnd) {
            return tables.segmentEnd; // starts in [q, end) die by it too
        }
        if (q >= in.regionEnd) {
            return in.regionEnd;
        }
        LazyDfa.Scratch sc = tables.segmentScratch(relaxed);
        long before = sc.steps();
        int p = relaxed.nextEmpty(in, q, sc);
        tables.steps += sc.steps() - before;
        if (p >= 0) {
            tables.segmentScanFrom = q;
            tables.segmentEnd = p;
        }
        return p;
    }
}
