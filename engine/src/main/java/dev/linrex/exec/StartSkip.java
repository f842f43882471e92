package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the next match can start, for the forward lazy DFA while it stands in its unanchored
 * start state with no thread alive: only at a unit some first instruction of the pattern
 * accepts. When those units are one unit, up to three, or one range (a high surrogate for an
 * emoji class, a CJK block), a plain scan finds the next one far faster than the DFA steps over
 * the units that lead back to the start state (the "accelerated states" of regex-automata's
 * DFAs, for UTF-16 units; our own code). A single unit in a String is found with
 * {@link String#indexOf(int, int)}, a JIT intrinsic.
 *
 * <p>The set ignores assertions (it is what the consuming instructions accept), so it is never
 * smaller than the truth: a skipped unit cannot begin a match. Immutable.
 */
final class StartSkip {
    /**
     * Use a range scan only for a range of non-ASCII units at most half the unit space wide (so
     * that ordinary text, mostly outside it, is skipped; ASCII ranges are left to the DFA).
     */
    private static final int MAX_RANGE_SHARE = 0x8000;

    private final char lo;
    private final char hi;
    private final int count;
    private final char a;
    private final char b;
    private final char c;

    private StartSkip(char lo, char hi, int count, char a, char b, char c) {
        this.lo = lo;
        this.hi = hi;
        this.count = count;
        this.a = a;
        this.b = b;
        this.c = c;
    }

    /**
     * The skip for a pattern whose matches start at {@code prog.start} and are never empty
     * ({@code minUnits > 0}), or null when its first units are too many to be worth a scan.
     */
    static StartSkip of(Program prog, int minUnits) {
        if (minUnits <= 0) {
            return null;
        }
        char[] ranges = firstUnitRanges(prog);
        if (ranges == null || ranges.length == 0) {
            return null;
        }
        long units = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            units += ranges[i + 1] - ranges[i] + 1;
        }
        if (units <= 3) {
            char[] u = new char[3];
            int k = 0;
            for (int i = 0; i < ranges.length; i += 2) {
                for (int x = ranges[i]; x <= ranges[i + 1]; x++) {
                    u[k++] = (char) x;
                }
            }
            return new StartSkip((char) 0, (char) 0, (int) units, u[0], u[Math.min(1, k - 1)], u[k - 1]);
        }
        if (ranges.length == 2 && units <= MAX_RANGE_SHARE && ranges[0] >= 128) {
            return new StartSkip(ranges[0], ranges[1], (int) units, (char) 0, (char) 0, (char) 0);
        }
        return null;
    }

    /** The smallest {@code p} in {@code [from, limit)} whose unit may begin a match, or -1. */
    int next(CharSequence text, int from, int limit) {
        if (count == 1) {
            // String.indexOf cannot stop at limit (Java 17): use it only when what lies past limit
            // is no longer than the span searched, so a search stays linear in its region.
            if (text instanceof String s && s.length() - limit <= limit - from) {
                int p = s.indexOf(a, from);
                return p >= 0 && p < limit ? p : -1;
            }
            for (int p = from; p < limit; p++) {
                if (text.charAt(p) == a) {
                    return p;
                }
            }
            return -1;
        }
        return text instanceof String s ? scan(s, from, limit) : scan(text, from, limit);
    }

    /** A separate copy for String, so that charAt is monomorphic here. */
    private int scan(String s, int from, int limit) {
        if (count <= 3) {
            for (int p = from; p < limit; p++) {
                char u = s.charAt(p);
                if (u == a || u == b || u == c) {
                    return p;
                }
            }
            return -1;
        }
        int width = hi - lo;
        for (int p = from; p < limit; p++) {
            if (s.charAt(p) - lo <= width && s.charAt(p) >= lo) {
                return p;
            }
        }
        return -1;
    }

    private int scan(CharSequence s, int from, int limit) {
        for (int p = from; p < limit; p++) {
            char u = s.charAt(p);
            if (count <= 3 ? u == a || u == b || u == c : u >= lo && u <= hi) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The units accepted by the consuming instructions reachable from {@code prog.start} without
     * consuming, as sorted disjoint inclusive ranges; null if a LOOK is reachable (not modelled).
     */
    static char[] firstUnitRanges(Program prog) {
        List<int[]> ranges = new ArrayList<>();
        FirstInstructions.Visitor collect = new FirstInstructions.Visitor() {
            @Override
            public void consuming(int pc) {
                if (prog.op[pc] == Program.RANGE) {
                    ranges.add(new int[] {prog.arg[pc], prog.arg2[pc]});
                } else {
                    char[] r = prog.classes[prog.arg[pc]];
                    for (int i = 0; i + 1 < r.length; i += 2) {
                        ranges.add(new int[] {r[i], r[i + 1]});
                    }
                }
            }

            @Override
            public boolean match() {
                return true; // callers exclude empty matches
            }

            @Override
            public int look(int pc) {
                return FirstInstructions.ABORT; // not modelled
            }
        };
        if (!FirstInstructions.walk(prog, prog.start, Integer.MAX_VALUE, new int[prog.size()], 1, collect)) {
            return null;
        }
        ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
        char[] out = new char[2 * ranges.size()];
        int n = 0;
        for (int[] r : ranges) {
            if (n > 0 && r[0] <= out[n - 1] + 1) {
                out[n - 1] = (char) Math.max(out[n - 1], r[1]);
            } else {
                out[n++] = (char) r[0];
                out[n++] = (char) r[1];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
