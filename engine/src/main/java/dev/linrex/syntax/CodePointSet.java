package dev.linrex.syntax;

import java.util.Arrays;

/**
 * An immutable set of Unicode code points (0..0x10FFFF), kept as sorted, non-overlapping,
 * non-adjacent inclusive ranges. Every character class, escape, property and case-folded literal
 * ends up as one of these, so the compiler sees a single kind of "match one code point" node.
 */
public final class CodePointSet {
    public static final int MAX = Character.MAX_CODE_POINT;

    public static final CodePointSet EMPTY = new CodePointSet(new int[0]);
    public static final CodePointSet ALL = new CodePointSet(new int[] {0, MAX});

    /** lo0, hi0, lo1, hi1, ... sorted, disjoint, non-adjacent, inclusive. */
    private final int[] ranges;

    /**
     * A form of this set derived by a later stage and kept with it (the compiler's UTF-16 shapes),
     * so that a shared set, such as a cached Unicode property, is converted once, not per pattern.
     * Written once per race; any written value is equivalent.
     */
    private volatile Object derived;

    private CodePointSet(int[] normalizedRanges) {
        this.ranges = normalizedRanges;
    }

    /** The derived form stored with {@link #derive}, or null. */
    public Object derived() {
        return derived;
    }

    /** Stores the derived form (immutable, a function of this set only). */
    public void derive(Object form) {
        derived = form;
    }

    /** The one-code-point sets of Latin-1, shared: most literals of most patterns are one of these. */
    private static final CodePointSet[] LATIN1 = new CodePointSet[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = new CodePointSet(new int[] {c, c});
        }
    }

    public static CodePointSet of(int codePoint) {
        if (codePoint >= 0 && codePoint < LATIN1.length) {
            return LATIN1[codePoint];
        }
        return new CodePointSet(new int[] {codePoint, codePoint});
    }

    public static CodePointSet range(int lo, int hi) {
        if (lo > hi) {
            return EMPTY;
        }
        return new CodePointSet(new int[] {lo, hi});
    }

    /** A set of ranges already sorted, disjoint and non-adjacent (the array is kept, not copied). */
    static CodePointSet normalized(int[] ranges) {
        return new CodePointSet(ranges);
    }

    /** Builds a set from arbitrary (possibly overlapping, unsorted) inclusive pairs. */
    public static CodePointSet fromPairs(int[] pairs, int length) {
        if ((length & 1) != 0) {
            throw new IllegalArgumentException("odd pair array");
        }
        int n = length / 2;
        if (sortedByLow(pairs, length)) {
            return merged(pairs, length);
        }
        long[] packed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int lo = pairs[2 * i];
            int hi = pairs[2 * i + 1];
            if (lo <= hi) {
                packed[m++] = ((long) lo << 32) | (hi & 0xFFFFFFFFL);
            }
        }
        Arrays.sort(packed, 0, m);
        int[] out = new int[2 * m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            int lo = (int) (packed[i] >>> 32);
            int hi = (int) packed[i];
            k = join(out, k, lo, hi);
        }
        return new CodePointSet(k == out.length ? out : Arrays.copyOf(out, k));
    }

    /**
     * Adds range {@code [lo, hi]}, whose lo is no smaller than any before it, to the first
     * {@code k} entries of {@code out}: joined to the last range if they overlap or touch.
     * Returns the new length.
     */
    private static int join(int[] out, int k, int lo, int hi) {
        if (k > 0 && lo <= out[k - 1] + 1) {
            if (hi > out[k - 1]) {
                out[k - 1] = hi;
            }
            return k;
        }
        out[k] = lo;
        out[k + 1] = hi;
        return k + 2;
    }

    /** Whether every pair has lo <= hi and the pairs ascend by lo (e.g. members read in order). */
    private static boolean sortedByLow(int[] pairs, int length) {
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < length; i += 2) {
            if (pairs[i] > pairs[i + 1] || pairs[i] < last) {
                return false;
            }
            last = pairs[i];
        }
        return true;
    }

    /** The set of pairs sorted by lo: overlapping and adjacent ones joined, in one pass. */
    private static CodePointSet merged(int[] pairs, int length) {
        int[] out = new int[length];
        int k = 0;
        for (int i = 0; i < length; i += 2) {
            int lo = pairs[i];
            int hi = pairs[i + 1];
            k = join(out, k, lo, hi);
        }
        return new CodePointSet(k == out.length ? out : Arrays.copyOf(out, k));
    }

    /** Number of ranges. */
    public int rangeCount() {
        return ranges.length / 2;
    }

    public int lo(int i) {
        return ranges[2 * i];
    }

    public int hi(int i) {
        return ranges[2 * i + 1];
    }

    public boolean isEmpty() {
        return ranges.length == 0;
    }

    /** True when the set holds exactly one code point. */
    public boolean isSingle() {
        return ranges.length == 2 && ranges[0] == ranges[1];
    }

    public boolean contains(int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Number of code points in the set. */
    public long size() {
        long n = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            n += (long) ranges[i + 1] - ranges[i] + 1;
        }
        return n;
    }

    public CodePointSet union(CodePointSet other) {
        if (other.isEmpty() || other == this) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        // Both lists are sorted and normalized: one merge pass, no sort.
        int[] a = ranges;
        int[] b = other.ranges;
        int[] out = new int[a.length + b.length];
        int k = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int lo;
            int hi;
            if (j >= b.length || (i < a.length && a[i] <= b[j])) {
                lo = a[i];
                hi = a[i + 1];
                i += 2;
            } else {
                lo = b[j];
                hi = b[j + 1];
                j += 2;
            }
            k = join(out, k, lo, hi);
        }
        if (k == a.length && Arrays.equals(a, 0, k, out, 0, k)) {
            return this; // other added nothing
        }
        if (k == b.length && Arrays.equals(b, 0, k, out, 0, k)) {
            return other;
        }
        return new CodePointSet(k == out.length ? out : Arrays.copyOf(out, k));
    }

    public CodePointSet complement() {
        int[] out = new int[ranges.length + 2];
        int k = 0;
        int next = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            if (ranges[i] > next) {
                out[k++] = next;
                out[k++] = ranges[i] - 1;
            }
            next = ranges[i + 1] + 1;
        }
        if (next <= MAX) {
            out[k++] = next;
            out[k++] = MAX;
        }
        return new CodePointSet(Arrays.copyOf(out, k));
    }

    public CodePointSet intersect(CodePointSet other) {
        int[] a = ranges;
        int[] b = other.ranges;
        int[] out = new int[a.length + b.length];
        int k = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int lo = Math.max(a[i], b[j]);
            int hi = Math.min(a[i + 1], b[j + 1]);
            if (lo <= hi) {
                out[k++] = lo;
                out[k++] = hi;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return new CodePointSet(Arrays.copyOf(out, k));
    }

    public CodePointSet subtract(CodePointSet other) {
        return intersect(other.complement());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointSet && Arrays.equals(ranges, ((CodePointSet) o).ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ranges.length; i += 2) {
            appendCp(sb, ranges[i]);
            if (ranges[i + 1] != ranges[i]) {
                sb.append('-');
                appendCp(sb, ranges[i + 1]);
            }
        }
        return sb.append(']').toString();
    }

    private static void appendCp(StringBuilder sb, int cp) {
        if (cp >= 0x21 && cp < 0x7F && cp != '-' && cp != '[' && cp != ']' && cp != '\\') {
            sb.append((char) cp);
        } else {
            sb.append(String.format("\\x{%X}", cp));
        }
    }
}
