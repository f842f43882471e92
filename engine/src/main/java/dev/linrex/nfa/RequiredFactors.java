package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Ast.Node;
import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short strings at least one of which occurs in every match of a pattern ("required factors",
 * as in the literal extraction of RE2's {@code prefilter} and Hyperscan), for pattern sets whose
 * combined DFA would explode: a set of loop-free factor patterns stays small as a DFA (it is an
 * Aho–Corasick automaton in effect), and only the patterns whose factors occur need to be run.
 *
 * <p>A factor is a sequence of code-point sets (so a case-insensitive word is one factor, not
 * 2<sup>n</sup> strings). For each node the analysis knows either its exact language as a small
 * set of such sequences, or a set of factors one of which its every match contains, or nothing.
 * Concatenations use the best of their children's factor sets and of the products of runs of
 * exact children; alternations need a factor set from every branch; optional parts give nothing.
 * Factors longer than {@link #MAX_LEN} are cut to their prefix (a prefix of a required substring
 * is required too). Soundness is all that matters for correctness: a pattern whose factors are
 * found is still run in full.
 */
public final class RequiredFactors {
    static final int MAX_FACTORS = 256;
    static final int MAX_LEN = 4;
    /** Exact languages longer than this are not tracked (only their factors are). */
    static final int MAX_EXACT_LEN = 24;
    /** Factor sets scoring below this (e.g. a single wide class) are not worth filtering on. */
    static final double MIN_SCORE = 1.0;

    /** The longest factor kept: {@link #MAX_LEN} for sets, longer for a single pattern's literal filter. */
    private final int maxLen;

    private RequiredFactors(int maxLen) {
        this.maxLen = maxLen;
    }

    private record Info(List<List<CodePointSet>> exact, List<List<CodePointSet>> factors) {}

    private static final List<List<CodePointSet>> EMPTY_STRING = List.of(List.of());
    private static final Info NOTHING = new Info(null, null);

    /**
     * A loop-free pattern (alternation of factors) that matches somewhere in every input that
     * {@code root}'s pattern matches somewhere in, or null if no useful one was found.
     */
    public static Ast.Root of(Ast.Root root) {
        List<List<CodePointSet>> f = sequences(root);
        if (f == null || score(f) < MIN_SCORE) {
            return null;
        }
        List<Node> alts = new ArrayList<>();
        for (List<CodePointSet> seq : f) {
            List<Node> items = new ArrayList<>();
            for (CodePointSet s : seq) {
                items.add(new Ast.CharSet(s));
            }
            alts.add(items.size() == 1 ? items.get(0) : new Ast.Concat(items));
        }
        Node node = alts.size() == 1 ? alts.get(0) : new Ast.Alternation(alts);
        return new Ast.Root(node, 0, Map.of(), "<factors of " + root.pattern() + ">", 0);
    }

    /**
     * The factors themselves: sequences of code-point sets (at most {@link #MAX_LEN} long), at
     * least one of which occurs in every match of {@code root}'s pattern; null if none were found
     * (however unselective they are: callers judge).
     */
    public static List<List<CodePointSet>> sequences(Ast.Root root) {
        return sequences(root, MAX_LEN);
    }

    /** As {@link #sequences(Ast.Root)}, with factors up to {@code maxLen} code points long. */
    public static List<List<CodePointSet>> sequences(Ast.Root root, int maxLen) {
        RequiredFactors a = new RequiredFactors(maxLen);
        Info info;
        try {
            info = a.analyse(root.node(), 0);
        } catch (StackOverflowError e) {
            return null; // nesting bounded by the parser, but a small thread stack can still overflow
        }
        return a.best(info.factors, a.asFactors(info.exact));
    }

    private Info analyse(Node n, int depth) {
        if (n instanceof Ast.Empty || n instanceof Ast.Assertion) {
            return new Info(EMPTY_STRING, null);
        } else if (n instanceof Ast.CharSet cs) {
            if (cs.set().isEmpty()) {
                return NOTHING;
            }
            List<List<CodePointSet>> one = List.of(List.of(cs.set()));
            return new Info(one, one);
        } else if (n instanceof Ast.Group g) {
            return analyse(g.body(), depth + 1);
        } else if (n instanceof Ast.Concat c) {
            return concat(c.items(), depth);
        } else if (n instanceof Ast.Alternation a) {
            return alternation(a.items(), depth);
        } else if (n instanceof Ast.Repeat r) {
            return repeat(r, depth);
        }
        return NOTHING;
    }

    private Info concat(List<Node> items, int depth) {
        List<List<CodePointSet>> bestSoFar = null;
        List<List<CodePointSet>> run = null;
        List<List<CodePointSet>> exact = EMPTY_STRING;
        for (Node item : items) {
            Info i = analyse(item, depth + 1);
            exact = exact == null || i.exact == null ? null : product(exact, i.exact);
            if (i.exact != null) {
                List<List<CodePointSet>> next = run == null ? i.exact : product(run, i.exact);
                if (next == null) {
                    bestSoFar = best(bestSoFar, asFactors(run));
                    next = i.exact;
                }
                run = next;
            } else {
                bestSoFar = best(bestSoFar, asFactors(run));
                run = null;
            }
            bestSoFar = best(bestSoFar, i.factors);
        }
        bestSoFar = best(bestSoFar, asFactors(run));
        return new Info(exact, bestSoFar);
    }

    private Info alternation(List<Node> items, int depth) {
        Set<List<CodePointSet>> exact = new LinkedHashSet<>();
        Set<List<CodePointSet>> factors = new LinkedHashSet<>();
        boolean exactOk = true;
        boolean factorsOk = true;
        for (Node item : items) {
            Info i = analyse(item, depth + 1);
            if (exactOk && i.exact != null && exact.size() + i.exact.size() <= MAX_FACTORS) {
                exact.addAll(i.exact);
            } else {
                exactOk = false;
            }
            List<List<CodePointSet>> f = best(i.factors, asFactors(i.exact));
            if (factorsOk && f != null && factors.size() + f.size() <= MAX_FACTORS) {
                factors.addAll(f);
            } else {
                factorsOk = false;
            }
        }
        return new Info(exactOk ? List.copyOf(exact) : null, factorsOk ? List.copyOf(factors) : null);
    }

    private Info repeat(Ast.Repeat r, int depth) {
        if (r.max() == 0) {
            return new Info(EMPTY_STRING, null);
        }
        Info b = analyse(r.body(), depth + 1);
        List<List<CodePointSet>> exact = null;
        if (b.exact != null && r.max() != Ast.UNBOUNDED && r.max() <= 4) {
            Set<List<CodePointSet>> all = new LinkedHashSet<>();
            List<List<CodePointSet>> pow = EMPTY_STRING;
            for (int k = 0; k <= r.max() && pow != null; k++) {
                if (k >= r.min()) {
                    all.addAll(pow);
                }
                if (all.size() > MAX_FACTORS) {
                    pow = null;
                    break;
                }
                pow = k < r.max() ? product(pow, b.exact) : pow;
            }
            exact = pow == null ? null : List.copyOf(all);
        }
        List<List<CodePointSet>> factors = r.min() >= 1 ? best(b.factors, asFactors(b.exact)) : null;
        return new Info(exact, factors);
    }

    /** All concatenations of one of {@code a} and one of {@code b}; null if too many or too long. */
    private static List<List<CodePointSet>> product(List<List<CodePointSet>> a, List<List<CodePointSet>> b) {
        if ((long) a.size() * b.size() > MAX_FACTORS) {
            return null;
        }
        Set<List<CodePointSet>> r = new LinkedHashSet<>();
        for (List<CodePointSet> x : a) {
            for (List<CodePointSet> y : b) {
                if (x.size() + y.size() > MAX_EXACT_LEN) {
                    return null;
                }
                List<CodePointSet> xy = new ArrayList<>(x.size() + y.size());
                xy.addAll(x);
                xy.addAll(y);
                r.add(List.copyOf(xy));
            }
        }
        return List.copyOf(r);
    }

    /** An exact language as factors: cut to {@link #MAX_LEN}; null if it contains the empty string. */
    private List<List<CodePointSet>> asFactors(List<List<CodePointSet>> exact) {
        if (exact == null) {
            return null;
        }
        Set<List<CodePointSet>> r = new LinkedHashSet<>();
        for (List<CodePointSet> s : exact) {
            if (s.isEmpty()) {
                return null;
            }
            r.add(s.size() <= maxLen ? s : List.copyOf(s.subList(0, maxLen)));
        }
        return List.copyOf(r);
    }

    private List<List<CodePointSet>> best(List<List<CodePointSet>> a, List<List<CodePointSet>> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double sa = score(a, maxLen);
        double sb = score(b, maxLen);
        if (sa != sb) {
            return sa > sb ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    /** How selective a factor set is: its weakest factor's weight (about: how many specific characters). */
    static double score(List<List<CodePointSet>> factors) {
        return score(factors, MAX_LEN);
    }

    private static double score(List<List<CodePointSet>> factors, int maxLen) {
        double min = Double.MAX_VALUE;
        for (List<CodePointSet> f : factors) {
            double w = 0;
            for (int i = 0; i < f.size() && i < maxLen; i++) {
                long size = f.get(i).size();
                w += size <= 2 ? 1.0 : size <= 4 ? 0.5 : size <= 16 ? 0.25 : 0;
            }
            min = Math.min(min, w);
        }
        return factors.isEmpty() ? 0 : min;
    }
}
