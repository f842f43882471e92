package dev.linrex.exec;

import dev.linrex.syntax.CodePointSet;
import java.util.Arrays;

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

    /**
     * The bitmap of {@code set}'s BMP units. Built at compile time (a pattern that is one class),
     * so it stays cheap: one walk of the ranges block by block, blocks entirely out or entirely in
     * the set (most of them) recognised without comparing, the others looked up in a small
     * open-addressing table of the distinct blocks so far; no boxing, no maps.
     */
    /** Words stored: four per distinct block (tests). */
    int wordCount() {
        return words.length;
    }

    static BmpBits of(CodePointSet set) {
        short[] start = new short[256];
        long[] words = new long[64];
        int n = 0; // words used
        int empty = -1; // word index of the all-clear block, once stored
        int full = -1; // of the all-set block
        int[] table = null; // distinct mixed blocks: word index + 1, by hash (created with the first)
        int ranges = set.rangeCount();
        int r = 0; // the first range that may still reach the current block
        long w0, w1, w2, w3;
        for (int b = 0; b < 256; b++) {
            int blockLo = b << 8;
            int blockHi = blockLo + 255;
            while (r < ranges && set.hi(r) < blockLo) {
                r++;
            }
            w0 = w1 = w2 = w3 = 0;
            for (int i = r; i < ranges && set.lo(i) <= blockHi; i++) {
                int lo = Math.max(set.lo(i), blockLo) - blockLo;
                int hi = Math.min(set.hi(i), blockHi) - blockLo;
                w0 |= bits(lo, hi, 0);
                w1 |= bits(lo, hi, 64);
                w2 |= bits(lo, hi, 128);
                w3 |= bits(lo, hi, 192);
            }
            int at;
            if ((w0 | w1 | w2 | w3) == 0 && empty >= 0) {
                at = empty;
            } else if ((w0 & w1 & w2 & w3) == -1L && full >= 0) {
                at = full;
            } else {
                boolean plain = (w0 | w1 | w2 | w3) == 0 || (w0 & w1 & w2 & w3) == -1L;
                at = -1;
                int slot = 0;
                if (!plain) {
                    if (table == null) {
                        table = new int[512];
                    }
                    long h = (w0 * 0x9E3779B97F4A7C15L + w1) * 0x9E3779B97F4A7C15L + w2;
                    h = (h + w3) * 0x9E3779B97F4A7C15L;
                    slot = (int) (h >>> 55); // 9 bits: 512 slots for at most 256 blocks
                    for (int e; (e = table[slot]) != 0; slot = (slot + 1) & 511) {
                        int k = e - 1;
                        if (words[k] == w0 && words[k + 1] == w1 && words[k + 2] == w2 && words[k + 3] == w3) {
                            at = k;
                            break;
                        }
                    }
                }
                if (at < 0) {
                    if (n + 4 > words.length) {
                        words = Arrays.copyOf(words, Math.min(1024, 2 * words.length));
                    }
                    at = n;
                    words[n] = w0;
                    words[n + 1] = w1;
                    words[n + 2] = w2;
                    words[n + 3] = w3;
                    n += 4;
                    if (!plain) {
                        table[slot] = at + 1;
                    } else if (w0 == 0) {
                        empty = at;
                    } else {
                        full = at;
                    }
                }
            }
            start[b] = (short) at;
        }
        return new BmpBits(start, Arrays.copyOf(words, n));
    }

    /** The bits of units {@code lo..hi} (offsets in a block) that fall in the word of offsets {@code base..base+63}. */
    private static long bits(int lo, int hi, int base) {
        int a = Math.max(lo, base);
        int z = Math.min(hi, base + 63);
        if (a > z) {
            return 0;
        }
        int span = z - a + 1;
        long m = span == 64 ? -1L : ((1L << span) - 1);
        return m << (a - base);
    }
}
