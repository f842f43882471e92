package dev.linrex.exec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bounded, thread-shared store of one {@link SetDfa}'s states: the generations and budget
 * of {@link DfaCache} (see there), with the transitions in one flat table per generation
 * instead of a row of references per state, as the single-pattern DFA now also keeps them.
 *
 * <p><b>Why a flat table here, with narrower entries than {@link DfaCache}'s {@code int}s</b>:
 * a set's DFA has thousands of states and a request visits most of them, so
 * its scan is bound by memory; following a transition through a row of references touches the
 * state object, its row and the next state's flags, while the table touches one entry. A state
 * is named by its serial; its row starts at {@code serial << shift} (rows are a power of two
 * long); an entry is a {@code char}: 0 (not computed), the next state's serial, or that serial
 * with {@link #SPECIAL} set when the scan must look at the state (it reports matches). Two-byte
 * entries halve the table, so more of it stays in the CPU caches, which is what a large set's
 * scan waits on (the WAF workload runs several sets, each evicting the others' tables); the
 * price is a generation of at most {@link #MAX_SERIAL} states, about three times what the
 * default budget holds.
 *
 * <p><b>Publication.</b> A state is registered (its serial reserved, its row and its slot in
 * {@link Generation#states} made) under the generation's lock, which also grows the arrays, so
 * the current {@code states} array always holds every registered state. An entry is written
 * (with release semantics) after its target state is registered, into a table that already has
 * the target's row; the scan reads entries plainly (an acquire read in the hot loop cost more
 * than the table saved), which is safe for indexing: a table's length never changes, and an
 * entry read from a table names a row of that table. The state object behind a serial is needed
 * only off the fast path, and {@link Generation#state} takes the lock when the plain read does
 * not show it yet. An entry written into a table that is being replaced by a larger copy may be
 * lost; that costs only recomputing the transition (interning finds the existing state).
 *
 * <p><b>Budget.</b> Each state is charged a fixed overhead and its pc and match arrays when it is
 * interned; the table and state arrays are charged by their capacity when they grow (so the
 * slack of a grown table is accounted too); edge transitions {@link #EDGE_BYTES} each. A
 * generation reserves bytes with a CAS, so the accounted memory never exceeds the budget.
 */
final class SetDfaCache {
    static final int STATE_OVERHEAD = DfaCache.STATE_OVERHEAD;
    static final int GENERATION_OVERHEAD = DfaCache.GENERATION_OVERHEAD;
    /** Charged per cached edge transition (its key and value in the state's edge table, with room for the table's headers). */
    static final long EDGE_BYTES = 64;
    /** States the first table of a generation holds, and the least it grows by (if the budget allows). */
    private static final int INITIAL_STATES = 64;

    static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(char[].class);
    /** An entry's flag for "the scan must look at this state"; the low bits are the serial. */
    static final int SPECIAL = 0x8000;
    /** The largest serial an entry can name: a generation holds at most this many states. */
    static final int MAX_SERIAL = SPECIAL - 1;

    final long budget;
    /** Unit classes; a row has {@code 1 << shift >= classCount} entries. */
    private final int classCount;
    final int shift;
    private final AtomicReference<Generation> current;

    final AtomicLong statesBuilt = new AtomicLong();
    final AtomicLong clears = new AtomicLong();

    SetDfaCache(long budget, int classCount) {
        this.budget = budget;
        this.classCount = classCount;
        this.shift = 32 - Integer.numberOfLeadingZeros(Math.max(1, classCount - 1));
        this.current = new AtomicReference<>(new Generation());
    }

    Generation current() {
        return current.get();
    }

    /** The charge for a state besides its row: overhead plus its pc and match arrays. */
    long stateBytes(int pcCount, int matchCount) {
        return STATE_OVERHEAD + 16L + 4L * pcCount + 16L + 4L * matchCount;
    }

    /** Table, state-array and match-set-array bytes per state of capacity. */
    long rowBytes() {
        return 2L * (1L << shift) + DfaCache.REFERENCE_BYTES + 4;
    }

    long generationBytes() {
        return GENERATION_OVERHEAD + 32L + DfaCache.REFERENCE_BYTES;
    }

    long memoryBytes() {
        return current.get().bytes.get();
    }

    /** Replaces {@code g} by a fresh generation unless another thread already did. */
    void clear(Generation g) {
        if (current.compareAndSet(g, new Generation())) {
            clears.incrementAndGet();
        }
    }

    /** A set of states that is cleared as a whole. */
    final class Generation {
        final ConcurrentHashMap<SetState.Key, SetState> map = new ConcurrentHashMap<>();
        final ChargedBytes bytes = new ChargedBytes(generationBytes(), budget);
        /** Transitions: row {@code serial << shift}; see the class comment for the entries. */
        volatile char[] table = new char[0];
        /** States by serial (slot 0 unused). */
        volatile SetState[] states = new SetState[0];
        /**
         * By serial: the state's {@link SetState#matchSet}, 0 for a state without matches (or not
         * visible yet to a reader that raced with its registration: it then takes the slow path).
         */
        volatile int[] matchSetOf = new int[0];
        /** Match-set numbers by content (under the lock). */
        private final java.util.HashMap<java.util.List<Integer>, Integer> matchSets = new java.util.HashMap<>();
        private int serials;
        /** The start state (racy write of a finished state). */
        SetState start;

        /** The state for {@code key}, added if there is room (counted in {@code sc.built}); null if full. */
        SetState intern(SetState.Key key, SetScratch sc) {
            SetState s = map.get(key);
            if (s != null) {
                return s;
            }
            long cost = stateBytes(key.pcs.length, key.matches.length);
            if (!reserve(cost)) {
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
                serials = serial;
                int matchSet = 0;
                if (key.matches.length > 0) {
                    java.util.List<Integer> m = new java.util.ArrayList<>(key.matches.length);
                    for (int id : key.matches) {
                        m.add(id);
                    }
                    matchSet = matchSets.computeIfAbsent(m, x -> matchSets.size() + 1);
                }
                s = new SetState(key, this, serial, matchSet);
                int[] ms = matchSetOf;
                ms[serial] = matchSet;
                matchSetOf = ms;
                SetState[] st = states;
                st[serial] = s;
                states = st; // volatile write: publishes the slot with the array
                map.put(key, s);
            }
            statesBuilt.incrementAndGet();
            sc.built++;
            return s;
        }

        /**
         * Makes room for state {@code serial}, growing by an eighth (the unused capacity is charged,
         * so a larger step would leave less of the budget for states), within the budget; false if
         * it does not fit. Holds the lock.
         */
        private boolean grow(int serial) {
            int cap = states.length;
            long want = Math.max(cap + Math.max(INITIAL_STATES, cap >> 3), serial + 1L);
            long maxRows = Math.min((Integer.MAX_VALUE >> shift) - 1, MAX_SERIAL + 1L);
            want = Math.min(want, maxRows);
            long afford = bytes.free() / rowBytes();
            long newCap = Math.min(want, cap + Math.max(0, afford));
            if (newCap <= serial || !reserve((newCap - cap) * rowBytes())) {
                return false;
            }
            char[] t = java.util.Arrays.copyOf(table, (int) (newCap << shift));
            SetState[] st = java.util.Arrays.copyOf(states, (int) newCap);
            int[] ms = java.util.Arrays.copyOf(matchSetOf, (int) newCap);
            table = t;
            matchSetOf = ms;
            states = st;
            return true;
        }

        /** The state with serial {@code serial}, which a table entry of this generation named. */
        SetState state(int serial) {
            SetState[] st = states;
            SetState s = serial < st.length ? st[serial] : null;
            if (s == null) {
                synchronized (this) { // registered under the lock: it is visible once we hold it
                    s = states[serial];
                }
            }
            return s;
        }

        /** Links {@code from --cls--> to} in the table (both of this generation). */
        void link(SetState from, int cls, SetState to) {
            boolean look = to.special || to.accelStop != null;
            ENTRY.setRelease(table, (from.serial << shift) + cls, (char) (look ? to.serial | SPECIAL : to.serial));
        }

        /**
         * Sets or clears {@link #SPECIAL} on the entries that name state {@code to}, after its
         * acceleration changed (entries of other states, and racing writes, are left alone: an
         * entry that misses the change only costs speed).
         */
        void remark(SetState to, boolean look) {
            char[] t = table;
            char from = (char) (look ? to.serial : to.serial | SPECIAL);
            char into = (char) (look ? to.serial | SPECIAL : to.serial);
            for (int i = 0; i < t.length; i++) {
                if (t[i] == from) {
                    ENTRY.compareAndSet(t, i, from, into);
                }
            }
        }

        /** Charges {@code cost} more bytes to this generation; false (nothing charged) if they do not fit. */
        boolean reserve(long cost) {
            return bytes.reserve(cost);
        }

        int size() {
            return map.size();
        }
    }
}
