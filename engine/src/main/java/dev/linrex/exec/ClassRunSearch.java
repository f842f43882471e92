package dev.linrex.exec;

import dev.linrex.nfa.Program;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;

/**
 * The unanchored search of a pattern that is one character class {@code C}, alone or greedily
 * repeated ({@code C}, {@code C+}, {@code C*}, without groups): {@code \pL}, {@code \d+},
 * {@code a*}. Its match is found by reading code points, with no automaton and none of the
 * per-search set-up of the general engines, which dominates a find loop of many tiny matches
 * (a letter count over a book is one search per letter).
 *
 * <p>It reads the input exactly as the compiled program does (and java.util.regex: a valid
 * surrogate pair is one code point, a lone surrogate is itself): a single {@code C} refuses a
 * high surrogate whose low half lies just past the region end (the JDK's
 * {@code Character.codePointAt} reads past the region, then the match fails), while a greedy
 * loop takes such a high half alone (the JDK's {@code CharPropertyGreedy});
 * later attempt positions skip the middle of a pair when the program has the pair-midpoint guard.
 * The hit-end flags come, as after any fast path, from a deferred Pike VM run.
 *
 * <p>Each find reads from its start to one unit past its match, and the next find starts at the
 * match end, so a find loop reads each unit a bounded number of times. Immutable.
 */
final class ClassRunSearch {
    /** Units scanned between two charges of the budget (so limits and interrupts are noticed). */
    private static final int CHUNK = 4096;

    private final CodePointSet set;
    private final BmpBits bmp;
    /** 0: exactly one code point; 1: {@code C+}; 2: {@code C*} (may be empty). */
    private final int minRun;
    private final boolean repeated;
    /** Attempts after the search start skip pair midpoints (the program's guard). */
    private final boolean guarded;
    /** The set is one non-surrogate BMP unit: scan for it with {@link String#indexOf(int, int)}. */
    private final int singleUnit;

    private ClassRunSearch(CodePointSet set, boolean repeated, int min, boolean guarded) {
        this.set = set;
        this.bmp = BmpBits.of(set);
        this.repeated = repeated;
        this.minRun = min;
        this.guarded = guarded;
        this.singleUnit = set.isSingle() && set.lo(0) <= Character.MAX_VALUE && !Character.isSurrogate((char) set.lo(0))
                ? set.lo(0) : -1;
    }

    /** The search for {@code node} compiled as {@code prog}, or null if the pattern has another shape. */
    static ClassRunSearch of(Ast.Node node, Program prog) {
        if (prog.groupCount != 0 || prog.hasLooks() || prog.beginAnchored) {
            return null;
        }
        while (node instanceof Ast.Group g && g.index() == 0) {
            node = g.body();
        }
        boolean guarded = prog.start != prog.startAtFrom;
        if (node instanceof Ast.CharSet cs) {
            // Two or three plain units ([ab], (?i)k) are a literal set: its vector scans per literal
            // beat a unit-by-unit scan on text where they are rare.
            return fewPlainUnits(cs.set()) ? null : new ClassRunSearch(cs.set(), false, 1, guarded);
        }
        // Exactly the shape the compiler builds as one greedy class loop (CharPropertyGreedy).
        if (node instanceof Ast.Repeat r && r.body() instanceof Ast.CharSet cs && r.greedy()
                && r.max() == Ast.UNBOUNDED && r.min() <= 1) {
            return new ClassRunSearch(cs.set(), true, r.min(), guarded);
        }
        return null;
    }

    private static boolean fewPlainUnits(CodePointSet set) {
        long n = set.size();
        return n >= 2 && n <= 3 && set.hi(set.rangeCount() - 1) < Character.MIN_SURROGATE;
    }

    /**
     * The leftmost-first match at or after {@code from} in the region of {@code in}: fills
     * {@code slots[0..1]} (as far as it has them) and returns true, or returns false.
     */
    boolean find(SearchInput in, int from, int[] slots, Strategy.Scratch scratch) {
        CharSequence text = in.text;
        int end = in.regionEnd;
        int start;
        int e;
        if (text instanceof String s) {
            // (A copy for String, so that charAt is monomorphic in the loops.)
            start = minRun == 0 ? from : scan(s, from, end, scratch);
            if (start < 0) {
                return false;
            }
            char u = start < end ? s.charAt(start) : 0;
            e = repeated ? run(s, start, end)
                    : u < Character.MIN_SURROGATE || u > Character.MAX_SURROGATE ? start + 1 : start + width(s, start, end);
        } else {
            start = minRun == 0 ? from : scan(text, from, end, scratch);
            if (start < 0) {
                return false;
            }
            e = repeated ? run(text, start, end) : start + width(text, start, end);
        }
        // The work: the units read up to the match end, less what a long scan charged on the way.
        scratch.charge(e - from - (start - from) / CHUNK * CHUNK);
        scratch.otherSteps += e - from;
        if (slots.length > 0) {
            slots[0] = start;
            if (slots.length > 1) {
                slots[1] = e;
            }
        }
        return true;
    }

