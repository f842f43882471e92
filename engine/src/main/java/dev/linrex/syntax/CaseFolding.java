package dev.linrex.syntax;

import java.util.Arrays;

/**
 * Case-insensitive expansion of literals, class members and ranges, exactly as java.util.regex
 * compares characters: CASE_INSENSITIVE alone folds US-ASCII only; with UNICODE_CASE the JDK
 * compares {@code Character.toLowerCase(Character.toUpperCase(c))} one char at a time (no
 * multi-char folding, so {@code ß} never matches {@code SS}).
 *
 * <p>The Unicode part needs the inverse of that mapping, so on first use we scan every code
 * point once and keep the few thousand whose upper or lower-of-upper differs from themselves.
 * Built from the running JDK's {@link Character}, never from a copied table.
 */
final class CaseFolding {
    private CaseFolding() {}

    /** Code points x with toUpperCase(x) != x or toLowerCase(toUpperCase(x)) != x, ascending. */
    private static final class Table {
        static final int[] CP;
        static final int[] UPPER;
        static final int[] LOWER_OF_UPPER;
        /** Indexes into CP sorted by LOWER_OF_UPPER, for preimage lookups. */
        static final int[] BY_FOLD;

        static {
            int[] cp = new int[4096];
            int[] up = new int[4096];
            int[] lu = new int[4096];
            int n = 0;
            for (int c = 0; c <= CodePointSet.MAX; c++) {
                int u = Character.toUpperCase(c);
                int l = Character.toLowerCase(u);
                if (u != c || l != c) {
                    if (n == cp.length) {
                        cp = Arrays.copyOf(cp, n * 2);
                        up = Arrays.copyOf(up, n * 2);
                        lu = Arrays.copyOf(lu, n * 2);
                    }
                    cp[n] = c;
                    up[n] = u;
                    lu[n] = l;
                    n++;
                }
            }
            CP = Arrays.copyOf(cp, n);
            UPPER = Arrays.copyOf(up, n);
            LOWER_OF_UPPER = Arrays.copyOf(lu, n);
            long[] keyed = new long[n];
            for (int i = 0; i < n; i++) {
                keyed[i] = ((long) LOWER_OF_UPPER[i] << 32) | i;
            }
            Arrays.sort(keyed);
            BY_FOLD = new int[n];
            for (int i = 0; i < n; i++) {
                BY_FOLD[i] = (int) keyed[i];
            }
        }
    }

    static boolean isAsciiUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static int asciiToLower(int c) {
        return isAsciiUpper(c) ? c + 0x20 : c;
    }

    static int asciiToUpper(int c) {
        return isAsciiLower(c) ? c - 0x20 : c;
    }

    static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * What a literal code point matches. {@code inSlice} says whether it was part of a run of two
     * or more literals: the JDK matches such runs with a slice node that always compares folded
     * values, while a lone literal whose upper case equals its folded form matches only itself
     * (so {@code (?iu)ß} does not match {@code ẞ} but {@code (?iu)aß} matches {@code aẞ}).
     */
    static CodePointSet literal(int c, int flags, boolean inSlice) {
        if ((flags & Flags.CASE_INSENSITIVE) == 0) {
            return CodePointSet.of(c);
        }
        if ((flags & Flags.UNICODE_CASE) != 0) {
            int upper = Character.toUpperCase(c);
            int k = Character.toLowerCase(upper);
            if (!inSlice && upper == k) {
                return CodePointSet.of(c);
            }
            return foldOrbit(k);
        }
        if (c < 128) {
            return asciiCaseless(c);
        }
        return CodePointSet.of(c);
    }

