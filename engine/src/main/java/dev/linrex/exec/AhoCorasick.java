package dev.linrex.exec;

import dev.linrex.nfa.FoldedLiterals;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of many literals occur in a text, in one pass: the automaton of Aho and Corasick
 * ("Efficient string matching: an aid to bibliographic search", CACM 1975), a trie of the
 * literals whose failure links are folded into a full transition table, so each text unit costs
 * one table step. Works over UTF-16 units; literals are given folded
 * ({@link FoldedLiterals#fold}) and the text is folded through the unit-class map as it is read,
 * so a case-insensitive literal needs one entry, not one per case variant.
 *
 * <p>Each literal carries a tag (a set's pattern index); a scan sets the bit of every tag one of
 * whose literals occurs. Output states are numbered last, so the scan loop tests one comparison
 * per unit. Our own code. Immutable and thread-safe.
 */
public final class AhoCorasick {
    /** Unit to class: the class of the unit's fold; 0 for units no literal contains. */
    private final char[] classOf;
    private final int classes;
    /** Row offsets: {@code delta[row + class]} is the next state's row ({@code state * classes}). */
    private final int[] delta;
    /** Rows at or above this are states where literals end. */
    private final int firstOutputRow;
    /** Per output state (index {@code state - firstOutput}): the tags of the literals ending there. */
    private final int[][] tags;
    private final int firstOutput;

    /**
     * @param literals folded literals, none empty
     * @param tagOf    each literal's tag (a bit index for {@link #scan})
     */
    public AhoCorasick(List<String> literals, int[] tagOf) {
        // Alphabet: the distinct units of the literals, then every unit mapped through its fold.
        char[] unitClass = new char[65536];
        int k = 1;
        for (String lit : literals) {
            if (lit.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            for (int i = 0; i < lit.length(); i++) {
                char u = lit.charAt(i);
                if (unitClass[u] == 0) {
                    if (k == Character.MAX_VALUE) {
                        throw new IllegalArgumentException("too many distinct units");
                    }
                    unitClass[u] = (char) k++;
                }
            }
        }
        classes = k;
        classOf = new char[65536];
        for (int c = 0; c < classOf.length; c++) {
            classOf[c] = unitClass[FoldedLiterals.fold((char) c)];
        }
        // Trie (state 0 is the root), with goto edges in a growable table.
        int[] go = new int[16 * classes];
        Arrays.fill(go, -1);
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        int states = 1;
        for (int l = 0; l < literals.size(); l++) {
            String lit = literals.get(l);
            int s = 0;
            for (int i = 0; i < lit.length(); i++) {
                int c = unitClass[lit.charAt(i)];
                int t = go[s * classes + c];
                if (t < 0) {
                    if ((states + 1) * classes > go.length) {
                        int old = go.length;
                        go = Arrays.copyOf(go, old * 2);
                        Arrays.fill(go, old, go.length, -1);
                    }
                    t = states++;
                    out.add(new ArrayList<>());
                    go[s * classes + c] = t;
                }
                s = t;
            }
            if (!out.get(s).contains(tagOf[l])) {
                out.get(s).add(tagOf[l]);
            }
        }
        // Breadth-first: failure links, outputs inherited along them, missing edges filled in.
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < classes; c++) {
            int t = go[c];
            if (t < 0) {
                go[c] = 0;
            } else {
                fail[t] = 0;
                queue.add(t);
            }
        }
        int[] order = new int[states];
        int n = 0;
        order[n++] = 0;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            order[n++] = s;
            for (int tag : out.get(fail[s])) {
                if (!out.get(s).contains(tag)) {
                    out.get(s).add(tag);
                }
            }
            for (int c = 0; c < classes; c++) {
                int t = go[s * classes + c];
                if (t < 0) {
                    go[s * classes + c] = go[fail[s] * classes + c];
                } else {
                    fail[t] = go[fail[s] * classes + c];
                    queue.add(t);
                }
            }
        }
        // Renumber: states without outputs first, so "is an output state" is one comparison.
        int[] number = new int[states];
        int next = 0;
        for (int s = 0; s < states; s++) {
            if (out.get(s).isEmpty()) {
                number[s] = next++;
            }
        }
        firstOutput = next;
        tags = new int[states - firstOutput][];
        for (int s = 0; s < states; s++) {
            if (!out.get(s).isEmpty()) {
                number[s] = next++;
                tags[number[s] - firstOutput] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        firstOutputRow = firstOutput * classes;
        delta = new int[states * classes];
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < classes; c++) {
                delta[number[s] * classes + c] = number[go[s * classes + c]] * classes;
            }
        }
        if (number[0] != 0) {
            throw new AssertionError("root must stay state 0"); // the empty root has no output
        }
    }

    /**
     * Sets in {@code bits} the tag of every literal occurring (folded) in {@code text[from, to)}.
     * Returns the number of units scanned (for work accounting).
     */
    public long scan(CharSequence text, int from, int to, long[] bits) {
        final char[] cls = classOf;
        final int[] d = delta;
        final int outRow = firstOutputRow;
        int row = 0;
        if (text instanceof String s) {
            for (int p = from; p < to; p++) {
                row = d[row + cls[s.charAt(p)]];
                if (row >= outRow) {
                    report(row, bits);
                }
            }
        } else {
            for (int p = from; p < to; p++) {
                row = d[row + cls[text.charAt(p)]];
                if (row >= outRow) {
                    report(row, bits);
                }
            }
        }
        return to - from;
    }

    private void report(int row, long[] bits) {
        for (int tag : tags[row / classes - firstOutput]) {
            bits[tag >>> 6] |= 1L << tag;
        }
    }

    /** Trie states (diagnostics, memory estimates). */
    public int states() {
        return delta.length / classes;
    }
}
