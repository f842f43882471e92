package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.BitSet;

/**
 * Searches a pattern with lookarounds on the {@link Backtracker} one <em>segment</em> at a time,
 * where the whole input is too long for it. A <em>barrier</em> is a code unit that no instruction
 * of the main program consumes (a lookaround reads units, but consumes none): no match contains
 * one, so every match lies between two barriers, and the leftmost match of the input is the
 * leftmost match of the first segment that has one. Each segment begins where the relaxed
 * pattern's {@link LookStartSkip} allows a match to start and ends at the next barrier (or the
 * region end); the backtracker searches it with the lookarounds read from the input's
 * {@link LookTables}, seeing the whole input, so its answer is the Pike VM's on the whole input.
 * A segment too long for the backtracker gives up, and the caller runs the Pike VM instead.
 *
 * <p>Work: the skip and the barrier scan move forward only (the last barrier found is kept in
 * the tables, so a find loop inside one long segment does not scan it again), and the
 * backtracker visits each (instruction, position) of a segment at most once per search.
 * Surrogates are never barriers, so a segment boundary never splits a pair. Immutable.
 */
final class LookSegments {
    static final int NOT_FOUND = 0;
    static final int FOUND = 1;
    static final int GAVE_UP = -1;

    /** Units some consuming instruction of the main program accepts. */
    private final BitSet consumable;

    private LookSegments(BitSet consumable) {
        this.consumable = consumable;
    }

    /** The segments of {@code prog}, or null if it has no barrier (any unit may lie inside a match). */
    static LookSegments of(Program prog) {
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
        return c.cardinality() == 0x10000 ? null : new LookSegments(c);
    }

    boolean isBarrier(char c) {
        return !consumable.get(c);
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
        int pos = from;
        while (pos <= end) {
            int q = skip == null ? pos : skip.next(text, pos, end);
            int b = nextBarrier(text, q, end, tables);
            tables.steps += q - pos;
            bc.budget.charge(q - pos);
            // A start between the halves of a pair is tried with the pair guard only if it is not
            // the search's own start: begin the segment one unit earlier (no match starts there).
            int s = q > from && Assertions.isPairMidpoint(text, q) ? q - 1 : q;
            if (!bt.fits(s, b)) {
                return GAVE_UP;
            }
            if (bt.search(in, s, b, Anchor.UNANCHORED, slots, bc)) {
                return FOUND;
            }
            pos = b + 1; // the unit at b is a barrier: only an empty match starts at b, tried above
        }
        return NOT_FOUND;
    }

    /** The first position {@code p >= q} (at most {@code end}) whose unit is a barrier. */
    private int nextBarrier(CharSequence text, int q, int end, LookTables tables) {
        if (tables.barrierScanFrom >= 0 && tables.barrierScanFrom <= q && q <= tables.barrierAt) {
            return tables.barrierAt;
        }
        int p = q;
        while (p < end && consumable.get(text.charAt(p))) {
            p++;
        }
        tables.steps += p - q;
        tables.budget.charge(p - q);
        tables.barrierScanFrom = q;
        tables.barrierAt = p;
        return p;
    }
}