    /**
     * The first attempt position in {@code [from, end)} where one code point of the set starts,
     * or -1 (having charged the budget for the whole scan). On success the budget is charged
     * only for the whole chunks of {@link #CHUNK} units passed before the match chunk.
     */
    private int scan(String s, int from, int end, Strategy.Scratch scratch) {
        if (singleUnit >= 0 && s.length() - end <= end - from) {
            // (indexOf cannot stop at end: used only when what lies past it is no longer than the span.)
            int p = s.indexOf(singleUnit, from);
            if (p >= 0 && p < end) {
                return p < from + CHUNK ? p : chargeChunks(p, from, scratch);
            }
            return notFound(from, end, scratch);
        }
        for (int base = from; base < end; base += CHUNK) {
            int stop = Math.min(end, base + CHUNK);
            for (int p = base; p < stop; p++) {
                char u = s.charAt(p);
                if (u < Character.MIN_SURROGATE ? bmp.contains(u) : width(s, p, from, end) > 0) {
                    return p;
                }
            }
            scratch.charge(stop - base);
        }
        scratch.otherSteps += end - from;
        return -1;
    }

    /** As {@link #scan(String, int, int, Strategy.Scratch)} for any CharSequence. */
    private int scan(CharSequence s, int from, int end, Strategy.Scratch scratch) {
        for (int base = from; base < end; base += CHUNK) {
            int stop = Math.min(end, base + CHUNK);
            for (int p = base; p < stop; p++) {
                char u = s.charAt(p);
                if (u < Character.MIN_SURROGATE ? bmp.contains(u) : width(s, p, from, end) > 0) {
                    return p;
                }
            }
            scratch.charge(stop - base);
        }
        scratch.otherSteps += end - from;
        return -1;
    }

    /** A match found at {@code p} by one vector scan: charges the whole chunks before it, as a chunked scan would. */
    private static int chargeChunks(int p, int from, Strategy.Scratch scratch) {
        scratch.charge((p - from) / CHUNK * CHUNK);
        return p;
    }

    private static int notFound(int from, int end, Strategy.Scratch scratch) {
        scratch.charge(end - from);
        scratch.otherSteps += end - from;
        return -1;
    }

    /** The end of the greedy run of set members from {@code p} (a member, or the search start of C*). */
    private int run(String s, int p, int end) {
        while (p < end) {
            char u = s.charAt(p);
            if (u < Character.MIN_SURROGATE) {
                if (!bmp.contains(u)) {
                    return p;
                }
                p++;
            } else {
                int w = width(s, p, end);
                if (w == 0) {
                    return p;
                }
                p += w;
            }
        }
        return p;
    }

    private int run(CharSequence s, int p, int end) {
        while (p < end) {
            int w = width(s, p, end);
            if (w == 0) {
                return p;
            }
            p += w;
        }
        return p;
    }

    /**
     * The units of the set member that starts at attempt position {@code p} of a scan from
     * {@code from} (0 if none): a pair midpoint after the search start is no attempt position
     * when the program is guarded.
     */
    private int width(CharSequence s, int p, int from, int end) {
        if (guarded && p > from && Assertions.isPairMidpoint(s, p)) {
            return 0;
        }
        return width(s, p, end);
    }

    /** The units of the set member at {@code p} (1 or 2), or 0 if the code point there is not one. */
    private int width(CharSequence s, int p, int end) {
        char u = s.charAt(p);
        if (!Character.isHighSurrogate(u)) {
            return (u < Character.MIN_SURROGATE || u > Character.MAX_SURROGATE ? bmp.contains(u) : set.contains(u)) ? 1 : 0;
        }
        if (p + 1 < end && Character.isLowSurrogate(s.charAt(p + 1))) {
            return set.contains(Character.toCodePoint(u, s.charAt(p + 1))) ? 2 : 0;
        }
        if (!repeated && p + 1 < s.length() && Character.isLowSurrogate(s.charAt(p + 1))) {
            return 0; // a pair cut by the region end: read whole, past the end, so no match
        }
        return set.contains(u) ? 1 : 0; // a lone high surrogate is itself
    }
}
