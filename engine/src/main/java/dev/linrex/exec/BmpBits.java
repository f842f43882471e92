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
        long[] words = new long[16]; // room for four distinct blocks (most classes need two or three); grows
        int n = 0; // words used
        int empty = -1; // word index of the all-clear block, once stored
        int full = -1; // of the all-set block
        int mixed = -1; // word index of the first mixed block, once stored
        int[] table = null; // distinct mixed blocks: word index + 1, by hash (created with the second)
        int ranges = set.rangeCount();
        int r = 0; // the first range that may still reach the current block
        long w0, w1, w2, w3;
        for (int b = 0; b < 256; b++) {
            int blockLo = b << 8;
            int blockHi = blockLo + 255;
            while (r < ranges && set.hi(r) < blockLo) {
                r++;
            }
            // Runs of whole blocks outside the set, or inside one range, once such a block is
            // stored: filled at once (a class of a few ASCII ranges is then one mixed block and
            // one fill, not 256 block walks).
            if (empty >= 0 && (r == ranges || set.lo(r) > blockHi)) {
                int until = r == ranges ? 256 : Math.min(256, set.lo(r) >>> 8);
                Arrays.fill(start, b, until, (short) empty);
                b = until - 1;
                continue;
            }
            if (full >= 0 && r < ranges && set.lo(r) <= blockLo && set.hi(r) >= blockHi) {
                int until = Math.min(256, (set.hi(r) + 1) >>> 8);
                Arrays.fill(start, b, until, (short) full);
                b = until - 1;
                continue;
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
                if (!plain && table == null && (mixed < 0 || sameBlock(words, mixed, w0, w1, w2, w3))) {
                    at = mixed; // the first mixed block (a class of a few ranges has no other): no table yet
                } else if (!plain) {
                    if (table == null) {
                        table = new int[512];
                        table[slotOf(words[mixed], words[mixed + 1], words[mixed + 2], words[mixed + 3])] = mixed + 1;
                    }
                    slot = slotOf(w0, w1, w2, w3);
                    for (int e; (e = table[slot]) != 0; slot = (slot + 1) & 511) {
                        int k = e - 1;
                        if (sameBlock(words, k, w0, w1, w2, w3)) {
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
                    if (!plain && table == null) {
                        mixed = at;
                    } else if (!plain) {
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

    /** The hash-table slot of a block's words: 9 bits, 512 slots for at most 256 blocks. */
    private static int slotOf(long w0, long w1, long w2, long w3) {
        long h = (w0 * 0x9E3779B97F4A7C15L + w1) * 0x9E3779B97F4A7C15L + w2;
        h = (h + w3) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 55);
    }

    private static boolean sameBlock(long[] words, int k, long w0, long w1, long w2, long w3) {
        return words[k] == w0 && words[k + 1] == w1 && words[k + 2] == w2 && words[k + 3] == w3;
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
