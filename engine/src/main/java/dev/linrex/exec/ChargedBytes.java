package dev.linrex.exec;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes a DFA cache generation has charged against its budget ({@link DfaCache},
 * {@link SetDfaCache}): a charge is reserved with a CAS before the memory is used, so the sum
 * never exceeds the budget whatever the number of threads, and given back when the memory was
 * not used after all (a lost race, a failed allocation).
 */
final class ChargedBytes {
    private final AtomicLong used;
    private final long budget;

    ChargedBytes(long initial, long budget) {
        this.used = new AtomicLong(initial);
        this.budget = budget;
    }

    /** Charges {@code cost} bytes; false (nothing charged) if they do not fit into the budget. */
    boolean reserve(long cost) {
        long u;
        do {
            u = used.get();
            if (u + cost > budget) {
                return false;
            }
        } while (!used.compareAndSet(u, u + cost));
        return true;
    }

    /** Gives back {@code cost} bytes reserved earlier. */
    void release(long cost) {
        used.addAndGet(-cost);
    }

    long get() {
        return used.get();
    }

    /** Bytes still free under the budget (a snapshot). */
    long free() {
        return budget - used.get();
    }
}
