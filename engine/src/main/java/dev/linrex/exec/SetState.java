package dev.linrex.exec;

import java.util.Arrays;

/**
 * One state of the set DFA ({@link SetDfa}): the NFA threads alive at a position, unordered,
 * plus which patterns' matches ended at the position before it.
 *
 * <p>As in {@link DfaState}, {@link #pcs} are the instructions threads continue at before their
 * epsilon closure (the closure is taken when the next unit is read, so assertions can see it),
 * sorted because a set search needs no priorities and sorting lets more paths share a state.
 * The scanning entry is not stored: every transition adds its closure (unanchored search, every
 * pattern, every position). {@link #matches} holds the sorted ids of the patterns whose MATCH was
 * in the closure one position earlier; {@link #info} the masked {@link DfaLook} info of the last
 * unit read.
 *
 * <p>Immutable apart from the cache of edge transitions; its transitions are in its
 * generation's table (see {@link SetDfaCache}).
 */
final class SetState {
    final int info;
    final int[] pcs;
    final int[] matches;
    /**
     * {@link #matches} as a bit set (words up to the largest id's): recording a state's matches
     * costs a few word operations, not one per id. In a set where some patterns match almost
     * everywhere, nearly every state carries their ids, and each search records every state it
     * visits once.
     */
    final long[] matchMask;
    /** Null for the shared sentinels. */
    final SetDfaCache.Generation gen;
    /** The search loop must look at this state: it reports matches, or it is a sentinel. */
    final boolean special;
    /**
     * Creation number within the generation, from 1: names the state in its generation's
     * transition table (see {@link SetDfaCache}).
     */
    final int serial;
    /**
     * The generation's number (from 1) for this state's set of {@link #matches}, 0 for a state
     * without matches: a search records a set of matches once, whichever of the (often
     * thousands of) states carrying it it meets first.
     */
    final int matchSet;
    /**
     * Ids of patterns this state leaves out, as a bit set (null: none): a search that reported
     * them moved on to a state without their threads (see {@code SetDfa.prunedOf}); transitions
     * from here start none of their threads either. Shared by the states reached from here.
     */
    final long[] pruned;
    /** This state with its {@link #matches}' patterns left out, once computed (same generation; racy). */
    volatile SetState prunedNext;

    /**
     * Transitions at the region's edges and the final step's matches (see
     * {@code SetDfa.edgeNext}), keyed by assertion outcomes and unit class: a state has a handful,
     * so they are kept as a small immutable table replaced on each addition (copy on write; a
     * racing addition may be lost, which is only recomputed).
     */
    private volatile Edges edges = Edges.NONE;

    private record Edges(long[] keys, Object[] values) {
        static final Edges NONE = new Edges(new long[0], new Object[0]);
    }

    SetState(Key key, SetDfaCache.Generation gen, int serial, int matchSet) {
        this.serial = serial;
        this.matchSet = matchSet;
        this.info = key.info;
        this.pruned = key.pruned;
        this.pcs = key.pcs;
        this.matches = key.matches;
        this.matchMask = new long[matches.length == 0 ? 0 : (matches[matches.length - 1] >>> 6) + 1];
        for (int id : matches) {
            matchMask[id >>> 6] |= 1L << id;
        }
        this.gen = gen;
        this.special = matches.length > 0 || gen == null;
    }

    /** The cached edge transition (a SetState) or final matches (a long[]) for {@code key}, or null. */
    Object edge(long key) {
        Edges e = edges;
        long[] keys = e.keys;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return e.values[i];
            }
        }
        return null;
    }

    void putEdge(long key, Object value) {
        Edges e = edges;
        int n = e.keys.length;
        long[] keys = java.util.Arrays.copyOf(e.keys, n + 1);
        Object[] values = java.util.Arrays.copyOf(e.values, n + 1);
        keys[n] = key;
        values[n] = value;
        edges = new Edges(keys, values);
    }

    Key key() {
        return new Key(info, pcs, matches, pruned);
    }

    /** Lookup key (info, pcs, matches, pruned), compared by value. */
    static final class Key {
        final int info;
        final int[] pcs;
        final int[] matches;
        final long[] pruned;
        private final int hash;

        Key(int info, int[] pcs, int[] matches) {
            this(info, pcs, matches, null);
        }

        Key(int info, int[] pcs, int[] matches, long[] pruned) {
            this.info = info;
            this.pcs = pcs;
            this.matches = matches;
            this.pruned = pruned;
            int h = info * 0x9E3779B1 + Arrays.hashCode(pruned);
            for (int pc : pcs) {
                h = (h ^ pc) * 0x01000193;
            }
            h = (h ^ 0x5bd1e995) * 0x01000193;
            for (int m : matches) {
                h = (h ^ m) * 0x01000193;
            }
            this.hash = h ^ (h >>> 16);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.info == info && Arrays.equals(k.pcs, pcs)
                    && Arrays.equals(k.matches, matches) && Arrays.equals(k.pruned, pruned);
        }
    }

    @Override
    public String toString() {
        return "SetState" + Arrays.toString(pcs) + "/" + Arrays.toString(matches) + "/" + Integer.toHexString(info)
                + (pruned == null ? "" : "/-" + java.util.BitSet.valueOf(pruned));
    }
}
