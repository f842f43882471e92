package dev.linrex.nfa;

import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a code-point set into the UTF-16 code-unit shapes the NFA consumes, reproducing how
 * java.util.regex decodes input with {@link Character#codePointAt(CharSequence, int)}: a valid
 * surrogate pair is one supplementary code point; a lone surrogate is itself.
 */
final class Utf16Ranges {
    /** BMP units matched on their own: non-surrogates, plus low surrogates (a lone low decodes as itself). */
    final char[] single;
    /** High surrogates in the set: they match only when not followed by a low surrogate. */
    final char[] loneHigh;
    /** Supplementary code points as (high-surrogate range, low-surrogate ranges) pairs. */
    final List<Pair> pairs;

    record Pair(char highLo, char highHi, char[] lows) {}

    private Utf16Ranges(char[] single, char[] loneHigh, List<Pair> pairs) {
        this.single = single;
        this.loneHigh = loneHigh;
        this.pairs = pairs;
    }

    /**
     * {@link Literals}' units of the set (its code points in order, when it has 1 to
     * {@link Literals#MAX_UNITS} of them, all BMP non-surrogates), or {@link #NOT_LITERAL};
     * computed on first use. Kept here because this object is kept with the set: a shared set
     * (a case-insensitive letter's {@code [sSſ]}, a cached property) is read by the literal walk
     * of every pattern that uses it, and a walk of a case-insensitive text asked for each letter.
     */
    private volatile char[] literalUnits;
    private static final char[] NOT_LITERAL = new char[0];

    /** See {@link #literalUnits}: the units, or null when the set is not a few BMP non-surrogates. */
    char[] literalUnits() {
        char[] u = literalUnits;
        if (u == null) {
            u = computeLiteralUnits();
            literalUnits = u;
        }
        return u == NOT_LITERAL ? null : u;
    }

    private char[] computeLiteralUnits() {
        if (loneHigh.length > 0 || !pairs.isEmpty()) {
            return NOT_LITERAL;
        }
        int count = 0;
        for (int i = 0; i < single.length; i += 2) {
            if (single[i + 1] >= Character.MIN_SURROGATE && single[i] <= Character.MAX_SURROGATE) {
                return NOT_LITERAL;
            }
            count += single[i + 1] - single[i] + 1;
            if (count > Literals.MAX_UNITS) {
                return NOT_LITERAL;
            }
        }
        if (count == 0) {
            return NOT_LITERAL;
        }
        char[] u = new char[count];
        int k = 0;
        for (int i = 0; i < single.length; i += 2) {
            for (int c = single[i]; c <= single[i + 1]; c++) {
                u[k++] = (char) c;
            }
        }
        return u;
    }

    /** The low-surrogate ranges of a whole block: every low surrogate. */
    private static final char[] ALL_LOWS = {0xDC00, 0xDFFF};

    /**
     * The shapes of {@code set}, computed once per set instance and kept with it; a set equal to
     * one converted before (another pattern's {@code [^"]}, {@code [\s\S]}, {@code [0-9a-f]})
     * usually takes that one's shapes from {@link #SHARED}.
     */
    static Utf16Ranges of(CodePointSet set) {
        if (set.derived() instanceof Utf16Ranges u) {
            return u;
        }
        int slot = set.hashCode() * 0x9E3779B9 >>> (32 - SHARED_BITS);
        Shared e = SHARED[slot];
        Utf16Ranges u;
        if (e != null && e.set.equals(set)) {
            u = e.shapes;
        } else {
            u = compute(set);
            SHARED[slot] = new Shared(set, u);
        }
        set.derive(u);
        return u;
    }

    /** A converted set and its shapes (final fields: safe to read through a racy array slot). */
    private record Shared(CodePointSet set, Utf16Ranges shapes) {}

    /**
     * Recently converted sets by content, one per slot of a hash of the set (a later set whose
     * hash picks a taken slot takes it over): classes recur across patterns, and a fresh class's
     * conversion (and its dispatch routes, computed on first use) costs more than parsing it.
     * Fixed size, so a program that compiles ever new classes keeps a fixed amount. Plain racy
     * slots: a reader sees null, an old entry or a new one, each complete and valid; the values
     * are immutable functions of their set, so which one a compile gets never matters. (Our own
     * table rather than a ConcurrentHashMap: no calls through JDK code that other libraries'
     * keys make megamorphic.)
     */
    private static final int SHARED_BITS = 10;
    static final int SHARED_LIMIT = 1 << SHARED_BITS;
    private static final Shared[] SHARED = new Shared[SHARED_LIMIT];

    /**
     * How a {@link Program#DISPATCH} for this set routes each unit range: {@code ranges} (sorted,
     * disjoint, adjacent ones with one route merged) and per range a route: {@link #TO_NEXT},
     * {@link #TO_LONE_HIGH}, {@code g + 1} for the low surrogates {@code lows[g]}, or
     * {@code -(g + 2)} for a unit that is both a lone high in the set and a prefix of pairs with
     * low surrogates {@code lows[g]}. Pair prefixes whose low surrogates are equal share one
     * group, so a copy of the set needs one low-surrogate instruction per distinct set of lows.
     */
    record DispatchShape(char[] ranges, int[] routes, char[][] lows) {}

    static final int TO_NEXT = 0;
    static final int TO_LONE_HIGH = -1;

    private volatile DispatchShape dispatchShape;

    /** The routes of a dispatch over this set (computed once; the compiler maps routes to pcs). */
    DispatchShape dispatchShape() {
        DispatchShape d = dispatchShape;
        if (d == null) {
            d = computeDispatchShape();
            dispatchShape = d;
        }
        return d;
    }

    private DispatchShape computeDispatchShape() {
        // Pairs with equal low-surrogate sets share a group (the first such pair's lows).
        int[] groupOf = new int[pairs.size()];
        List<char[]> groups = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            char[] lows = pairs.get(i).lows();
            int g = 0;
            while (g < groups.size() && !Arrays.equals(groups.get(g), lows)) {
                g++;
            }
            if (g == groups.size()) {
                groups.add(lows);
            }
            groupOf[i] = g;
        }
        RouteList rt = new RouteList();
        int si = 0;
        // Singles below the surrogates, then the high-surrogate block, then the rest of the singles.
        for (; si < single.length && single[si + 1] < 0xD800; si += 2) {
            rt.add(single[si], single[si + 1], TO_NEXT);
        }
        addHighs(rt, groupOf);
        for (; si < single.length; si += 2) {
            rt.add(single[si], single[si + 1], TO_NEXT);
        }
        return new DispatchShape(rt.ranges(), rt.routes(), groups.toArray(new char[0][]));
    }

    /**
     * The high-surrogate part: units that are only lone highs go to the lone-high check, units
     * that only begin pairs to their pair's low part, units that are both to both.
     */
    private void addHighs(RouteList rt, int[] groupOf) {
        char[] lone = loneHigh;
        int li = 0;
        int pi = 0;
        int c = 0xD800;
        while (c <= 0xDBFF) {
            while (li < lone.length && lone[li + 1] < c) {
                li += 2;
            }
            while (pi < pairs.size() && pairs.get(pi).highHi() < c) {
                pi++;
            }
            boolean inLone = li < lone.length && lone[li] <= c;
            boolean inPair = pi < pairs.size() && pairs.get(pi).highLo() <= c;
            // The segment ends before the next boundary of either list.
            int end = 0xDBFF;
            if (li < lone.length) {
                end = Math.min(end, inLone ? lone[li + 1] : lone[li] - 1);
            }
            if (pi < pairs.size()) {
                end = Math.min(end, inPair ? pairs.get(pi).highHi() : pairs.get(pi).highLo() - 1);
            }
            if (inLone || inPair) {
                rt.add((char) c, (char) end, inLone && inPair ? -(groupOf[pi] + 2) : inLone ? TO_LONE_HIGH : groupOf[pi] + 1);
            }
            c = end + 1;
        }
    }

    /** Sorted disjoint unit ranges with a route each; adjacent ranges with one route merge. */
    private static final class RouteList {
        private char[] ranges = new char[16];
        private int[] routes = new int[8];
        private int n;

        void add(char lo, char hi, int route) {
            if (n > 0 && routes[n - 1] == route && ranges[2 * n - 1] + 1 == lo) {
                ranges[2 * n - 1] = hi;
                return;
            }
            if (n == routes.length) {
                routes = Arrays.copyOf(routes, 2 * n);
                ranges = Arrays.copyOf(ranges, 4 * n);
            }
            ranges[2 * n] = lo;
            ranges[2 * n + 1] = hi;
            routes[n++] = route;
        }

        char[] ranges() {
            return Arrays.copyOf(ranges, 2 * n);
        }

        int[] routes() {
            return Arrays.copyOf(routes, n);
        }
    }

    private static final char[] NO_UNITS = {};

    /** The shapes of {@code set}, newly computed (not shared; tests call it to leave {@link #SHARED} as it is). */
    static Utf16Ranges compute(CodePointSet set) {
        int n = set.rangeCount();
        if (n > 0 && set.hi(n - 1) < 0xD800) {
            // Only units below the surrogates (literals, ASCII classes): the ranges as they are.
            char[] single = new char[2 * n];
            for (int i = 0; i < n; i++) {
                single[2 * i] = (char) set.lo(i);
                single[2 * i + 1] = (char) set.hi(i);
            }
            return new Utf16Ranges(single, NO_UNITS, List.of());
        }
        CharRangeList single = new CharRangeList();
        CharRangeList highs = new CharRangeList();
        List<Pair> pairs = new ArrayList<>();
        // The block (high surrogate) being filled from partial pieces, and its low ranges.
        int curHigh = -1;
        CharRangeList curLows = null;
        for (int i = 0; i < set.rangeCount(); i++) {
            int lo = set.lo(i);
            int hi = set.hi(i);
            addClipped(single, lo, hi, 0, 0xD7FF);
            addClipped(single, lo, hi, 0xDC00, 0xFFFF);
            addClipped(highs, lo, hi, 0xD800, 0xDBFF);
            int a = Math.max(lo, 0x10000);
            while (a <= hi) {
                int h = (a - 0x10000) >> 10;
                int blockStart = 0x10000 + (h << 10);
                int blockEnd = blockStart + 0x3FF;
                if (a == blockStart && hi >= blockEnd) {
                    // Whole blocks at once: one pair for the run, whatever its length.
                    int last = ((hi + 1 - 0x10000) >> 10) - 1;
                    if (curHigh >= 0) {
                        emit(pairs, curHigh, curHigh, curLows.toArray());
                        curHigh = -1;
                    }
                    emit(pairs, h, last, ALL_LOWS);
                    a = 0x10000 + ((last + 1) << 10);
                    continue;
                }
                int b = Math.min(hi, blockEnd);
                if (curHigh != h) {
                    if (curHigh >= 0) {
                        emit(pairs, curHigh, curHigh, curLows.toArray());
                    }
                    curHigh = h;
                    curLows = new CharRangeList();
                }
                curLows.add((char) (0xDC00 + ((a - 0x10000) & 0x3FF)), (char) (0xDC00 + ((b - 0x10000) & 0x3FF)));
                a = b + 1;
            }
        }
        if (curHigh >= 0) {
            emit(pairs, curHigh, curHigh, curLows.toArray());
        }
        return new Utf16Ranges(single.toArray(), highs.toArray(), pairs);
    }

    /** Appends blocks {@code [h1, h2]} with {@code lows}, merging with the previous pair if it continues it. */
    private static void emit(List<Pair> pairs, int h1, int h2, char[] lows) {
        if (!pairs.isEmpty()) {
            Pair last = pairs.get(pairs.size() - 1);
            if (last.highHi() + 1 == 0xD800 + h1 && Arrays.equals(last.lows(), lows)) {
                pairs.set(pairs.size() - 1, new Pair(last.highLo(), (char) (0xD800 + h2), last.lows()));
                return;
            }
        }
        pairs.add(new Pair((char) (0xD800 + h1), (char) (0xD800 + h2), lows));
    }

    private static void addClipped(CharRangeList list, int lo, int hi, int min, int max) {
        int a = Math.max(lo, min);
        int b = Math.min(hi, max);
        if (a <= b) {
            list.add((char) a, (char) b);
        }
    }

    /** Growable list of sorted inclusive char ranges; adjacent ranges are merged. */
    private static final class CharRangeList {
        private char[] data = new char[8];
        private int n;

        void add(char lo, char hi) {
            if (n > 0 && lo <= data[n - 1] + 1) {
                if (hi > data[n - 1]) {
                    data[n - 1] = hi;
                }
                return;
            }
            if (n + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[n++] = lo;
            data[n++] = hi;
        }

        char[] toArray() {
            return Arrays.copyOf(data, n);
        }
    }
}
