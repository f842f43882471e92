package dev.linrex.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * A large literal set (a dictionary of words joined with {@code |}) searched with one
 * {@link AhoCorasick} automaton instead of trying each literal in turn: {@link Prefilter}'s
 * per-candidate check costs a step per literal, this costs a step per text unit. A literal whose
 * positions allow several units (case-insensitive letters) is expanded into its variants, each
 * tagged with the literal's index, so that matching stays exact (no folding) and priority is the
 * smallest index.
 */
final class LiteralSetSearch implements LiteralSearch {
    /** Above this many expanded variants (or table entries) the set is left to the automata. */
    static final int MAX_VARIANTS = 100_000;
    static final long MAX_TABLE = 4L << 20;

    private final AhoCorasick ac;
    private final int[] lengths;

    private LiteralSetSearch(AhoCorasick ac, int[] lengths) {
        this.ac = ac;
        this.lengths = lengths;
    }

    /** The search for {@code literals} (see {@code nfa.Literals}), or null if it would be too large. */
    static LiteralSetSearch of(List<char[][]> literals) {
        List<String> variants = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        int[] lengths = new int[literals.size()];
        for (int k = 0; k < literals.size(); k++) {
            char[][] lit = literals.get(k);
            lengths[k] = lit.length;
            if (lit.length == 0 || !expand(lit, 0, new StringBuilder(), k, variants, tags)) {
                return null;
            }
        }
        AhoCorasick ac = new AhoCorasick(variants, tags.stream().mapToInt(Integer::intValue).toArray(), false);
        return ac.tableSize() > MAX_TABLE ? null : new LiteralSetSearch(ac, lengths);
    }

    private static boolean expand(char[][] lit, int i, StringBuilder prefix, int tag, List<String> out, List<Integer> tags) {
        if (i == lit.length) {
            if (out.size() >= MAX_VARIANTS) {
                return false;
            }
            out.add(prefix.toString());
            tags.add(tag);
            return true;
        }
        for (char u : lit[i]) {
            prefix.append(u);
            boolean ok = expand(lit, i + 1, prefix, tag, out, tags);
            prefix.setLength(prefix.length() - 1);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int find(CharSequence text, int from, int limit) {
        return ac.leftmostStart(text, from, limit);
    }

    @Override
    public int firstAt(CharSequence text, int p, int limit) {
        return ac.firstAt(text, p, limit);
    }

    @Override
    public int firstSpanning(CharSequence text, int p, int limit) {
        return ac.exactlyAt(text, p, limit);
    }

    @Override
    public int literalCount() {
        return lengths.length;
    }

    @Override
    public int length(int literal) {
        return lengths[literal];
    }
}
