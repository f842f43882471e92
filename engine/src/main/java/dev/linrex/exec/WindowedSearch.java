package dev.linrex.exec;

import dev.linrex.nfa.Program;

/**
 * Long searches of a bounded-length pattern whose lazy DFA thrashes. A pattern such as
 * {@code [a-q][^u-z]{13}x} has a DFA state for every set of attempts in flight (up to 2^14 of
 * them): on English text the cache is cleared again and again, a state built every few units,
 * yet each search of a find loop is too short for the DFA's own per-search give-up rule. Its
 * matches are at most {@link MaxUnits} units long, though, so the {@link Backtracker} can try
 * each start on a window of that length ({@link Backtracker#searchWindows}), as java.util.regex
 * tries each start: linear in the region, with a constant factor (program size times the
 * window) kept small by {@link #MAX_WORK_PER_START}.
 *
 * <p>When: once a Matcher's forward DFA has been cleared {@link LazyDfa#MIN_CLEARS} times and
 * its searches have covered fewer than {@link LazyDfa#MIN_UNITS_PER_STATE} units per state built
 * (the rule RE2 and regex-automata use to give up on a DFA, applied over the searches of a
 * Matcher rather than within one), the pattern is marked: from then on its searches too long for
 * the plain backtracker run here. Shared by every thread using the pattern through a plain
 * field: a stale read only delays the switch between two engines that give the same answer.
 */
final class WindowedSearch {
    /**
     * The most visited pairs (instructions times window positions) one start may cost: past it,
     * a start could cost more than the Pike VM's step per instruction and unit, and the pattern
     * stays with the DFA.
     */
    static final int MAX_WORK_PER_START = 4096;

    private final Backtracker backtracker;
    private final int window;
    /** What a match can begin with; null when a match may be empty (every start is then tried). */
    private final FirstUnits first;
    /** The forward DFA was seen thrashing on this pattern's searches: long searches come here. */
    private boolean dfaThrashes;

    private WindowedSearch(Backtracker backtracker, int window, FirstUnits first) {
        this.backtracker = backtracker;
        this.window = window;
        this.first = first;
    }

    /** The windowed search for {@code prog}, or null if its matches are unbounded or its windows too costly. */
    static WindowedSearch of(Program prog, Backtracker backtracker) {
        if (prog.hasLooks()) {
            return null; // lookarounds run on the Pike VM with their tables
        }
        int window = MaxUnits.of(prog, MAX_WORK_PER_START / Math.max(1, prog.size()) - 1);
        return window == MaxUnits.UNBOUNDED ? null : new WindowedSearch(backtracker, window, FirstUnits.of(prog));
    }

    /** The longest match, in units. */
    int window() {
        return window;
    }

    /** Whether searches too long for the plain backtracker should run here rather than on the DFAs. */
    boolean preferred() {
        return dfaThrashes;
    }

    /** A forward DFA search of {@code fwd}'s owner covered {@code units} units: marks the pattern if the cache thrashes. */
    void noteDfa(LazyDfa.Scratch fwd, int units) {
        fwd.totalUnits += units;
        if (fwd.totalClears >= LazyDfa.MIN_CLEARS
                && fwd.totalUnits < (long) LazyDfa.MIN_UNITS_PER_STATE * fwd.totalBuilt) {
            dfaThrashes = true;
        }
    }

    /**
     * Leftmost-first unanchored search of {@code [from, in.regionEnd]} by the forward DFA anchored
     * at each start where a match can begin: the match's {@code start << 32 | end}, or
     * {@link LazyDfa#NO_MATCH}, or {@link LazyDfa#GAVE_UP}. Each anchored run reads at most
     * {@link #window} + 1 units (past them no thread is alive); its few states stay cached.
     */
    long dfaFind(LazyDfa fwd, LazyDfa.Scratch sc, SearchInput in, int from) {
        final CharSequence text = in.text;
        final int end = in.regionEnd;
        final FirstUnits first = this.first;
        for (int s = from; s <= end; s++) {
            if (first != null) {
                int t = s;
                while (t < end && !first.contains(text.charAt(t))) {
                    t++;
                }
                sc.budget.charge(t - s);
                if (t == end) {
                    return LazyDfa.NO_MATCH;
                }
                s = t;
            }
            int e = fwd.searchForward(in, s, Anchor.START, sc);
            if (e == LazyDfa.GAVE_UP) {
                return LazyDfa.GAVE_UP;
            }
            if (e >= 0) {
                return (long) s << 32 | e;
            }
        }
        return LazyDfa.NO_MATCH;
    }

    /** Leftmost-first unanchored search of {@code [from, in.regionEnd]}; as {@link Backtracker#search}. */
    boolean search(SearchInput in, int from, int[] slots, Backtracker.Cache cache) {
        return backtracker.searchWindows(in, from, in.regionEnd, window, slots, cache);
    }
}
