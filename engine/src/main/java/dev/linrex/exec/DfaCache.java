package dev.linrex.exec;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bounded, thread-shared store of one lazy DFA's states.
 *
 * <p><b>Budget.</b> Every state is charged {@link #stateBytes}: its transition row (one
 * reference per unit class), its pc list and a fixed overhead for the objects and the map
 * entry (a deliberate over-estimate, as RE2 charges {@code kStateCacheOverhead}). The
 * alphabet table and per-thread scratch are not part of the budget (fixed, per pattern / per
 * Matcher); transient garbage such as a resized map table is not counted either. A
 * {@link Generation} reserves bytes with a CAS before adding a state, so its accounted memory
 * never exceeds the budget, whatever the pattern, input or number of threads. When a state
 * does not fit, the generation is replaced by an empty one ("clear"; counted), and the search
 * re-adds the states it stands on and carries on.
 *
 * <p><b>Why object rows, not one {@code int[]} table indexed by {@code state * classes + class}.</b>
 * A flat table shared by threads would need ids published in order with the states they name
 * (release/acquire on every hot-path read) and could not be replaced piecewise; a row of
 * references to immutable states is safely published by final-field semantics, costs the same
 * 4 bytes per entry, and a cleared generation is reclaimed by the GC as soon as no search
 * stands on it.
 *
 * <p><b>Sharing.</b> All threads searching with one pattern share the current generation. The
 * hot path (following a computed transition) is a plain array read: states are immutable apart
 * from their transition rows, whose elements go from null to a finished state of the same
 * generation (see {@link DfaState}). New states are interned through a
 * {@link ConcurrentHashMap}, i.e. only when a transition is computed. Clearing installs a fresh
 * generation with a CAS; the old one is never modified again by a search that noticed the change
 * (it moves its current state into the new generation first), so it becomes garbage once no
 * search stands on it. Worst case, each concurrently running search keeps one old generation
 * alive until it next computes a transition. A thread that loses a race to add a state uses the
 * winner's (identical) state; the only cost of a race is duplicated work.
 *
 * <p><b>Aborts.</b> A search may stop anywhere by an exception: a {@link Budget} limit, or the
 * input's own {@code charAt}. Neither can corrupt the cache: the input is read, and limits are
 * checked, only while a transition is being computed in scratch space, before its state is
 * interned; interning, the row write and a clear run no foreign code. What is cached is a
 * function of (state, unit class) alone, never of the text read around it (positions where
 * assertions need the real input are not cached), so even a text that changes during the search
 * cannot cache a wrong transition. Tests: {@code MutatingInputTest}, {@code AbortRecoveryTest}.
 *
 * <p>Why share rather than give each Matcher its own cache: a pattern is typically compiled once
 * and used from many threads and many short-lived Matchers; per-Matcher caches would rebuild the
 * same states again and again and multiply memory by the number of Matchers.
 */
final class DfaCache {
    /**
     * Fixed per-state charge besides the row and the pcs arrays: the DfaState object (at most 64
     * bytes), its Key (32), the map node (48), the state's share of the map's table (up to 32
     * while it resizes) and its remembered edge transition ({@code DfaState.EdgeStep}, 32), each
     * figure for 8-byte references; with compressed references the real sum is about 136.
     */
    static final int STATE_OVERHEAD = 208;
    /** Fixed per-generation charge: the map's table, the start-state array and the generation object. */
    static final int GENERATION_OVERHEAD = 256;
    /**
     * Bytes per object reference in a transition row: 4 with compressed references, which
     * HotSpot uses by default for heaps under 32 GB; 8 otherwise (judged from the maximum heap,
     * so the charge is never below the real size).
     */
    static final int REFERENCE_BYTES = Runtime.getRuntime().maxMemory() < (31L << 30) ? 4 : 8;

    final long budget;
    private final int classCount;
    private final int startSlots;
    private final AtomicReference<Generation> current;

    final AtomicLong statesBuilt = new AtomicLong();
    final AtomicLong clears = new AtomicLong();

    DfaCache(long budget, int classCount, int startSlots) {
        this.budget = budget;
        this.classCount = classCount;
        this.startSlots = startSlots;
        this.current = new AtomicReference<>(new Generation());
    }

    Generation current() {
        return current.get();
    }

    /** The charge for a state with {@code pcCount} pcs: overhead plus its two arrays (16-byte headers, 8-byte alignment). */
    long stateBytes(int pcCount) {
        return STATE_OVERHEAD + align8(16L + (long) REFERENCE_BYTES * classCount) + align8(16L + 4L * pcCount);
    }

    private static long align8(long bytes) {
        return (bytes + 7) & ~7L;
    }

    long generationBytes() {
        return GENERATION_OVERHEAD + 16L + (long) REFERENCE_BYTES * startSlots;
    }

    /** Bytes accounted by the current generation (never more than {@link #budget}). */
    long memoryBytes() {
        return current.get().bytes.get();
    }

    /**
     * Replaces {@code g} by a fresh generation unless another thread already did; returns the
     * current generation. Counts a clear when this call installed it.
     */
    Generation clear(Generation g) {
        Generation fresh = new Generation();
        if (current.compareAndSet(g, fresh)) {
            clears.incrementAndGet();
            return fresh;
        }
        return current.get();
    }

    /**
     * The bytes the current generation's states and fixed parts are charged, summed afresh (for
     * tests: once no search runs, it equals {@link #memoryBytes()}, so no reservation leaks).
     */
    long recountBytes() {
        Generation g = current.get();
        long bytes = generationBytes();
        for (DfaState s : g.map.values()) {
            bytes += stateBytes(s.pcs.length);
        }
        return bytes;
    }

    /** Could a state with {@code pcCount} pcs fit into an empty generation? */
    boolean fitsEmpty(int pcCount) {
        return generationBytes() + stateBytes(pcCount) <= budget;
    }

    /** A set of states that is cleared as a whole. */
    final class Generation {
        final ConcurrentHashMap<DfaState.Key, DfaState> map = new ConcurrentHashMap<>();
        final ChargedBytes bytes = new ChargedBytes(generationBytes(), budget);
        /** Start states by start kind; racy writes of finished states, like {@link DfaState#next}. */
        final DfaState[] starts = new DfaState[startSlots];

        /**
         * Returns the state for {@code key}, adding it if there is room (counted in
         * {@code sc.built}); null if the generation is full.
         */
        DfaState intern(DfaState.Key key, LazyDfa.Scratch sc) {
            DfaState s = map.get(key);
            if (s != null) {
                return s;
            }
            long cost = stateBytes(key.pcs.length);
            if (!bytes.reserve(cost)) {
                return null;
            }
            try {
                s = new DfaState(key.flags, key.pcs, this, classCount);
            } catch (OutOfMemoryError e) {
                bytes.release(cost); // keep the books exact, then let the error go
                throw e;
            }
            DfaState prev = map.putIfAbsent(key, s);
            if (prev != null) {
                bytes.release(cost);
                return prev;
            }
            statesBuilt.incrementAndGet();
            sc.built++;
            sc.totalBuilt++;
            return s;
        }

        int size() {
            return map.size();
        }
    }
}
