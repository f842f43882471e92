package dev.linrex.exec;

import java.util.List;

/**
 * Rejects a search whose text lacks something every match must contain
 * ({@link dev.linrex.nfa.RequiredLiterals}: groups of needles, one needle of each group in every
 * match), before any automaton runs. The scans are {@link String#indexOf(String, int)}, which the
 * JVM compiles to vector instructions, so a 10 KB text without the needle is rejected in well
 * under a microsecond where an automaton reads it unit by unit.
 *
 * <p>A match found from {@code from} lies in {@code [from, regionEnd)} (bounds only widen what
 * assertions see, never what is consumed), so the needle must occur entirely inside it.
 * Successive searches of a find loop ask again from later positions: each needle's next
 * occurrence is remembered in a {@link Memo} and only rescanned once the search has passed it,
 * so each needle's scans cover the text at most once per forward pass (linear, not quadratic).
 */
final class RequiredLiteralFilter {
    /** The groups' needles in one array; {@code groupEnd[g]} is one past group g's last needle. */
    private final String[] needles;
    /** Per needle: the offset of its rarest unit, which is scanned for ({@code String.indexOf(char)}). */
    private final int[] rare;
    private final int[] groupEnd;

    private RequiredLiteralFilter(String[] needles, int[] groupEnd) {
        this.needles = needles;
        this.groupEnd = groupEnd;
        this.rare = new int[needles.length];
        for (int i = 0; i < needles.length; i++) {
            rare[i] = dev.linrex.nfa.RequiredLiterals.rarestUnit(needles[i]);
        }
    }

    /** The filter for {@code groups} (see {@link dev.linrex.nfa.RequiredLiterals#of}), or null if there are none. */
    static RequiredLiteralFilter of(List<String[]> groups) {
        if (groups == null || groups.isEmpty()) {
            return null;
        }
        int n = 0;
        for (String[] g : groups) {
            n += g.length;
        }
        String[] needles = new String[n];
        int[] groupEnd = new int[groups.size()];
        int k = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (String s : groups.get(g)) {
                needles[k++] = s;
            }
            groupEnd[g] = k;
        }
        return new RequiredLiteralFilter(needles, groupEnd);
    }

    /**
     * Whether a pattern that is exactly {@code exact} (nfa.Literals#exact, or null) needs no
     * filter: one plain literal, which {@link Prefilter} finds with the same vector scan.
     */
    static boolean redundantFor(List<char[][]> exact) {
        if (exact == null || exact.size() != 1) {
            return false;
        }
        for (char[] units : exact.get(0)) {
            if (units.length != 1) {
                return false;
            }
        }
        return true;
    }

    int needleCount() {
        return needles.length;
    }

    /**
     * Searches of one text and region the filter is asked about once it has let this many through:
     * successive finds in a text with many matches would pay for the check on each, where it can
     * only save the scan of the tail after the last match (which the engines do anyway). A text
     * without a needle is still rejected at its first search, one with a few early matches at a
     * later one.
     */
    static final int MAX_PASSES = 4;

    /** Where each needle occurs next in one text and region, as far as scanned; per Matcher. */
    static final class Memo {
        /** Marks a scratch whose first filtered search ran without a memo (see {@code Strategy.Scratch.requiredMemoAfterFirst}). */
        static final Memo FIRST_SEARCH_DONE = new Memo();

        private String text;
        private int end;
        /**
         * Per needle i: at {@code 2i} its first occurrence ending by {@code end} at or after the
         * position at {@code 2i + 1} (where it was last scanned from), or -1 if none. One array,
         * not two: a Matcher that searches once allocates one array less.
         */
        private int[] known;
        /**
         * Units scanned so far, for linearity tests (not in the scratch's step count: a vector
         * scan costs far less per unit than an automaton step).
         */
        long steps;
        /** Searches of this text and region the filter let through (see {@link #MAX_PASSES}). */
        private int passes;

        private void reset(String text, int end, int needles) {
            passes = 0;
            if (known == null || known.length != 2 * needles) {
                known = new int[2 * needles];
            }
            this.text = text;
            this.end = end;
            for (int i = 1; i < known.length; i += 2) {
                known[i] = Integer.MAX_VALUE; // nothing known yet
            }
        }
    }

    /**
     * False if no match can lie in {@code [from, end)} of {@code text}: some group has no needle
     * there. Charges the budget for what it scans. {@code memo} null: the scans are not
     * remembered (a scratch's first search; see {@code Strategy.Scratch.requiredMemoAfterFirst}).
     */
    boolean mayMatch(String text, int from, int end, Memo memo, Budget budget) {
        if (text.length() - end > end - from) {
            // indexOf cannot stop at the region end (not before JDK 21): a scan could read far past
            // a small region, again for each region of a big text. Such searches are not filtered.
            return true;
        }
        if (memo != null && (memo.text != text || memo.end != end || memo.known == null
                || memo.known.length != 2 * needles.length)) {
            memo.reset(text, end, needles.length);
        }
        if (memo != null && memo.passes >= MAX_PASSES) {
            return true;
        }
        int g = 0;
        boolean found = false;
        for (int i = 0; i < needles.length; i++) {
            if (!found && next(i, text, from, end, memo, budget) >= 0) {
                found = true; // the rest of this group need not be looked at
            }
            if (i + 1 == groupEnd[g]) {
                if (!found) {
                    return false;
                }
                found = false;
                g++;
            }
        }
        if (memo != null) {
            memo.passes++;
        }
        return true;
    }

    /**
     * The first occurrence of {@code needle} at or after {@code from}, or -1: a scan for its rarest
     * unit (at offset {@code r}), checking the whole needle at each place that unit occurs (a
     * text full of near misses such as "<ent" for "entity" is then crossed at the speed of the
     * scan for 'y'). Each candidate costs at most the needle's length (at most 16 units).
     */
    private static int find(String needle, int r, String text, int from) {
        if (needle.length() == 1) {
            return text.indexOf(needle.charAt(0), from);
        }
        char unit = needle.charAt(r);
        int p = from + r;
        while (true) {
            int q = text.indexOf(unit, p);
            if (q < 0) {
                return -1;
            }
            if (text.startsWith(needle, q - r)) {
                return q - r;
            }
            p = q + 1;
        }
    }

    /** Needle i's first occurrence in {@code [from, end)}, or -1: from the memo while it still answers. */
    private int next(int i, String text, int from, int end, Memo memo, Budget budget) {
        int known;
        if (memo != null && from >= memo.known[2 * i + 1] && ((known = memo.known[2 * i]) < 0 || known >= from)) {
            return known; // nothing between scannedFrom and known, and from lies in that stretch
        }
        String needle = needles[i];
        int at = find(needle, rare[i], text, from);
        if (at >= 0 && at + needle.length() > end) {
            at = -1; // the next occurrence runs past the region end: so does every later one
        }
        long scanned = (at < 0 ? end : at + needle.length()) - from;
        budget.charge(scanned);
        if (memo != null) {
            memo.steps += scanned;
            memo.known[2 * i] = at;
            memo.known[2 * i + 1] = from;
        }
        return at;
    }
}
