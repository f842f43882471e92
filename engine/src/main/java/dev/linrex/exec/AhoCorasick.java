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
 * per unit. The same automaton, unfolded, answers a pattern that is a large literal set with
 * leftmost-first semantics ({@link #leftmostStart}, {@link #firstAt}): the leftmost place where
 * some literal starts, then the first literal in priority order that matches there. Our own
 * code. Immutable and thread-safe.
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
    /** Per state: its depth in the trie (a goto edge, not a failure, leads to depth + 1). */
    private final int[] depth;
    /** Per state: the smallest tag of the literals that end exactly at this trie node, or -1. */
    private final int[] own;
    /** Per output state (index {@code state - firstOutput}): the longest literal ending there. */
    private final int[] longest;
    /** The longest literal's length. */
    private final int maxLength;

    /**
     * @param literals folded literals, none empty
     * @param tagOf    each literal's tag (a bit index for {@link #scan})
     */
    public AhoCorasick(List<String> literals, int[] tagOf) {
        this(literals, tagOf, true);
    }

    /**
     * @param literals literals, none empty (folded if {@code fold})
     * @param tagOf    each literal's tag
     * @param fold     whether text units are folded ({@link FoldedLiterals#fold}) before matching
     */
    public AhoCorasick(List<String> literals, int[] tagOf, boolean fold) {
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
            classOf[c] = unitClass[fold ? FoldedLiterals.fold((char) c) : (char) c];
        }
        // Trie (state 0 is the root), with goto edges in a growable table.
        int[] go = new int[16 * classes];
        Arrays.fill(go, -1);
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        int[] trieDepth = new int[16];
        int[] ownTag = new int[16];
        int[] longestLen = new int[16];
        ownTag[0] = -1;
        int maxLen = 0;
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
                    if (t >= trieDepth.length) {
                        trieDepth = Arrays.copyOf(trieDepth, t * 2);
                        ownTag = Arrays.copyOf(ownTag, t * 2);
                        longestLen = Arrays.copyOf(longestLen, t * 2);
                    }
                    trieDepth[t] = trieDepth[s] + 1;
                    ownTag[t] = -1;
                }
                s = t;
            }
            if (!out.get(s).contains(tagOf[l])) {
                out.get(s).add(tagOf[l]);
            }
            ownTag[s] = ownTag[s] < 0 ? tagOf[l] : Math.min(ownTag[s], tagOf[l]);
            longestLen[s] = lit.length();
            maxLen = Math.max(maxLen, lit.length());
        }
        maxLength = maxLen;
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
            longestLen[s] = Math.max(longestLen[s], longestLen[fail[s]]); // fail[s] is shallower: done
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
        longest = new int[states - firstOutput];
        for (int s = 0; s < states; s++) {
            if (!out.get(s).isEmpty()) {
                number[s] = next++;
                tags[number[s] - firstOutput] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
                longest[number[s] - firstOutput] = longestLen[s];
            }
        }
        depth = new int[states];
        own = new int[states];
        for (int s = 0; s < states; s++) {
            depth[number[s]] = trieDepth[s];
            own[number[s]] = ownTag[s];
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

    /**
     * The leftmost position in {@code [from, limit)} where some literal starts and fits before
     * {@code limit}, or -1. Scans until no later literal could start further left.
     */
    public int leftmostStart(CharSequence text, int from, int limit) {
        if (text instanceof String s) {
            return leftmostStart(s, from, limit);
        }
        final char[] cls = classOf;
        final int[] d = delta;
        final int outRow = firstOutputRow;
        int row = 0;
        int best = -1;
        for (int p = from; p < limit; p++) {
            row = d[row + cls[text.charAt(p)]];
            if (row >= outRow) {
                int start = p + 1 - longest[row / classes - firstOutput];
                if (best < 0 || start < best) {
                    best = start;
                }
            }
            if (best >= 0 && p + 1 - best >= maxLength) {
                break; // any literal ending later starts after best
            }
        }
        return best;
    }

    /** {@link #leftmostStart(CharSequence, int, int)} for a String: a copy whose charAt is monomorphic. */
    private int leftmostStart(String text, int from, int limit) {
        final char[] cls = classOf;
        final int[] d = delta;
        final int outRow = firstOutputRow;
        int row = 0;
        int best = -1;
        for (int p = from; p < limit; p++) {
            row = d[row + cls[text.charAt(p)]];
            if (row >= outRow) {
                int start = p + 1 - longest[row / classes - firstOutput];
                if (best < 0 || start < best) {
                    best = start;
                }
            }
            if (best >= 0 && p + 1 - best >= maxLength) {
                break; // any literal ending later starts after best
            }
        }
        return best;
    }

    /** The smallest tag of the literals that occur at {@code p} (ending by {@code limit}), or -1. */
    public int firstAt(CharSequence text, int p, int limit) {
        int row = 0;
        int best = -1;
        for (int q = p; q < limit; q++) {
            int next = delta[row + classOf[text.charAt(q)]];
            if (depth[next / classes] != depth[row / classes] + 1) {
                break; // no literal continues this way (the table's edge is a failure link)
            }
            row = next;
            int t = own[row / classes];
            if (t >= 0 && (best < 0 || t < best)) {
                best = t;
            }
        }
        return best;
    }

    /** The smallest tag of the literals equal to {@code text[p, limit)}, or -1. */
    public int exactlyAt(CharSequence text, int p, int limit) {
        int row = 0;
        for (int q = p; q < limit; q++) {
            int next = delta[row + classOf[text.charAt(q)]];
            if (depth[next / classes] != depth[row / classes] + 1) {
                return -1;
            }
            row = next;
        }
        return p < limit ? own[row / classes] : -1;
    }

    /** Entries of the transition table (memory: four bytes each). */
    public long tableSize() {
        return delta.length;
    }

    /** Trie states (diagnostics, memory estimates). */
    public int states() {
        return delta.length / classes;
    }
}
