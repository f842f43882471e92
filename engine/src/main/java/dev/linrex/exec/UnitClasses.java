package dev.linrex.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An alphabet for the lazy DFA: a partition of the 65,536 UTF-16 code units into equivalence
 * classes that nothing the DFA looks at can tell apart (the idea of regex-automata's
 * {@code ByteClasses}, for UTF-16 units). Two units are in the same class iff every given set
 * (each RANGE/CLASS instruction's units, plus the sets the assertions care about) contains
 * both or neither. Classes are by membership, not by contiguity, so ASCII letters of a
 * case-insensitive word and their non-ASCII folds can share a class.
 *
 * <p>The unit-to-class map is two-level (256 blocks of 256 entries, identical blocks shared):
 * most patterns need a few KB instead of a flat 128 KB table.
 */
final class UnitClasses {
    private final char[][] blocks;
    private final int count;
    /** One member of each class (the smallest): any member answers membership questions. */
    private final char[] representative;

    private UnitClasses(char[][] blocks, int count, char[] representative) {
        this.blocks = blocks;
        this.count = count;
        this.representative = representative;
    }

    int classOf(char c) {
        return blocks[c >>> 8][c & 0xFF];
    }

    /** The class of each unit below 256 (the first block), for a search loop's fast path. */
    char[] latin1() {
        return blocks[0];
    }

    int count() {
        return count;
    }

    char representative(int cls) {
        return representative[cls];
    }

    /** Approximate heap bytes of the map (distinct blocks). */
    long memoryBytes() {
        long bytes = 16 + 8L * blocks.length + 16 + 2L * representative.length;
        java.util.Set<char[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (char[] b : blocks) {
            if (seen.add(b)) {
                bytes += 16 + 2L * b.length;
            }
        }
        return bytes;
    }

    /**
     * Adds the sets a DISPATCH separates: for each of its targets, the union of the ranges that
     * lead there (the reverse program consumes exactly these sets, see {@code nfa.ReverseProgram}).
     */
    static void addDispatch(Builder b, char[] ranges, int[] targets) {
        int n = targets.length;
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            char[] set = new char[2 * n];
            int k = 0;
            for (int j = i; j < n; j++) {
                if (targets[j] == targets[i]) {
                    done[j] = true;
                    set[k++] = ranges[2 * j];
                    set[k++] = ranges[2 * j + 1];
                }
            }
            b.add(Arrays.copyOf(set, k));
        }
    }

    /** Collects the sets to separate, then partitions. */
    static final class Builder {
        private final List<char[]> sets = new ArrayList<>();

        /** Adds a set as sorted inclusive ranges lo0, hi0, lo1, hi1, ... */
        Builder add(char[] ranges) {
            if (ranges.length > 0) {
                sets.add(ranges);
            }
            return this;
        }

        Builder addRange(char lo, char hi) {
            return add(new char[] {lo, hi});
        }

        UnitClasses build() {
            // Elementary segments: maximal runs of units between consecutive set boundaries.
            int[] cuts = new int[2 * totalRanges() + 2];
            int n = 0;
            cuts[n++] = 0;
            cuts[n++] = 0x10000;
            for (char[] r : sets) {
                for (int i = 0; i < r.length; i += 2) {
                    cuts[n++] = r[i];
                    cuts[n++] = r[i + 1] + 1;
                }
            }
            Arrays.sort(cuts, 0, n);
            int segs = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || cuts[i] != cuts[i - 1]) {
                    cuts[segs++] = cuts[i];
                }
            }
            // cuts[0..segs) are segment starts; the last entry is 0x10000 (the end).
            int segCount = segs - 1;
            int[] segClass = new int[segCount];
            int classes = 1;
            boolean[] in = new boolean[segCount];
            int[] remap = new int[2];
            for (char[] r : sets) {
                Arrays.fill(in, false);
                for (int i = 0; i < r.length; i += 2) {
                    int s = Arrays.binarySearch(cuts, 0, segs, r[i]);
                    while (s < segCount && cuts[s] <= r[i + 1]) {
                        in[s++] = true;
                    }
                }
                if (remap.length < 2 * classes) {
                    remap = new int[2 * classes];
                }
                Arrays.fill(remap, 0, 2 * classes, -1);
                int next = 0;
                for (int s = 0; s < segCount; s++) {
                    int key = 2 * segClass[s] + (in[s] ? 1 : 0);
                    if (remap[key] < 0) {
                        remap[key] = next++;
                    }
                    segClass[s] = remap[key];
                }
                classes = next;
            }
            char[] representative = new char[classes];
            boolean[] seen = new boolean[classes];
            for (int seg = 0; seg < segCount; seg++) {
                if (!seen[segClass[seg]]) {
                    seen[segClass[seg]] = true;
                    representative[segClass[seg]] = (char) cuts[seg];
                }
            }
            // Blocks of 256 units: one shared array per class for blocks inside a single segment
            // (the common case), a filled and deduplicated array for the others.
            char[][] blocks = new char[256][];
            char[][] uniform = new char[classes][];
            Map<String, char[]> mixed = new HashMap<>();
            int seg = 0;
            for (int b = 0; b < 256; b++) {
                int lo = b << 8;
                int hi = lo + 256;
                while (cuts[seg + 1] <= lo) {
                    seg++;
                }
                if (cuts[seg + 1] >= hi) {
                    int cls = segClass[seg];
                    if (uniform[cls] == null) {
                        uniform[cls] = new char[256];
                        Arrays.fill(uniform[cls], (char) cls);
                    }
                    blocks[b] = uniform[cls];
                    continue;
                }
                char[] block = new char[256];
                for (int s = seg; s < segCount && cuts[s] < hi; s++) {
                    Arrays.fill(block, Math.max(cuts[s], lo) - lo, Math.min(cuts[s + 1], hi) - lo, (char) segClass[s]);
                }
                blocks[b] = mixed.computeIfAbsent(new String(block), k -> block);
            }
            return new UnitClasses(blocks, classes, representative);
        }

        private int totalRanges() {
            int t = 0;
            for (char[] r : sets) {
                t += r.length / 2;
            }
            return t;
        }
    }
}
