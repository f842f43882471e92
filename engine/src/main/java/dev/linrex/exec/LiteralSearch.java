package dev.linrex.exec;

/**
 * How {@link Strategy} searches a pattern that is exactly a set of literals, with leftmost-first
 * semantics: where the leftmost literal occurrence starts, then which literal (by priority, the
 * pattern's alternation order) matches there. {@link Prefilter} does it for a few literals,
 * {@link LiteralSetSearch} for many (Aho–Corasick).
 */
interface LiteralSearch {
    /** The smallest {@code p >= from} at which some literal occurs entirely before {@code limit}, or -1. */
    int find(CharSequence text, int from, int limit);

    /** As {@link #find(CharSequence, int, int)}, with per-Matcher state in {@code scratch} where the search keeps any. */
    default int find(CharSequence text, int from, int limit, Strategy.Scratch scratch) {
        return find(text, from, limit);
    }

    /** The index of the first literal (in priority order) occurring at {@code p} before {@code limit}, or -1. */
    int firstAt(CharSequence text, int p, int limit);

    /** The index of the first literal (in priority order) spanning exactly {@code [p, limit)}, or -1. */
    int firstSpanning(CharSequence text, int p, int limit);

    /** The length of literal {@code literal}. */
    int length(int literal);

    /** How many literals there are (with one, {@link #find} has already said which occurs). */
    int literalCount();
}
