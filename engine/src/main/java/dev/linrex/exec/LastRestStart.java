package dev.linrex.exec;

/**
 * Where the groups of a long match are decided, for a pattern that begins with a greedy
 * {@code (?s).*} outside any capturing group ({@code nfa.GreedyLeadingDotStar}): the repeat takes
 * all it can, so the rest of the pattern matches from the <em>largest</em> position {@code q} of
 * the match {@code [start, end)} from which it can reach {@code end}, and every group but group
 * 0 is what a run on {@code [q, end)} alone sets. The reverse DFA, run backwards from
 * {@code end}, stops at the first position where the pattern matches up to {@code end}, which is
 * that {@code q}. The capture engine then reads only the tail instead of the whole match: for
 * {@code (?s).*\b(apples?.*for banana|…)\b.*} on 10,000 units with the last apple near the end,
 * a few dozen units instead of 10,000. Never more than twice the work of capturing the whole
 * span (the backward scan reads at most the span).
 */
final class LastRestStart {
    /** Spans up to this long are captured whole: the DFA run would cost about as much as it saves. */
    static final int MIN_SPAN = 64;

    private LastRestStart() {}

    /**
     * The largest {@code q} in {@code (start, end]} from which the pattern (its leading repeat
     * then empty) matches exactly {@code [q, end)}, or -1 when the whole span should be captured
     * as usual: a short span, the DFA gave up, the match starts at {@code start} itself, or an
     * edge splits a surrogate pair (where the repeat, which moves by code points, may not stop).
     */
    static int of(LazyDfa reverse, SearchInput in, int start, int end, Strategy.Scratch scratch) {
        if (end - start <= MIN_SPAN || Assertions.isPairMidpoint(in.text, end)) {
            return -1;
        }
        if (scratch.rev == null) {
            scratch.rev = reverse.newScratch(scratch, scratch.memo());
        }
        int q = reverse.searchReverseEarliest(in, start, end, scratch.rev);
        return q > start && !Assertions.isPairMidpoint(in.text, q) ? q : -1;
    }
}
