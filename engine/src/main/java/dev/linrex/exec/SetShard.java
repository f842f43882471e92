package dev.linrex.exec;

import dev.linrex.nfa.Program;
import dev.linrex.nfa.SetCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

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
 * <p>With a literal prefilter (see {@code RegexSet}): the first split of a part separates the
 * patterns that have required literals from those that have none, and a search told which
 * patterns are candidates skips parts without any and stops a part once its candidates matched.
 *
 * <p>Immutable apart from {@link #children}, which is set once (a split is permanent); searches
 * racing with a split may run on the old part, which stays correct.
 */
public final class SetShard {
    /** A split part's budget is half its parent's, but not less than this (or the parent's, if smaller). */
    static final long MIN_CACHE_BYTES = 512L << 10;

    private final List<Program> progs;
    private final int[] ids;
    /** {@link #ids} as a bit set. */
    private final long[] idMask;
    private final int idCount;
    private final long cacheBytes;
    private final SetEngine engine;
    private volatile SetShard[] children;
    private final AtomicLong splits;
    private final AtomicLong gatedOut = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    /** Per pattern id: its required-factor program, or null (see {@code nfa.RequiredFactors}). */
    private final IntFunction<Program> factorsOf;
    /** Per pattern id: whether a literal prefilter can rule it out. */
    private final IntPredicate hasLiterals;
    /** For a one-pattern part whose DFA gave up: a DFA over its factors, or NO_FACTORS. */
    private volatile SetEngine factorGate;
    private static final SetEngine NO_FACTORS = new SetEngine(SetCompiler.combine(List.of(), new int[0], 1), 0, 1);

    private SetShard(List<Program> progs, int[] ids, int idCount, long cacheBytes, AtomicLong splits,
                     IntFunction<Program> factorsOf, IntPredicate hasLiterals) {
        this.factorsOf = factorsOf;
        this.hasLiterals = hasLiterals;
        this.progs = progs;
        this.ids = ids;
        this.idMask = new long[(idCount + 63) >>> 6];
        for (int id : ids) {
            idMask[id >>> 6] |= 1L << id;
        }
        this.idCount = idCount;
        this.cacheBytes = cacheBytes;
        this.splits = splits;
        Program combined = SetCompiler.combine(progs, ids, Integer.MAX_VALUE);
        this.engine = new SetEngine(combined, idCount, cacheBytes,
                ids.length > 1 ? SetDfa.MIN_UNITS_PER_STATE_SPLITTABLE : LazyDfa.MIN_UNITS_PER_STATE,
                SetOwners.of(combined, progs, ids));
    }

    /** The root part: all of {@code progs}, whose MATCH ids are {@code ids} (below {@code idCount}). */
    public static SetShard root(List<Program> progs, int[] ids, int idCount, long cacheBytes,
                                IntFunction<Program> factorsOf) {
        return root(progs, ids, idCount, cacheBytes, factorsOf, id -> false);
    }

    /**
     * As above; {@code hasLiterals} tells the patterns a literal prefilter can rule out (see
     * {@link #search(SearchInput, boolean, long[], long[])}): the first split of a part that
     * holds both kinds separates them, so the literal part can be skipped as a whole.
     */
    public static SetShard root(List<Program> progs, int[] ids, int idCount, long cacheBytes,
                                IntFunction<Program> factorsOf, IntPredicate hasLiterals) {
        return new SetShard(List.copyOf(progs), ids.clone(), idCount, cacheBytes, new AtomicLong(), factorsOf,
                hasLiterals);
    }

    /**
     * Sets in {@code bits} the ids of this part's patterns that match somewhere in {@code in}
     * (or at least one of them, if {@code any}); returns how many bits it newly set.
     */
    public int search(SearchInput in, boolean any, long[] bits) {
        return search(in, any, bits, null);
    }

    /**
     * As above, knowing that only the ids in {@code candidates} (if not null) can match, as a
     * literal prefilter decided: a part without candidates is not searched, and a part's search
     * ends once all its candidates have matched.
     */
    public int search(SearchInput in, boolean any, long[] bits, long[] candidates) {
        int want = any ? 1 : ids.length;
        if (candidates != null) {
            int c = candidatesIn(candidates);
            if (c == 0) {
                skipped.incrementAndGet();
                return 0;
            }
            want = any ? 1 : c;
        }
        SetShard[] kids = children;
        if (kids != null) {
            return any ? searchAll(kids, in, true, bits, candidates) : searchLeavesInPairs(in, bits, candidates);
        }
        long[] partial = new long[bits.length];
        long[] r = engine.searchDfaOnly(in, want, partial);
        if (r != null) {
            return or(r, bits);
        }
        return afterGiveUp(in, any, bits, candidates, partial, want);
    }

    /**
     * A leaf's search after its DFA gave up (or was thrashing) with the ids in {@code partial}
     * found: done if those suffice, else the part is split and its halves searched, or a
     * one-pattern part is gated by its factors and finished on the Pike VM.
     */
    private int afterGiveUp(SearchInput in, boolean any, long[] bits, long[] candidates, long[] partial, int want) {
        int got = or(partial, bits);
        if (got > 0 && (any || ids.length == 1 || got >= want)) {
            return got;
        }
        if (ids.length > 1) {
            return got + searchAll(split(), in, any, bits, candidates);
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

    /** How many of this part's ids are in {@code candidates}. */
    private int candidatesIn(long[] candidates) {
        int n = 0;
        for (int w = 0; w < idMask.length; w++) {
            n += Long.bitCount(idMask[w] & candidates[w]);
        }
        return n;
    }

    private static int searchAll(SetShard[] kids, SearchInput in, boolean any, long[] bits, long[] candidates) {
        int got = 0;
        for (SetShard k : kids) {
            got += k.search(in, any, bits, candidates);
            if (any && got > 0) {
                break;
            }
        }
        return got;
    }

    /**
     * Searches this tree's leaves two at a time, each pair's DFA scans interleaved over the text
     * (see {@code SetDfa.searchTogether}): a set that settled on several parts pays for the
     * slower of each pair rather than for both, as long as both scan. A leaf without candidates
     * is skipped as in {@link #search}; one whose DFA cannot run, or gives up, is searched alone.
     */
    private int searchLeavesInPairs(SearchInput in, long[] bits, long[] candidates) {
        List<SetShard> leaves = new ArrayList<>();
        collectLeaves(leaves);
        // Parts that scan about as far side by side: a pair whose one scan stops early leaves
        // the other to run alone.
        // (Shares are read once: other searches update them while this one sorts.)
        double[] share = new double[leaves.size()];
        for (int i = 0; i < share.length; i++) {
            share[i] = leaves.get(i).engine.scanShare();
            for (int j = i; j > 0 && share[j - 1] < share[j]; j--) { // insertion sort, descending
                double t = share[j - 1];
                share[j - 1] = share[j];
                share[j] = t;
                leaves.set(j, leaves.set(j - 1, leaves.get(j)));
            }
        }
        int got = 0;
        SetShard waiting = null;
        int waitingWant = 0;
        for (SetShard leaf : leaves) {
            int want = candidates == null ? leaf.ids.length : leaf.candidatesIn(candidates);
            if (want == 0 || leaf.children != null) {
                got += leaf.search(in, false, bits, candidates); // skipped, or split since collected
                continue;
            }
            if (waiting == null) {
                waiting = leaf;
                waitingWant = want;
                continue;
            }
            got += searchPair(waiting, waitingWant, leaf, want, in, bits, candidates);
            waiting = null;
        }
        if (waiting != null) {
            got += waiting.search(in, false, bits, candidates);
        }
        return got;
    }

    private static int searchPair(SetShard x, int wantX, SetShard y, int wantY, SearchInput in, long[] bits,
                                  long[] candidates) {
        long[] px = new long[bits.length];
        long[] py = new long[bits.length];
        int r = SetEngine.searchDfaOnlyTogether(x.engine, wantX, px, in, y.engine, wantY, py, in);
        if (r < 0) {
            return x.search(in, false, bits, candidates) + y.search(in, false, bits, candidates);
        }
        // A scan that gave up goes on as a leaf's own does (split, or factor gate and Pike VM).
        int got = (r & 1) != 0 ? or(px, bits) : x.afterGiveUp(in, false, bits, candidates, px, wantX);
        return got + ((r & 2) != 0 ? or(py, bits) : y.afterGiveUp(in, false, bits, candidates, py, wantY));
    }

    /**
     * Searches two sets' trees, {@code x} over {@code inX} (ids into {@code bitsX}) and {@code y}
     * over {@code inY} (into {@code bitsY}), as {@link #search} would one after the other, but
     * with the two DFA scans interleaved (see {@code SetDfa.searchTogether}) while neither tree
     * has split: the CPU overlaps the two chains of table loads. A tree that has split, or a
     * scan that gives up, is searched as by {@link #search}.
     */
    public static void searchTogether(SetShard x, SearchInput inX, long[] bitsX,
                                      SetShard y, SearchInput inY, long[] bitsY) {
        if (x.children != null || y.children != null) {
            x.search(inX, false, bitsX, null);
            y.search(inY, false, bitsY, null);
            return;
        }
        int wantX = x.ids.length;
        int wantY = y.ids.length;
        long[] px = new long[bitsX.length];
        long[] py = new long[bitsY.length];
        int r = SetEngine.searchDfaOnlyTogether(x.engine, wantX, px, inX, y.engine, wantY, py, inY);
        if (r < 0) {
            x.search(inX, false, bitsX, null);
            y.search(inY, false, bitsY, null);
            return;
        }
        if ((r & 1) != 0) {
            or(px, bitsX);
        } else {
            x.afterGiveUp(inX, false, bitsX, null, px, wantX);
        }
        if ((r & 2) != 0) {
            or(py, bitsY);
        } else {
            y.afterGiveUp(inY, false, bitsY, null, py, wantY);
        }
    }

    /**
     * As {@link #searchTogether} for four trees, each over its own input, their DFA scans
     * interleaved in one loop (see {@code SetScanQuad}) while none has split.
     */
    public static void searchFour(SetShard[] x, SearchInput[] in, long[][] bits) {
        SetEngine[] e = new SetEngine[4];
        int[] want = new int[4];
        long[][] partial = new long[4][];
        boolean unsplit = true;
        for (int i = 0; i < 4; i++) {
            unsplit &= x[i].children == null;
            e[i] = x[i].engine;
            want[i] = x[i].ids.length;
            partial[i] = new long[bits[i].length];
        }
        int r = unsplit ? SetEngine.searchDfaOnlyFour(e, want, partial, in) : -1;
        for (int i = 0; i < 4; i++) {
            if (r < 0) {
                x[i].search(in[i], false, bits[i], null);
            } else if ((r & (1 << i)) != 0) {
                or(partial[i], bits[i]);
            } else {
                x[i].afterGiveUp(in[i], false, bits[i], null, partial[i], want[i]);
            }
        }
    }

    /**
     * Whether a literal prefilter's {@code candidates} saved work in the search that found
     * {@code matched}: some current part holding patterns with literals had all its candidates
     * matched (so it was skipped, or stopped once they had) while not all of its patterns
     * matched (without the candidates it would have scanned on).
     */
    public boolean candidatesSavedWork(long[] candidates, long[] matched) {
        SetShard[] kids = children;
        if (kids != null) {
            for (SetShard k : kids) {
                if (k.candidatesSavedWork(candidates, matched)) {
                    return true;
                }
            }
            return false;
        }
        boolean literals = false;
        boolean allCandidatesMatched = true;
        boolean allMatched = true;
        for (int id : ids) {
            literals |= hasLiterals.test(id);
            boolean m = (matched[id >>> 6] & (1L << id)) != 0;
            allMatched &= m;
            allCandidatesMatched &= m || (candidates[id >>> 6] & (1L << id)) == 0;
        }
        return literals && allCandidatesMatched && !allMatched;
    }

    /** Adds the current leaves of this tree to {@code out}, in order. */
    private void collectLeaves(List<SetShard> out) {
        SetShard[] kids = children;
        if (kids == null) {
            out.add(this);
        } else {
            for (SetShard k : kids) {
                k.collectLeaves(out);
            }
        }
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

    /** Searches that skipped a part of this tree because none of its patterns was a candidate. */
    public long skipped() {
        long n = skipped.get();
        SetShard[] kids = children;
        if (kids != null) {
            for (SetShard k : kids) {
                n += k.skipped();
            }
        }
        return n;
    }

    /** Searches of one-pattern parts answered "no" by their factor gate. */
    public long gatedOut() {
        return gatedOut.get();
    }

    private synchronized SetShard[] split() {
        if (children == null) {
            long budget = Math.max(Math.min(MIN_CACHE_BYTES, cacheBytes), cacheBytes / 2);
            // Patterns with literals apart from the others, if the part has both; else halves.
            List<Program> pa = new ArrayList<>();
            List<Program> pb = new ArrayList<>();
            int[] a = new int[ids.length];
            int[] b = new int[ids.length];
            int na = 0;
            int nb = 0;
            for (int k = 0; k < ids.length; k++) {
                if (hasLiterals.test(ids[k])) {
                    pa.add(progs.get(k));
                    a[na++] = ids[k];
                } else {
                    pb.add(progs.get(k));
                    b[nb++] = ids[k];
                }
            }
            if (na == 0 || nb == 0) {
                int half = ids.length / 2;
                pa = progs.subList(0, half);
                pb = progs.subList(half, progs.size());
                a = java.util.Arrays.copyOfRange(ids, 0, half);
                b = java.util.Arrays.copyOfRange(ids, half, ids.length);
            } else {
                a = java.util.Arrays.copyOf(a, na);
                b = java.util.Arrays.copyOf(b, nb);
            }
            children = new SetShard[] {
                new SetShard(pa, a, idCount, budget, splits, factorsOf, hasLiterals),
                new SetShard(pb, b, idCount, budget, splits, factorsOf, hasLiterals),
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

    /** Number of patterns in this part. */
    public int size() {
        return ids.length;
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
                + d.clears() + " gaveUps=" + d.gaveUps()) + " fallbacks=" + engine.fallbacks() + " steps=" + engine.steps() + " thrashing="
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
