package dev.linrex.exec;

/**
 * A set of instruction numbers below a fixed capacity with constant-time add, membership test
 * and clear, members kept in insertion order (Briggs and Torczon's sparse set, as in RE2's
 * {@code SparseSet}): the working sets of the DFAs' closures, which are cleared for every
 * transition computed, so clearing must not cost the program's size.
 *
 * <p>{@code sparse[x]} is where {@code x} would be in {@link #dense}; it is trusted only if that
 * slot, below {@link #size}, holds {@code x}, so neither array is ever reset.
 */
final class SparseSet {
    private final int[] sparse;
    /** The members in insertion order, in {@code [0, size)}. */
    final int[] dense;
    int size;

    SparseSet(int capacity) {
        this(new int[capacity], new int[capacity]);
    }

    /** Over caller-owned arrays of equal length (their contents need no initialization). */
    SparseSet(int[] sparse, int[] dense) {
        this.sparse = sparse;
        this.dense = dense;
    }

    void clear() {
        size = 0;
    }

    /** Adds {@code x}; false if it was already a member. */
    boolean add(int x) {
        int i = sparse[x];
        if (i < size && dense[i] == x) {
            return false;
        }
        sparse[x] = size;
        dense[size++] = x;
        return true;
    }

    boolean contains(int x) {
        int i = sparse[x];
        return i < size && dense[i] == x;
    }
}
