package dev.linrex.exec;

/**
 * Finds one literal whose every position allows one unit or a pair of units differing only in
 * bit 0x20 (what {@code (?i)} without {@code UNICODE_CASE} gives an ASCII letter:
 * {@code (?i)keyword_to_find}) in a String, without any automaton or per-search state. The scan
 * is for the unit at one position: a plain unit if the literal has one ({@code _}), found with
 * {@link String#indexOf(int, int)} (a JIT intrinsic reading many units per step), else the
 * rarest letter in either case by a plain loop; each candidate is checked in full with
 * {@code (u | mask) == folded} per position, which holds exactly for the allowed units (so
 * {@code K} U+212A or {@code ſ} U+017F never match an ASCII letter here, as in the JDK).
 *
 * <p>A search reads from its start to the match (or the limit), and each candidate costs at most
 * the literal's length: linear in the text for a given pattern. Immutable and thread-safe.
 */
final class FoldedLiteral {
    /** Per position: the allowed unit with bit 0x20 forced where {@link #mask} has it. */
    private final char[] folded;
    /** Per position: 0x20 where both cases are allowed, else 0. */
    private final char[] mask;
    /** The position whose unit is scanned for. */
    private final int anchor;
    /** Whether that position allows one unit only (then scanned with indexOf). */
    private final boolean anchorPlain;

    private FoldedLiteral(char[] folded, char[] mask) {
        this.folded = folded;
        this.mask = mask;
        int best = 0;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i < folded.length; i++) {
            // A plain unit first (indexOf is several times faster than a loop), then the rarest.
            int score = (mask[i] == 0 ? 0 : 10_000) + Prefilter.frequency(folded[i]);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        this.anchor = best;
        this.anchorPlain = mask[best] == 0;
    }

    /**
     * The searcher for a literal given as {@link Prefilter}'s folded form ({@code folded[i]},
     * {@code mask[i]}), or null if it is empty or allows one unit at every position (a plain
     * literal is one {@link String#indexOf(String, int)}).
     */
    static FoldedLiteral of(char[] folded, char[] mask) {
        if (folded == null || folded.length == 0) {
            return null;
        }
        for (char m : mask) {
            if (m != 0) {
                return new FoldedLiteral(folded.clone(), mask.clone());
            }
        }
        return null;
    }

    int length() {
        return folded.length;
    }

    /** The smallest {@code p >= from} at which the literal occurs entirely before {@code limit}, or -1. */
    int find(String s, int from, int limit) {
        int a = anchor;
        int lastAnchor = limit - folded.length + a; // where the anchor unit of the last possible start is
        if (anchorPlain && s.length() - limit <= limit - from) {
            // (indexOf cannot stop at limit: used only when what lies past it is no longer than the span.)
            char u = folded[a];
            int q = from + a;
            while (q <= lastAnchor) {
                q = s.indexOf(u, q);
                if (q < 0 || q > lastAnchor) {
                    return -1;
                }
                if (matchesAt(s, q - a)) {
                    return q - a;
                }
                q++;
            }
            return -1;
        }
        char v = folded[a];
        char m = mask[a];
        for (int q = from + a; q <= lastAnchor; q++) {
            if ((s.charAt(q) | m) == v && matchesAt(s, q - a)) {
                return q - a;
            }
        }
        return -1;
    }

    /** Whether the literal occurs at {@code p} (the caller has checked that it fits in the text). */
    private boolean matchesAt(String s, int p) {
        char[] f = folded;
        char[] m = mask;
        for (int i = 0; i < f.length; i++) {
            if ((s.charAt(p + i) | m[i]) != f[i]) {
                return false;
            }
        }
        return true;
    }
}
