package dev.linrex.exec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bounded, thread-shared store of one lazy DFA's states.
 *
 * <p><b>Table.</b> Transitions live in one flat {@code int[]} per generation, a row of
 * {@code classCount} entries per state ({@link DfaState#row} = serial × class count, so the scan
 * adds the class to the entry it just read: one load per unit, the layout of RE2's DFA and
 * regex-automata's hybrid DFA). An entry is 0 (not computed yet) or the next state's row with
 * tags in the high bits: {@link #SPECIAL} (the sign bit) whenever the scan must look at the state,
 * then {@link #MATCH} (a match ends before this position), {@link #EMPTY} (no thread alive,
 * see {@link DfaState#empty}) or {@link #LOOK} (anything else: the state object decides; the
 * sentinels dead, dead-after-match and quit have a code below {@link #SENTINEL_ROWS} rows as
 * their row). So the scan loop runs on while an entry is positive and leaves on one compare.
 *
 * <p><b>Publication.</b> A state is registered (its serial reserved, its row and slot in
 * {@link Generation#states} made, the arrays grown if needed) under the generation's lock; its
 * state object is immutable but for racy memo fields. An entry is written (release) after its
 * target is registered, into a table that already has the target's row: a table's length never
 * changes, so an entry read from a table, even plainly and racily, names a row of that same
 * table. The scan reads entries plainly (an int is never torn; every value ever written is 0 or
 * a valid entry). The state object behind an entry is needed only off the fast path, and
 * {@link Generation#state} takes the lock when the plain read does not show it yet. An entry
 * written into a table that is being replaced by a larger copy may be lost; that costs only
 * recomputing the transition (interning finds the existing state). (The set DFA's
 * {@code SetDfaCache} uses the same scheme with two-byte entries.)
 *
 * <p><b>Budget.</b> Every state is charged {@link #stateBytes}: its pc list and a fixed
 * overhead for the objects and the map entry (a deliberate over-estimate, as RE2 charges
 * {@code kStateCacheOverhead}); the table and the state array are charged by their capacity
 * ({@link #rowBytes} per row) when they grow, so a grown table's slack is accounted too. The
 * alphabet table and per-thread scratch are not part of the budget (fixed, per pattern / per
 * Matcher); transient garbage such as a replaced table is not counted either. A
 * {@link Generation} reserves bytes with a CAS before adding a state, so its accounted memory
 * never exceeds the budget, whatever the pattern, input or number of threads. When a state
 * does not fit, the generation is replaced by an empty one ("clear"; counted), and the search
 * re-adds the states it stands on and carries on.
 *
 * <p><b>Sharing.</b> All threads searching with one pattern share the current generation. The
 * hot path (following a computed transition) is a plain array read. New states are interned
 * through a {@link ConcurrentHashMap} (found without a lock; added under the generation's
 * lock), i.e. only when a transition is computed. Clearing installs a fresh generation with a
 * CAS; the old one is never modified again by a search that noticed the change (it moves its
 * current state into the new generation first), so it becomes garbage once no search stands on
 * it. Worst case, each concurrently running search keeps one old generation alive until it next
 * computes a transition. A thread that loses a race to add a state uses the winner's (identical)
 * state; the only cost of a race is duplicated work.
 *
 * <p><b>Aborts.</b> A search may stop anywhere by an exception: a {@link Budget} limit, or the
 * input's own {@code charAt}. Neither can corrupt the cache: the input is read, and limits are
 * checked, only while a transition is being computed in scratch space, before its state is
 * interned; interning, the entry write and a clear run no foreign code. What is cached is a
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
     * Fixed per-state charge besides its pcs array and its row: the DfaState object (at most 64
     * bytes), its Key (32), the map node (48), the state's share of the map's table (up to 32
     * while it resizes) and its remembered edge transition ({@code DfaState.EdgeStep}, 32), each
     * figure for 8-byte references; with compressed references the real sum is about 136.
     */
    static final int STATE_OVERHEAD = 208;
    /** Fixed per-generation charge: the map's table, the start-state array and the generation object. */
    static final int GENERATION_OVERHEAD = 256;
    /**
     * Bytes per object reference: 4 with compressed references, which HotSpot uses by default
     * for heaps under 32 GB; 8 otherwise (judged from the maximum heap, so the charge is never
     * below the real size).
     */
    static final int REFERENCE_BYTES = Runtime.getRuntime().maxMemory() < (31L << 30) ? 4 : 8;

    /** Entry tag: the scan must look at the state (the sign bit, so one compare finds it, with 0 for "not computed"). */
    static final int SPECIAL = 1 << 31;
    /** Entry tag: a match ended at the position before the state's. */
    static final int MATCH = 1 << 30;
    /** Entry tag: no thread is alive ({@link DfaState#empty}). */
    static final int EMPTY = 1 << 29;
    /** Entry tag: the state object must decide (a sentinel, or a dead state). */
    static final int LOOK = 1 << 28;
    /** The tag bits of an entry. */
    static final int TAGS = SPECIAL | MATCH | EMPTY | LOOK;
    /** The row bits of an entry. */
    static final int ROW_MASK = LOOK - 1;
    /** Rows not given to states: the sentinels' codes lie below them, and 0 means "not computed". */
    static final int SENTINEL_ROWS = 4;
    /**
     * Rows the first table of a generation has (the sentinel rows included), and the least it
     * grows by (if the budget allows): small, because a pattern that needs only a few states (most
     * do) should not pay for more, however many unit classes it has.
     */
    private static final int INITIAL_ROWS = 8;

    /** Shared sentinels (no generation): dead, dead right after a match, quit, and give up (never cached). */
    static final DfaState DEAD = new DfaState(0, new int[0], null, 1);
    static final DfaState DEAD_MATCH = new DfaState(DfaState.MATCH, new int[0], null, 2);
    static final DfaState QUIT = new DfaState(0, new int[0], null, 3);
    static final DfaState GIVE_UP = new DfaState(0, new int[0], null, 0);
    private static final DfaState[] SENTINELS = {null, DEAD, DEAD_MATCH, QUIT};

    /** Whether entry {@code x} (with {@link #LOOK} set) names {@link #DEAD} or {@link #DEAD_MATCH}: the scan ends there. */
    static boolean isDead(int x) {
        int code = x & ROW_MASK;
        return code == 1 || code == 2;
    }

    private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(int[].class);

    final long budget;
    private final int classCount;
    /** {@code ceil(2^40 / classCount)}: a row (a multiple of the class count below 2^28) times this, shifted right by 40, is its serial. */
    private final long rowToSerial;
    private final int startSlots;
    private final AtomicReference<Generation> current;

    final AtomicLong statesBuilt = new AtomicLong();
    final AtomicLong clears = new AtomicLong();

    DfaCache(long budget, int classCount, int startSlots) {
        this.budget = budget;
        this.classCount = classCount;
        this.rowToSerial = ((1L << 40) + classCount - 1) / classCount;
        this.startSlots = startSlots;
        this.current = new AtomicReference<>(new Generation());
    }

    Generation current() {
        return current.get();
    }

    int classCount() {
        return classCount;
    }

    /** The charge for a state with {@code pcCount} pcs besides its row: overhead plus its pcs array (16-byte header, 8-byte alignment). */
    long stateBytes(int pcCount) {
        return STATE_OVERHEAD + align8(16L + 4L * pcCount);
    }

    /** Table and state-array bytes per row of capacity. */
    long rowBytes() {
        return 4L * classCount + REFERENCE_BYTES;
    }

    private static long align8(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /** Fixed per generation: overhead, the start array, the table's and state array's headers. */
    long generationBytes() {
        return GENERATION_OVERHEAD + 16L + (long) REFERENCE_BYTES * startSlots + 32;
    }

    /** The least a generation with one state of {@code pcCount} pcs is charged. */
    long oneStateBytes(int pcCount) {
        return stateBytes(pcCount) + (SENTINEL_ROWS + 1L) * rowBytes();
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
        long bytes = generationBytes() + g.states.length * rowBytes();
        for (DfaState s : g.map.values()) {
            bytes += stateBytes(s.pcs.length);
        }
        return bytes;
    }

    /** Could a state with {@code pcCount} pcs fit into an empty generation? */
    boolean fitsEmpty(int pcCount) {
        return generationBytes() + oneStateBytes(pcCount) <= budget;
    }

    /** A set of states that is cleared as a whole. */
    final class Generation {
        final ConcurrentHashMap<DfaState.Key, DfaState> map = new ConcurrentHashMap<>();
        final ChargedBytes bytes = new ChargedBytes(generationBytes(), budget);
        /** Start states by start kind; racy writes of finished states. */
        final DfaState[] starts = new DfaState[startSlots];
        /** Transitions: state rows of {@code classCount} entries, see the class comment. */
        volatile int[] table = new int[0];
        /** States by serial (the first {@link #SENTINEL_ROWS} slots unused); as long as the table has rows. */
        volatile DfaState[] states = new DfaState[0];
        /** The last serial given out (under the lock). */
        private int serials = SENTINEL_ROWS - 1;

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
            synchronized (this) {
                s = map.get(key);
                if (s != null) {
                    bytes.release(cost);
                    return s;
                }
                int serial = serials + 1;
                if (serial >= states.length && !grow(serial)) {
                    bytes.release(cost);
                    return null;
                }
                try {
                    s = new DfaState(key.flags, key.pcs, this, serial * classCount);
                } catch (OutOfMemoryError e) {
                    bytes.release(cost); // keep the books exact, then let the error go
                    throw e;
                }
                serials = serial;
                DfaState[] st = states;
                st[serial] = s;
                states = st; // volatile write: publishes the slot with the array
                map.put(key, s);
            }
            statesBuilt.incrementAndGet();
            sc.built++;
            sc.totalBuilt++;
            return s;
        }

        /**
         * Makes room for state {@code serial}, growing by a quarter (the unused capacity is
         * charged, so a larger step would leave less of the budget for states; a smaller one would
         * copy the table more often), within the budget and the entries' row bits; false if it
         * does not fit. Holds the lock.
         */
        private boolean grow(int serial) {
            int cap = states.length;
            long want = Math.max(cap + Math.max(INITIAL_ROWS, cap >> 2), serial + 1L);
            want = Math.min(want, (ROW_MASK + 1L) / classCount);
            long afford = bytes.free() / rowBytes();
            long newCap = Math.min(want, cap + Math.max(0, afford));
            if (newCap <= serial || !bytes.reserve((newCap - cap) * rowBytes())) {
                return false;
            }
            int[] t;
            DfaState[] st;
            try {
                t = java.util.Arrays.copyOf(table, (int) (newCap * classCount));
                st = java.util.Arrays.copyOf(states, (int) newCap);
            } catch (OutOfMemoryError e) {
                bytes.release((newCap - cap) * rowBytes());
                throw e;
            }
            table = t;
            states = st;
            return true;
        }

        /** The state an entry of this generation's table names (0: null, not computed). */
        DfaState stateOf(int entry) {
            if (entry == 0) {
                return null;
            }
            int row = entry & ROW_MASK;
            if (row < SENTINEL_ROWS * classCount) {
                return SENTINELS[row];
            }
            int serial = (int) ((row * rowToSerial) >>> 40);
            DfaState[] st = states;
            DfaState s = serial < st.length ? st[serial] : null;
            if (s == null) {
                synchronized (this) { // registered under the lock: it is visible once we hold it
                    s = states[serial];
                }
            }
            return s;
        }

        /** The cached transition of {@code s} (of this generation) on class {@code cls}, or null. */
        DfaState next(DfaState s, int cls) {
            return stateOf(entry(s, cls));
        }

        /** The raw entry of {@code s} (of this generation) on class {@code cls}. */
        int entry(DfaState s, int cls) {
            return table[s.row + cls];
        }

        /** Links {@code from --cls--> to}: {@code from} of this generation, {@code to} too or a sentinel. */
        void link(DfaState from, int cls, DfaState to) {
            int[] t = table;
            ENTRY.setRelease(t, from.row + cls, to.entry);
        }

        int size() {
            return map.size();
        }
    }
}
