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

    static Utf16Ranges of(CodePointSet set) {
        CharRangeList single = new CharRangeList();
        CharRangeList highs = new CharRangeList();
        CharRangeList[] perHigh = null; // low-surrogate ranges per high surrogate (0..1023), lazily

        for (int i = 0; i < set.rangeCount(); i++) {
            int lo = set.lo(i);
            int hi = set.hi(i);
            addClipped(single, lo, hi, 0, 0xD7FF);
            addClipped(single, lo, hi, 0xDC00, 0xFFFF);
            addClipped(highs, lo, hi, 0xD800, 0xDBFF);
            if (hi >= 0x10000) {
                if (perHigh == null) {
                    perHigh = new CharRangeList[1024];
                }
                int a = Math.max(lo, 0x10000);
                while (a <= hi) {
                    int h = (a - 0x10000) >> 10;
                    int blockEnd = 0x10000 + ((h + 1) << 10) - 1;
                    int b = Math.min(hi, blockEnd);
                    if (perHigh[h] == null) {
                        perHigh[h] = new CharRangeList();
                    }
                    perHigh[h].add((char) (0xDC00 + ((a - 0x10000) & 0x3FF)), (char) (0xDC00 + ((b - 0x10000) & 0x3FF)));
                    a = b + 1;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        if (perHigh != null) {
            int h = 0;
            while (h < 1024) {
                if (perHigh[h] == null) {
                    h++;
                    continue;
                }
                char[] lows = perHigh[h].toArray();
                int end = h;
                while (end + 1 < 1024 && perHigh[end + 1] != null && Arrays.equals(perHigh[end + 1].toArray(), lows)) {
                    end++;
                }
                pairs.add(new Pair((char) (0xD800 + h), (char) (0xD800 + end), lows));
                h = end + 1;
            }
        }
        return new Utf16Ranges(single.toArray(), highs.toArray(), pairs);
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
