package dev.linrex.exec;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bounded, thread-shared store of one {@link SetDfa}'s states: the design of
 * {@link DfaCache} (see there for the budget, the generations and why sharing is safe), for
 * {@link SetState}s. Kept separate so the set DFA does not constrain how the single-pattern DFA's
 * cache evolves.
 *
 * <p>Each state is charged a fixed overhead, its transition row (one reference per unit class)
 * and its pc and match arrays; a generation reserves the bytes with a CAS before adding a
 * state, so the accounted memory never exceeds the budget.
 */
final class SetDfaCache {
    static final int STATE_OVERHEAD = DfaCache.STATE_OVERHEAD;
    static final int GENERATION_OVERHEAD = DfaCache.GENERATION_OVERHEAD;

    /** Charged per cached edge transition (a map entry, its boxed key). */
    static final long EDGE_BYTES = 64;

    final long budget;
    private final int classCount;
    private final AtomicReference<Generation> current;

    final AtomicLong statesBuilt = new AtomicLong();
    final AtomicLong clears = new AtomicLong();

    SetDfaCache(long budget, int classCount) {
        this.budget = budget;
        this.classCount = classCount;
        this.current = new AtomicReference<>(new Generation());
    }

    Generation current() {
        return current.get();
    }

    long stateBytes(int pcCount, int matchCount) {
        return STATE_OVERHEAD + 16L + (long) DfaCache.REFERENCE_BYTES * classCount + 16L + 4L * pcCount
                + 16L + 4L * matchCount;
    }

    long generationBytes() {
        return GENERATION_OVERHEAD + 16L + DfaCache.REFERENCE_BYTES;
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
        final AtomicLong bytes = new AtomicLong(generationBytes());
        private final java.util.concurrent.atomic.AtomicInteger serials = new java.util.concurrent.atomic.AtomicInteger();
        /** The start state (racy write of a finished state, like {@link SetState#next}). */
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
            s = new SetState(key, this, classCount, serials.incrementAndGet());
            SetState prev = map.putIfAbsent(key, s);
            if (prev != null) {
                bytes.addAndGet(-cost);
                return prev;
            }
            statesBuilt.incrementAndGet();
            sc.built++;
            return s;
        }

        /** Charges {@code cost} more bytes to this generation; false (nothing charged) if they do not fit. */
        boolean reserve(long cost) {
            long used;
            do {
                used = bytes.get();
                if (used + cost > budget) {
                    return false;
                }
            } while (!bytes.compareAndSet(used, used + cost));
            return true;
        }

        int size() {
            return map.size();
        }
    }
}
