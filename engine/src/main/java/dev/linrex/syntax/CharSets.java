package dev.linrex.syntax;

import java.util.function.IntPredicate;

/** Small helpers for building {@link CodePointSet}s from predicates over all code points. */
final class CharSets {
    private CharSets() {}

    /**
     * The set of code points (0..0x10FFFF) for which {@code p} holds. One linear pass; callers
     * cache the result, because this is how properties follow the running JDK without tables.
     */
    static CodePointSet matching(IntPredicate p) {
        int[] pairs = new int[64];
        int n = 0;
        int start = -1;
        for (int cp = 0; cp <= CodePointSet.MAX; cp++) {
            if (p.test(cp)) {
                if (start < 0) {
                    start = cp;
                }
            } else if (start >= 0) {
                if (n + 2 > pairs.length) {
                    pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
                }
                pairs[n++] = start;
                pairs[n++] = cp - 1;
                start = -1;
            }
        }
        if (start >= 0) {
            if (n + 2 > pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, pairs.length + 2);
            }
            pairs[n++] = start;
            pairs[n++] = CodePointSet.MAX;
        }
        return CodePointSet.fromPairs(pairs, n);
    }

    /** A set of the given code points (any order, duplicates allowed). */
    static CodePointSet of(int... cps) {
        int[] pairs = new int[cps.length * 2];
        for (int i = 0; i < cps.length; i++) {
            pairs[2 * i] = cps[i];
            pairs[2 * i + 1] = cps[i];
        }
        return CodePointSet.fromPairs(pairs, pairs.length);
    }

    /** The ASCII (0..127) code points for which {@code p} holds; cheap, no caching needed. */
    static CodePointSet ascii(IntPredicate p) {
        int[] pairs = new int[256];
        int n = 0;
        for (int cp = 0; cp < 128; cp++) {
            if (p.test(cp)) {
                pairs[n++] = cp;
                pairs[n++] = cp;
            }
        }
        return CodePointSet.fromPairs(pairs, n);
    }
}
