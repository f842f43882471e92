package dev.linrex.exec;

import dev.linrex.nfa.Program;
import dev.linrex.nfa.SetCompiler;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A group of a set's patterns searched by one {@link SetEngine}, split in two when its DFA
 * thrashes. Patterns that are tame alone can still multiply each other's DFA states when
 * combined (each keeps its own loop threads alive; the combined state is their product); a set
 * whose combined DFA keeps building states is split until every part's DFA settles, so a search
 * is one pass per part, and the number of parts is set by how the patterns interact, not by how
 * many there are. A part of one pattern whose DFA still gives up (bounded repetitions of wide
 * classes, such as {@code .{1,100}}, can need a state per position) is first gated by its required
 * factors (see {@code nfa.RequiredFactors}): when none occurs in the input the pattern cannot
 * match; otherwise the DFA with its Pike VM continuation decides.
 *
 * <p>Immutable apart from {@link #children}, which is set once (a split is permanent); searches
 * racing with a split may run on the old part, which stays correct.
 */
public final class SetShard {
    /** A split part's budget is half its parent's, but not less than this (or the parent's, if smaller). */
    static final long MIN_CACHE_BYTES = 512L << 10;

    private final List<Program> progs;
    private final int[] ids;
    private final int idCount;
    private final long cacheBytes;
    private final SetEngine engine;
    private volatile SetShard[] children;
    private final AtomicLong splits;
    private final AtomicLong gatedOut = new AtomicLong();
    /** Per pattern id: its required-factor program, or null (see {@code nfa.RequiredFactors}). */
    private final IntFunction<Program> factorsOf;
    /** For a one-pattern part whose DFA gave up: a DFA over its factors, or NO_FACTORS. */
    private volatile SetEngine factorGate;
    private static final SetEngine NO_FACTORS = new SetEngine(SetCompiler.combine(List.of(), new int[0], 1), 0, 1);

    private SetShard(List<Program> progs, int[] ids, int idCount, long cacheBytes, AtomicLong splits,
                     IntFunction<Program> factorsOf) {
        this.factorsOf = factorsOf;
        this.progs = progs;
        this.ids = ids;
        this.idCount = idCount;
        this.cacheBytes = cacheBytes;
        this.splits = splits;
        this.engine = new SetEngine(SetCompiler.combine(progs, ids, Integer.MAX_VALUE), idCount, cacheBytes,
                ids.length > 1 ? SetDfa.MIN_UNITS_PER_STATE_SPLITTABLE : LazyDfa.MIN_UNITS_PER_STATE);
    }

    /** The root part: all of {@code progs}, whose MATCH ids are {@code ids} (below {@code idCount}). */
    public static SetShard root(List<Program> progs, int[] ids, int idCount, long cacheBytes,
                                IntFunction<Program> factorsOf) {
        return new SetShard(List.copyOf(progs), ids.clone(), idCount, cacheBytes, new AtomicLong(), factorsOf);
    }

    /**
     * Sets in {@code bits} the ids of this part's patterns that match somewhere in {@code in}
     * (or at least one of them, if {@code any}); returns how many bits it newly set.
     */
    public int search(SearchInput in, boolean any, long[] bits) {
        SetShard[] kids = children;
        if (kids != null) {
            return searchAll(kids, in, any, bits);
        }
        int want = any ? 1 : ids.length;
        long[] partial = new long[bits.length];
        long[] r = engine.searchDfaOnly(in, want, partial);
        if (r != null) {
            return or(r, bits);
        }
        int got = or(partial, bits);
        if (got > 0 && (any || ids.length == 1)) {
            return got;
        }
        if (ids.length > 1) {
            return got + searchAll(split(), in, any, bits);
        }
        // One pattern that the DFA cannot handle here: if none of its required factors occurs it
        // cannot match; otherwise the DFA with its Pike VM continuation decides.
        SetEngine gate = gate();
        if (gate != NO_FACTORS && isZero(gate.search(in, 1))) {
            gatedOut.incrementAndGet();
            return 0;
        }
        return or(engine.search(in, want), bits);
    }

    private static int searchAll(SetShard[] kids, SearchInput in, boolean any, long[] bits) {
        int got = 0;
        for (SetShard k : kids) {
            got += k.search(in, any, bits);
            if (any && got > 0) {
                break;
            }
        }
        return got;
    }

    private SetEngine gate() {
        SetEngine g = factorGate;
        if (g == null) {
            Program f = factorsOf.apply(ids[0]);
            g = f == null ? NO_FACTORS
                    : new SetEngine(SetCompiler.combine(List.of(f), ids, Integer.MAX_VALUE), idCount, MIN_CACHE_BYTES);
            factorGate = g;
        }
        return g;
    }

    private static boolean isZero(long[] bits) {
        for (long w : bits) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** Searches of one-pattern parts answered "no" by their factor gate. */
    public long gatedOut() {
        return gatedOut.get();
    }

    private synchronized SetShard[] split() {
        if (children == null) {
            int half = ids.length / 2;
            long budget = Math.max(Math.min(MIN_CACHE_BYTES, cacheBytes), cacheBytes / 2);
            int[] a = java.util.Arrays.copyOfRange(ids, 0, half);
            int[] b = java.util.Arrays.copyOfRange(ids, half, ids.length);
            children = new SetShard[] {
                new SetShard(progs.subList(0, half), a, idCount, budget, splits, factorsOf),
                new SetShard(progs.subList(half, progs.size()), b, idCount, budget, splits, factorsOf),
            };
            splits.incrementAndGet();
        }
        return children;
    }

    private static int or(long[] r, long[] bits) {
        int added = 0;
        for (int w = 0; w < r.length; w++) {
            added += Long.bitCount(r[w] & ~bits[w]);
            bits[w] |= r[w];
        }
        return added;
    }

    /** The parts searched now (this part, or the leaves below it). */
    public int parts() {
        SetShard[] kids = children;
        if (kids == null) {
            return 1;
        }
        int n = 0;
        for (SetShard k : kids) {
            n += k.parts();
        }
        return n;
    }

    /** One line per current part: its ids and its DFA's counters (diagnostics). */
    public String describe() {
        SetShard[] kids = children;
        if (kids != null) {
            StringBuilder sb = new StringBuilder();
            for (SetShard k : kids) {
                sb.append(k.describe());
            }
            return sb.toString();
        }
        SetDfa d = engine.dfa();
        return java.util.Arrays.toString(ids) + (d == null ? " no DFA" : " states=" + d.statesBuilt() + " clears="
                + d.clears() + " gaveUps=" + d.gaveUps()) + " fallbacks=" + engine.fallbacks() + " thrashing="
                + engine.thrashing() + "\n";
    }

    /** Splits made so far in this tree. */
    public long splits() {
        return splits.get();
    }

    /** This part's engine (tests, monitoring). */
    public SetEngine engine() {
        return engine;
    }

    /** Total work counted by the leaves' engines (linearity tests). */
    public long steps() {
        SetShard[] kids = children;
        long s = engine.steps();
        if (kids != null) {
            for (SetShard k : kids) {
                s += k.steps();
            }
        }
        return s;
    }

    /** Bytes accounted by all current parts' DFA caches. */
    public long memoryBytes() {
        SetShard[] kids = children;
        if (kids != null) {
            long m = 0;
            for (SetShard k : kids) {
                m += k.memoryBytes();
            }
            return m;
        }
        SetDfa d = engine.dfa();
        return d == null ? 0 : d.memoryBytes();
    }
}
