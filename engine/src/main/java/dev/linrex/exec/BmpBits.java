package dev.linrex.exec;

import dev.linrex.syntax.CodePointSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Membership of the BMP code units in a code-point set as a bitmap, for a scan that tests a
 * unit in two loads instead of a binary search over ranges. Two-level (256 blocks of 256 bits,
 * identical blocks stored once): a property class such as {@code \p{L}} needs a few KB, a
 * class of a few ranges a few hundred bytes, not a flat 8 KB. Immutable.
 */
final class BmpBits {
    /** Per block of 256 units, the index of its first word in {@link #words}. */
    private final short[] blockStart;
    /** Four 64-bit words per distinct block. */
    private final long[] words;

    private BmpBits(short[] blockStart, long[] words) {
        this.blockStart = blockStart;
        this.words = words;
    }

    /** Whether unit {@code u} (as a code point) is in the set. */
    boolean contains(char u) {
        return (words[blockStart[u >>> 8] + ((u >>> 6) & 3)] & (1L << u)) != 0;
    }

    static BmpBits of(CodePointSet set) {
        long[] flat = new long[1024];
        for (int i = 0; i < set.rangeCount() && set.lo(i) <= Character.MAX_VALUE; i++) {
            int lo = set.lo(i);
            int hi = Math.min(set.hi(i), Character.MAX_VALUE);
            for (int u = lo; u <= hi; ) {
                if ((u & 63) == 0 && u + 63 <= hi) {
                    flat[u >>> 6] = -1L;
                    u += 64;
                } else {
                    flat[u >>> 6] |= 1L << u;
                    u++;
                }
            }
        }
        short[] start = new short[256];
        Map<List<Long>, Integer> seen = new HashMap<>();
        long[] words = new long[1024];
        int n = 0;
        for (int b = 0; b < 256; b++) {
            long[] block = Arrays.copyOfRange(flat, 4 * b, 4 * b + 4);
            List<Long> key = List.of(block[0], block[1], block[2], block[3]);
            Integer at = seen.get(key);
            if (at == null) {
                at = n;
                System.arraycopy(block, 0, words, n, 4);
                n += 4;
                seen.put(key, at);
            }
            start[b] = (short) (int) at;
        }
        return new BmpBits(start, Arrays.copyOf(words, n));
    }
}
