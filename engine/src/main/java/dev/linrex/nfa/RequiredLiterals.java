package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Ast.Node;
import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strings a single pattern's every match must contain, for rejecting a search without running an
 * automaton when they are absent from the text (required-literal rejection, as in RE2, Rust's
 * regex and SafeRE). The result is a conjunction of groups, each a disjunction of needles: every
 * match contains, for each group, at least one of its needles. A search whose rest of the region
 * lacks every needle of some group cannot match.
 *
 * <p>The factors come from {@link RequiredFactors} (sequences of code-point sets, so case folding
 * is already in them), applied to each chunk of the pattern's top-level concatenation: each chunk
 * is required on its own, which keeps {@code \[...\]}'s closing bracket even when the opening one
 * is just as selective. A factor becomes one needle per member of its rarest small position, or
 * its longest run of single code points as one string. Lookaround bodies are never looked into
 * ({@link RequiredFactors} knows nothing of them), so needles are always consumed text.
 */
public final class RequiredLiterals {
    /** Factors are kept up to this many code points (a longer needle is rarer). */
    static final int MAX_LEN = 16;
    /** A position with more members than this is not turned into needles. */
    static final int MAX_SET = 4;
    /** At most this many groups are checked... */
    static final int MAX_GROUPS = 3;
    /** ...with at most this many needles each. */
    static final int MAX_NEEDLES = 6;

    private RequiredLiterals() {}

    /**
     * Groups of needles (see the class comment), rarest group first, or null if the pattern has
     * none worth checking.
     */
    public static List<String[]> of(Ast.Root root) {
        List<Scored> groups = new ArrayList<>();
        try {
            for (Node chunk : chunks(root.node())) {
                Ast.Root sub = new Ast.Root(chunk, 0, Map.of(), root.pattern(), root.flags());
                for (Scored g : groups(RequiredFactors.sequences(sub, MAX_LEN))) {
                    if (!contains(groups, g)) {
                        groups.add(g);
                    }
                }
            }
        } catch (StackOverflowError e) {
            return null; // nesting bounded by the parser, but a small thread stack can still overflow
        }
        if (groups.isEmpty()) {
            return null;
        }
        groups.sort(Comparator.comparingDouble(Scored::score));
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < groups.size() && i < MAX_GROUPS; i++) {
            out.add(groups.get(i).needles);
        }
        return out;
    }

    private record Scored(String[] needles, double score) {}

    private static boolean contains(List<Scored> groups, Scored g) {
        for (Scored h : groups) {
            if (Set.of(h.needles).equals(Set.of(g.needles))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of the top-level concatenation (through groups), runs of small classes kept
     * together so that a literal word stays one chunk.
     */
    static List<Node> chunks(Node n) {
        while (n instanceof Ast.Group g) {
            n = g.body();
        }
        if (!(n instanceof Ast.Concat c)) {
            return List.of(n);
        }
        List<Node> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node item : c.items()) {
            if (item instanceof Ast.CharSet cs && cs.set().size() <= MAX_SET) {
                run.add(item);
                continue;
            }
            flush(run, out);
            out.add(item);
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<Node> run, List<Node> out) {
        if (run.size() == 1) {
            out.add(run.get(0));
        } else if (run.size() > 1) {
            out.add(new Ast.Concat(List.copyOf(run)));
        }
        run.clear();
    }

    /**
     * A factor set as groups of needles: for a single factor, each of its runs and small positions
     * is required on its own (a group each); for several, one group with the best needles of each.
     * Empty if some factor has no usable needle or there are too many.
     */
    private static List<Scored> groups(List<List<CodePointSet>> factors) {
        if (factors == null || factors.isEmpty()) {
            return List.of();
        }
        if (factors.size() == 1) {
            List<Scored> out = new ArrayList<>();
            for (List<String> c : candidates(factors.get(0))) {
                Scored g = group(List.of(c));
                if (g != null) {
                    out.add(g);
                }
            }
            return out;
        }
        List<List<String>> chosen = new ArrayList<>();
        for (List<CodePointSet> f : factors) {
            List<String> best = null;
            double bestScore = Double.MAX_VALUE;
            for (List<String> c : candidates(f)) {
                double s = 0;
                for (String n : c) {
                    s += score(n);
                }
                if (s < bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            if (best == null) {
                return List.of();
            }
            chosen.add(best);
        }
        Scored g = group(chosen);
        return g == null ? List.of() : List.of(g);
    }

    /**
     * The ways to find a factor: each longest run of single code points as one string, and each
     * small position as one needle per member. Each alone is in every occurrence of the factor.
     */
    private static List<List<String>> candidates(List<CodePointSet> f) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        while (i < f.size()) {
            if (!f.get(i).isSingle()) {
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder();
            while (i < f.size() && f.get(i).isSingle()) {
                sb.appendCodePoint(f.get(i).lo(0));
                i++;
            }
            out.add(List.of(sb.toString()));
        }
        for (CodePointSet set : f) {
            if (set.size() > MAX_SET || set.isSingle()) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (int r = 0; r < set.rangeCount(); r++) {
                for (int cp = set.lo(r); cp <= set.hi(r); cp++) {
                    members.add(new String(Character.toChars(cp)));
                }
            }
            out.add(members);
        }
        return out;
    }

    /** One group of the given needle choices, or null if it has too many needles. */
    private static Scored group(List<List<String>> choices) {
        Set<String> needles = new LinkedHashSet<>();
        for (List<String> c : choices) {
            needles.addAll(c);
        }
        List<String> kept = new ArrayList<>();
        double total = 0;
        for (String a : needles) {
            boolean redundant = false;
            for (String b : needles) {
                // Wherever a needle containing another occurs, the other does: the shorter suffices.
                if (!a.equals(b) && a.contains(b)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                kept.add(a);
                total += score(a);
            }
        }
        if (kept.size() > MAX_NEEDLES) {
            return null;
        }
        return new Scored(kept.toArray(new String[0]), total);
    }

    /**
     * About how likely a needle is to occur at a given place of typical text (lower is rarer):
     * common letters and space highest, punctuation and non-ASCII lowest; a longer string is
     * rarer than its rarest unit.
     */
    static double score(CharSequence needle) {
        double min = Double.MAX_VALUE;
        for (int i = 0; i < needle.length(); i++) {
            min = Math.min(min, frequency(needle.charAt(i)));
        }
        return needle.length() == 1 ? min : min / (4.0 * (needle.length() - 1));
    }

    /** The offset of the rarest unit of {@code needle} (the last of equally rare ones). */
    public static int rarestUnit(String needle) {
        int best = 0;
        for (int i = 1; i < needle.length(); i++) {
            if (frequency(needle.charAt(i)) <= frequency(needle.charAt(best))) {
                best = i;
            }
        }
        return best;
    }

    private static double frequency(char c) {
        if (c == ' ' || "etaoinsrhl".indexOf(c) >= 0) {
            return 10;
        } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\n') {
            return 5;
        } else if (c >= 'A' && c <= 'Z' || ".,-_/:=\"'()\t".indexOf(c) >= 0) {
            return 3;
        } else {
            return 1;
        }
    }
}
