package dev.linrex.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the leftmost of a few literals may start in a String, found with one
 * {@link String#indexOf} scan per needle (a JIT intrinsic that reads many units per step) instead
 * of {@link Prefilter}'s unit-by-unit candidate scan. Each literal gives one needle: its longest
 * run of positions allowing one unit each (the whole literal when it is plain), else the units at
 * its rarest position that allows at most two (an {@code (?i)} letter gives both cases, so two
 * needles); the rest of the literal is checked where a needle occurs. Each needle's next occurrence is remembered in a per-Matcher
 * {@link Memo}, so a find loop scans the text once per needle, not once per find.
 *
 * <p>Immutable and thread-safe; the memo is per Matcher.
 */
final class NeedleSet {
    /** More needles than this cost more scans than the one-pass candidate scan saves. */
    static final int MAX_NEEDLES = 16;
    /** Regions shorter than this many units per needle are left to the candidate scan (set-up costs). */
    static final int MIN_UNITS_PER_NEEDLE = 32;

    /** Per needle: the run of plain units to find (the whole literal when it is plain), or null for a unit needle. */
    private final String[] strings;
    /** Per needle: the unit (unit needles), and the needle's offset in its literal. */
    private final char[] units;
    private final int[] offsets;
    /** Per needle: its literal's index and length. */
    private final int[] literal;
    private final int[] lengths;

    private NeedleSet(String[] strings, char[] units, int[] offsets, int[] literal, int[] lengths) {
        this.strings = strings;
        this.units = units;
        this.offsets = offsets;
        this.literal = literal;
        this.lengths = lengths;
    }

    /**
     * The needles for {@code lits} (each {@code lits[k][i]} the sorted units allowed at position
     * i), or null when some literal has no position allowing at most two units or there would be
     * more than {@link #MAX_NEEDLES}.
     */
    static NeedleSet of(char[][][] lits) {
        List<String> strings = new ArrayList<>();
        StringBuilder units = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int k = 0; k < lits.length; k++) {
            char[][] lit = lits[k];
            if (lit.length == 0) {
                return null;
            }
            // The longest run of positions that allow one unit each: found as a string, then
            // the rest of the literal checked around it (a whole plain literal needs no check).
            int runStart = 0;
            int runLength = 0;
            for (int i = 0, start = 0; i <= lit.length; i++) {
                if (i == lit.length || lit[i].length != 1) {
                    if (i - start > runLength) {
                        runStart = start;
                        runLength = i - start;
                    }
                    start = i + 1;
                }
            }
            if (runLength > 1) {
                StringBuilder run = new StringBuilder(runLength);
                for (int i = runStart; i < runStart + runLength; i++) {
                    run.append(lit[i][0]);
                }
                strings.add(run.toString());
                units.append('\0');
                offsets.add(runStart);
                owner.add(k);
                continue;
            }
            int best = -1;
            long bestScore = Long.MAX_VALUE;
            for (int i = 0; i < lit.length; i++) {
                if (lit[i].length <= 2) {
                    long score = 0;
                    for (char u : lit[i]) {
                        score += Prefilter.frequency(u);
                    }
                    if (score < bestScore) {
                        bestScore = score;
                        best = i;
                    }
                }
            }
            if (best < 0) {
                return null;
            }
            for (char u : lit[best]) {
                strings.add(null);
                units.append(u);
                offsets.add(best);
                owner.add(k);
            }
        }
        if (strings.size() > MAX_NEEDLES) {
            return null;
        }
        int[] literal = owner.stream().mapToInt(Integer::intValue).toArray();
        int[] lengths = new int[literal.length];
        for (int e = 0; e < literal.length; e++) {
            lengths[e] = lits[literal[e]].length;
        }
        return new NeedleSet(strings.toArray(new String[0]), units.toString().toCharArray(),
                offsets.stream().mapToInt(Integer::intValue).toArray(), literal, lengths);
    }

    /** Whether a search of {@code [from, limit)} in {@code text} should use the needles. */
    boolean worthIt(String text, int from, int limit, Memo memo) {
        // indexOf cannot stop at limit (Java 17): only when the text past limit is no longer than
        // the region, so a search in a small region of a long text stays linear in the region.
        return text.length() - limit <= limit - from
                && (memo != null && memo.text == text && memo.owner == this
                    || limit - from >= MIN_UNITS_PER_NEEDLE * strings.length);
    }

    /**
     * The smallest {@code p >= from} at which some literal occurs entirely before {@code limit},
     * or -1: the leftmost of the needles' next literal occurrences (each needle's occurrence is
     * its literal's, checked in full by {@code lits} where the needle is one unit of it).
     */
    int find(String text, int from, int limit, Prefilter lits, Memo memo) {
        if (memo != null && (memo.text != text || memo.owner != this)) {
            memo.reset(this, text);
        }
        int best = Integer.MAX_VALUE;
        for (int e = 0; e < strings.length; e++) {
            int c = next(e, text, from, lits, memo);
            if (c >= 0 && c < best && c <= limit - lengths[e]) {
                best = c;
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /**
     * Where needle e's literal next occurs at or after {@code from} (anywhere in the text, not
     * only before a search's limit, so the memo serves every region), or -1: from the memo while
     * it answers.
     */
    private int next(int e, String text, int from, Prefilter lits, Memo memo) {
        int[] known = memo == null ? null : memo.known;
        int at;
        if (known != null && from >= known[2 * e + 1] && ((at = known[2 * e]) < 0 || at >= from)) {
            return at; // nothing between where it was scanned from and at, and from lies in that stretch
        }
        String s = strings[e];
        int o = offsets[e];
        int k = literal[e];
        int n = text.length();
        int q;
        if (s != null) {
            q = text.indexOf(s, from + o);
            if (s.length() != lengths[e]) {
                while (q >= 0 && !lits.matchesAt(k, text, q - o, n)) {
                    q = text.indexOf(s, q + 1);
                }
            }
        } else {
            char u = units[e];
            q = text.indexOf(u, from + o);
            while (q >= 0 && !lits.matchesAt(k, text, q - o, n)) {
                q = text.indexOf(u, q + 1);
            }
        }
        at = q < 0 ? -1 : q - o;
        if (known != null) {
            memo.steps += (q < 0 ? text.length() : q) - from;
            known[2 * e] = at;
            known[2 * e + 1] = from;
        }
        return at;
    }

    /** Where each needle occurs next in one text, as far as scanned; per Matcher. */
    static final class Memo {
        /** Marks a scratch whose first needle search ran without a memo (see {@code Strategy.Scratch.needleMemo}). */
        static final Memo FIRST_SEARCH_DONE = new Memo();

        private String text;
        private NeedleSet owner;
        /**
         * Per needle e: at {@code 2e} its first occurrence (as a literal start) at or after the
         * position at {@code 2e + 1} (where it was last scanned from), or -1 if none.
         */
        private int[] known;
        /** Units scanned so far, for linearity tests. */
        long steps;

        private void reset(NeedleSet owner, String text) {
            int n = owner.strings.length;
            if (known == null || known.length != 2 * n) {
                known = new int[2 * n];
            }
            for (int i = 1; i < known.length; i += 2) {
                known[i] = Integer.MAX_VALUE; // nothing known yet
            }
            this.owner = owner;
            this.text = text;
        }
    }
}
