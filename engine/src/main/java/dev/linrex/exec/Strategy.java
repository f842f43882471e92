package dev.linrex.exec;

import dev.linrex.syntax.Ast;

/**
 * A compiled pattern's matching engines and the one place that decides which runs for a search.
 * Immutable and thread-safe; all mutable search state lives in a {@link Scratch} owned by one
 * Matcher.
 */
public final class Strategy {
    private Strategy() {
        throw new UnsupportedOperationException("contract stub, filled in by the compiler/PikeVM work");
    }

    /** Compiles a parsed pattern. Throws {@code dev.linrex.PatternTooLargeException} past the size limit. */
    public static Strategy compile(Ast.Root root) {
        throw new UnsupportedOperationException("stub");
    }

    public int groupCount() {
        throw new UnsupportedOperationException("stub");
    }

    /** Fresh per-Matcher scratch space. */
    public Scratch newScratch() {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * Leftmost-first search from {@code from} (a position inside the region). On a match fills
     * {@code slots} (start/end of group 0, 1, ...; -1 when a group did not take part; only
     * {@code slots.length / 2} groups are wanted) and returns true.
     */
    public boolean search(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        throw new UnsupportedOperationException("stub");
    }

    /** Per-Matcher mutable state: engine caches and what the last search observed. */
    public static final class Scratch {
        /** Whether the last search read (or asserted) at the end of the input/region. */
        public boolean hitEnd() {
            throw new UnsupportedOperationException("stub");
        }

        /** Whether more input could have turned the last positive result into a negative one. */
        public boolean requireEnd() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
