package dev.linrex.exec;

/**
 * Finds the start of an unanchored forward DFA match without the reverse DFA, when it can be had
 * cheaply. The forward search ended its leftmost-first match at {@code end} and had no thread
 * alive just before {@code lowest}, so the match starts at {@code lowest} or later; if any match
 * starts at {@code lowest} itself, that is the leftmost start, so the match is
 * {@code [lowest, end)} (the forward DFA's end is that of the leftmost start's preferred match).
 * A match of the leftmost start ends by {@code end}, so an anchored scan from {@code lowest} that
 * stops at its first match end reads at most {@code end - lowest + 1} units: usually far fewer
 * ({@code [\u4e00-\u9fa5]{3,}} reads three), and it needs neither the reverse DFA's scratch nor
 * its start state. When no match starts there the reverse DFA runs as before; spans longer than
 * {@link #MAX_SPAN} go straight to it, so the extra work is bounded per search.
 */
final class MatchAtLowest {
    /** Longest {@code [lowest, end)} tried: the failed scan then costs at most this many units more than the reverse run. */
    static final int MAX_SPAN = 64;

    private MatchAtLowest() {}

    /** Whether some match starts at {@code lowest} and ends by {@code end} (false also when the DFA gives up). */
    static boolean startsThere(LazyDfa forward, SearchInput in, int lowest, int end, LazyDfa.Scratch sc) {
        int lastEmpty = sc.lastEmpty; // the caller's search state: this scan must not change it
        int e = forward.earliestEndWithin(in, lowest, end, sc);
        sc.lastEmpty = lastEmpty;
        return e >= 0;
    }
}