    /** Per ASCII unit, its set under ASCII case folding ({@code c}, lower, upper): parsed often. */
    private static final CodePointSet[] ASCII_CASELESS = new CodePointSet[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_CASELESS[c] = CharSets.of(c, asciiToLower(c), asciiToUpper(c));
        }
    }

    private static CodePointSet asciiCaseless(int c) {
        return ASCII_CASELESS[c];
    }

    /**
     * {@link #foldOrbit} of the code points below {@code 0x800} (Latin, Greek, Cyrillic, ...),
     * filled on first use: case-insensitive Unicode literals ask for the same few again and again.
     * The sets are immutable, so a racing fill stores equal values.
     */
    private static final CodePointSet[] SMALL_ORBITS = new CodePointSet[0x800];

    /** {k} plus every x with toLowerCase(toUpperCase(x)) == k. */
    static CodePointSet foldOrbit(int k) {
        if (k >= 0 && k < SMALL_ORBITS.length) {
            CodePointSet s = SMALL_ORBITS[k];
            if (s == null) {
                s = computeFoldOrbit(k);
                SMALL_ORBITS[k] = s;
            }
            return s;
        }
        return computeFoldOrbit(k);
    }

    private static CodePointSet computeFoldOrbit(int k) {
        int[] byFold = Table.BY_FOLD;
        int[] lu = Table.LOWER_OF_UPPER;
        int lo = 0;
        int hi = byFold.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lu[byFold[mid]] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int[] pairs = new int[16];
        int n = 0;
        pairs[n++] = k;
        pairs[n++] = k;
        for (int i = lo; i < byFold.length && lu[byFold[i]] == k; i++) {
            if (n + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            int x = Table.CP[byFold[i]];
            pairs[n++] = x;
            pairs[n++] = x;
        }
        return CodePointSet.fromPairs(pairs, n);
    }

    /**
     * A single class member, as the JDK adds it: Latin-1 members go into its bit vector (which
     * adds the ASCII or {@code Character} upper and lower case), a few Latin-1 characters whose
     * case partners lie outside Latin-1 and all others behave like a lone literal.
     */
    static CodePointSet classMember(int c, int flags) {
        boolean ci = (flags & Flags.CASE_INSENSITIVE) != 0;
        boolean uc = (flags & Flags.UNICODE_CASE) != 0;
        if (c < 256 && !(ci && uc && isLatin1Exception(c))) {
            if (!ci) {
                return CodePointSet.of(c);
            }
            if (c < 128) {
                return asciiCaseless(c);
            }
            if (uc) {
                return CharSets.of(c, Character.toLowerCase(c), Character.toUpperCase(c));
            }
            return CodePointSet.of(c);
        }
        return literal(c, flags, false);
    }

    static boolean isLatin1Exception(int c) {
        switch (c) {
            case 0xff: case 0xb5: case 'I': case 'i': case 'S': case 's': case 'K': case 'k': case 0xc5: case 0xe5:
                return true;
            default:
                return false;
        }
    }

    /** A class range {@code lo-hi} under the flags in force (JDK: Range, CIRange, CIRangeU). */
    static CodePointSet range(int lo, int hi, int flags) {
        CodePointSet base = CodePointSet.range(lo, hi);
        if ((flags & Flags.CASE_INSENSITIVE) == 0) {
            return base;
        }
        int[] pairs = new int[64];
        int n = 0;
        if ((flags & Flags.UNICODE_CASE) != 0) {
            int[] cp = Table.CP;
            int[] up = Table.UPPER;
            int[] lu = Table.LOWER_OF_UPPER;
            for (int i = 0; i < cp.length; i++) {
                if ((up[i] >= lo && up[i] <= hi) || (lu[i] >= lo && lu[i] <= hi)) {
                    if (n + 2 > pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[n++] = cp[i];
                    pairs[n++] = cp[i];
                }
            }
        } else {
            for (int c = 0; c < 128; c++) {
                int u = asciiToUpper(c);
                int l = asciiToLower(c);
                if ((u >= lo && u <= hi) || (l >= lo && l <= hi)) {
                    if (n + 2 > pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[n++] = c;
                    pairs[n++] = c;
                }
            }
        }
        return base.union(CodePointSet.fromPairs(pairs, n));
    }
}
