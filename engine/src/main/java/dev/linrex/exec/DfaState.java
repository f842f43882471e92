package dev.linrex.exec;

import java.util.Arrays;

/**
 * One lazy-DFA state: the NFA threads alive at a position plus what the DFA must remember about
 * the way there.
 *
 * <p>{@link #pcs} are the instructions the threads continue at after the last unit consumed,
 * <em>before</em> their epsilon closure: the closure is computed when the next unit is read,
 * because assertions at this position may depend on that unit (the delayed look-ahead that RE2
 * and regex-automata use). For the forward, leftmost-first DFA the order of {@link #pcs} is the
 * threads' priority order; for the reverse DFA it is sorted (only the set matters).
 * {@link #flags} holds the masked {@link DfaLook} info of the last unit read plus {@link #RESTART}
 * (unanchored search, no match yet: a new thread starts at every position, at lowest
 * priority), {@link #MATCH} (a match ended at the position before this state's) and
 * {@link #BOTH} (matches count only at the region end).
 *
 * <p>The state's transitions are not here but in its generation's flat table
 * ({@link DfaCache.Generation#table}), at {@link #row}; an entry naming this state holds
 * {@link #entry}: the row, tagged with what the search loop must do on arriving here (see
 * {@link DfaCache}).
 *
 * <p>Thread safety: everything but {@link #eoi} and {@link #edge} is final, so a state is safely
 * visible to any thread that reads a reference to it, even through a data race.
 */
final class DfaState {
    static final int RESTART = 1 << DfaLook.INFO_BITS;
    static final int MATCH = RESTART << 1;
    static final int BOTH = MATCH << 1;
    static final int INFO_MASK = RESTART - 1;

    final int flags;
    final int[] pcs;
    /** The cache generation this state belongs to; null for the shared sentinels. */
    final DfaCache.Generation gen;
    /** Where this state's transitions start in its generation's table (serial × class count); 0 for the sentinels. */
    final int row;
    /** The table entry naming this state: {@link #row} plus the {@link DfaCache} tags. */
    final int entry;
    /** True for states the search loop must look at: match, dead, empty, or a sentinel. */
    final boolean special;
    final boolean dead;
    /**
     * No thread alive and no match yet in an unanchored forward search (only the restart thread):
     * every match starts here or later. Special, so the search loop can note the position and
     * skip ahead ({@link StartSkip}).
     */
    final boolean empty;
    /**
     * Whether a match ends when the input ends right after this state, for one look-set: 0 when
     * not known yet, else {@code 1 | matched << 1 | lookSet << 2} (see {@code LazyDfa.atEnd}).
     * Written racily as one int, always with a value that is a function of the state's key.
     */
    int eoi;
    /**
     * The transition last computed at an edge position (next to a region edge, where assertions
     * are evaluated on the input) whose look-set was not the interior one: a function of the
     * unit class and the look-set holding there, so a search that starts (or ends) at an edge
     * like the last one computes no closure. One immutable object, written racily; null until
     * the first such transition. Charged in {@link DfaCache#STATE_OVERHEAD}.
     */
    EdgeStep edge;

    /** {@link #edge}: from this state on a unit of class {@code cls} where exactly {@code holds} holds, {@code next}. */
    record EdgeStep(int cls, int holds, DfaState next) {}

    /**
     * A state of generation {@code gen} whose row starts at {@code row}; a sentinel if
     * {@code gen} is null, then {@code row} is its code ({@link DfaCache#SENTINEL_ROWS}).
     */
    DfaState(int flags, int[] pcs, DfaCache.Generation gen, int row) {
        this.flags = flags;
        this.pcs = pcs;
        this.gen = gen;
        this.row = row;
        this.dead = pcs.length == 0 && (flags & RESTART) == 0;
        this.empty = pcs.length == 0 && (flags & (RESTART | MATCH)) == RESTART && gen != null;
        this.special = dead || empty || (flags & MATCH) != 0 || gen == null;
        int e = row;
        if (special) {
            e |= DfaCache.SPECIAL;
            if ((flags & MATCH) != 0) {
                e |= DfaCache.MATCH;
            }
            if (empty) {
                e |= DfaCache.EMPTY;
            }
            if (dead || gen == null) {
                e |= DfaCache.LOOK;
            }
        }
        this.entry = e;
    }

    boolean isMatch() {
        return (flags & MATCH) != 0;
    }

    int info() {
        return flags & INFO_MASK;
    }

    static int hash(int flags, int[] pcs, int len) {
        int h = flags * 0x9E3779B1;
        for (int i = 0; i < len; i++) {
            h = (h ^ pcs[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /** Lookup key for a state (flags + pcs), compared by value. */
    static final class Key {
        final int flags;
        final int[] pcs;
        private final int hash;

        Key(int flags, int[] pcs) {
            this.flags = flags;
            this.pcs = pcs;
            this.hash = hash(flags, pcs, pcs.length);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.flags == flags && Arrays.equals(k.pcs, pcs);
        }
    }

    @Override
    public String toString() {
        return "DfaState" + Arrays.toString(pcs) + "/" + Integer.toHexString(flags);
    }
}
