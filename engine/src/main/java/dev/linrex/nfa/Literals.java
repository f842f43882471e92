package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Ast.Node;
import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Literal facts about a pattern, read off its AST, for prefilters (the idea of regex-syntax's
 * {@code hir::literal}; our own code). A <em>literal</em> here is a sequence of UTF-16 units where
 * each position allows a small set of units (so case-insensitive words are literals too), stored
 * as {@code char[][]}: {@code lit[i]} is the sorted set of units allowed at position {@code i}.
 *
 * <ul>
 *   <li>{@link #exact()}: the pattern's whole language, in leftmost-first priority order, when it
 *       is a short list of non-empty literals and nothing else (no assertions, no loops). Such a
 *       pattern is searched without any automaton: the first literal in order that occurs at the
 *       leftmost position is the match.</li>
 *   <li>{@link #prefixes()}: literals one of which every match starts with (not in priority
 *       order), or null. A search can skip to the next place one occurs.</li>
 * </ul>
 *
 * Only BMP units that are not surrogates are used, so literal matches never start or end inside
 * a surrogate pair. Recursion is bounded by the parser's nesting limit.
 */
public final class Literals {
    /** At most this many literals in a set (more make the candidate search slow). */
    static final int MAX_LITERALS = 64;
    /** At most this many units in a literal. */
    static final int MAX_LENGTH = 64;
    /** At most this many units allowed at one position (case folding gives up to three). */
    static final int MAX_UNITS = 4;

    /** At most this many literals in a large literal set (see {@link #largeExact()}). */
    static final int MAX_LARGE_LITERALS = 20_000;

    private final List<char[][]> exact;
    private final List<char[][]> prefixes;
    private final List<char[][]> largeExact;

    private Literals(List<char[][]> exact, List<char[][]> prefixes, List<char[][]> largeExact) {
        this.exact = exact;
        this.prefixes = prefixes;
        this.largeExact = largeExact;
    }

    /** The literal facts of a parsed pattern. Cheap: one walk of the tree that stops early. */
    public static Literals of(Ast.Root root) {
        char[][] plain = plainLiteral(root.node());
        if (plain != null) {
            // One literal and nothing else (what the walk below finds for it, without its objects).
            List<char[][]> one = List.<char[][]>of(plain);
            return new Literals(one, one, null);
        }
        Walk w = new Walk(MAX_LITERALS);
        Seq s = w.seq(root.node());
        // A complete sequence came from a walk of the whole tree, so the walk saw every assertion.
        if (s != null && s.complete && !s.lits.isEmpty() && s.minLength > 0 && !w.sawAssertion) {
            return new Literals(s.lits, s.lits, null);
        }
        List<char[][]> p = s == null || s.lits.isEmpty() || s.minLength == 0 ? null : s.lits;
        List<char[][]> large = null;
        if (s == null && alternationSize(root.node()) > MAX_LITERALS) {
            Walk bw = new Walk(MAX_LARGE_LITERALS);
            Seq big = bw.seq(root.node());
            if (big != null && big.complete && !big.lits.isEmpty() && big.minLength > 0 && !bw.sawAssertion) {
                large = big.lits;
            }
        }
        return new Literals(null, p, large);
    }

    /** The number of branches of the alternation at the top of {@code n} (through groups), or 0. */
    private static int alternationSize(Node n) {
        while (n instanceof Ast.Group g) {
            n = g.body();
        }
        return n instanceof Ast.Alternation a ? a.items().size() : 0;
    }

    /**
     * The pattern's literals in priority order when it is a literal set too large for
     * {@link #exact()} (more than {@link #MAX_LITERALS}, up to {@link #MAX_LARGE_LITERALS}), or
     * null. Searched with an Aho–Corasick automaton.
     */
    public List<char[][]> largeExact() {
        return largeExact;
    }

    /** The pattern's literals in priority order, or null if it is not a literal set. */
    public List<char[][]> exact() {
        return exact;
    }

    /** Literals one of which starts every match, or null. */
    public List<char[][]> prefixes() {
        return prefixes;
    }

    /**
     * A node's literal sequence: {@code lits} in priority order; {@code complete} if they are
     * the node's whole language (else only prefixes of its matches); the shortest and longest
     * literal's length. Null: nothing known.
     */
    private record Seq(List<char[][]> lits, boolean complete, int minLength, int maxLength) {
        static final Seq EMPTY = new Seq(List.<char[][]>of(new char[0][]), true, 0, 0);

        /** One literal. */
        static Seq of(char[][] literal) {
            return new Seq(List.<char[][]>of(literal), true, literal.length, literal.length);
        }

        /** The same literals, as prefixes only. */
        Seq incomplete() {
            return new Seq(lits, false, minLength, maxLength);
        }
    }

    /**
     * One walk of a tree, at most {@code max} literals per sequence; notes whether it met an
     * assertion or lookaround (a pattern with one is not a literal set).
     */
    private static final class Walk {
        final int max;
        boolean sawAssertion;

        Walk(int max) {
            this.max = max;
        }

        Seq seq(Node n) {
            if (n instanceof Ast.Empty) {
                return Seq.EMPTY;
            } else if (n instanceof Ast.CharSet cs) {
                char[] units = units(cs);
                return units == null ? null : Seq.of(new char[][] {units});
            } else if (n instanceof Ast.Group g) {
                return seq(g.body());
            } else if (n instanceof Ast.Concat c) {
                Seq acc = Seq.EMPTY;
                List<Node> items = c.items();
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    char[][] run = singleRun(items, i, MAX_LENGTH - acc.maxLength);
                    Seq next;
                    if (run != null) {
                        // A run of one-literal characters is one literal, joined at once, not unit by unit.
                        next = Seq.of(run);
                        i += run.length - 1;
                    } else {
                        next = seq(item);
                    }
                    if (next == null) {
                        return acc == Seq.EMPTY ? null : acc.incomplete();
                    }
                    Seq joined = concat(acc, next, max);
                    if (joined == null) {
                        return acc.incomplete();
                    }
                    acc = joined;
                    if (!acc.complete) {
                        return acc;
                    }
                }
                return acc;
            } else if (n instanceof Ast.Alternation a) {
                List<Node> items = a.items();
                List<char[][]> all = new ArrayList<>(Math.min(items.size(), max));
                boolean complete = true;
                int min = Integer.MAX_VALUE;
                int maxLen = 0;
                for (int i = 0; i < items.size(); i++) {
                    char[][] plain = plainLiteral(items.get(i));
                    if (plain != null) {
                        // A branch that is one literal (most branches of a literal alternation):
                        // what seq gives for it, without a sequence and a list per branch.
                        if (all.size() + 1 > max) {
                            return null;
                        }
                        all.add(plain);
                        min = Math.min(min, plain.length);
                        maxLen = Math.max(maxLen, plain.length);
                        continue;
                    }
                    Seq s = seq(items.get(i));
                    if (s == null || all.size() + s.lits.size() > max) {
                        return null;
                    }
                    for (int j = 0; j < s.lits.size(); j++) {
                        all.add(s.lits.get(j)); // (addAll would copy the branch's list to an array first)
                    }
                    complete &= s.complete;
                    min = Math.min(min, s.minLength);
                    maxLen = Math.max(maxLen, s.maxLength);
                }
                return new Seq(all, complete, min, maxLen);
            } else if (n instanceof Ast.Repeat r) {
                if (r.min() == 0) {
                    return null;
                }
                Seq body = seq(r.body());
                if (body == null) {
                    return null;
                }
                Seq acc = Seq.EMPTY;
                for (int i = 0; i < r.min(); i++) {
                    Seq joined = concat(acc, body, max);
                    if (joined == null) {
                        return acc.incomplete();
                    }
                    acc = joined;
                    if (!acc.complete) {
                        return acc;
                    }
                }
                return r.max() == r.min() ? acc : acc.incomplete();
            }
            if (n instanceof Ast.Assertion || n instanceof Ast.Look) {
                // Consumes nothing, so it leaves the literals of what is around it as they are; a
                // pattern with one is not a literal set. A lookaround is read as always true: every
                // match of the pattern is a match of that relaxed pattern, so its prefixes are still
                // prefixes of every match.
                sawAssertion = true;
                return Seq.EMPTY;
            }
            return null; // any other node: nothing known
        }
    }

    /**
     * {@code n}'s one literal if it is a character set with literal units, or a sequence of two to
     * {@link #MAX_LENGTH} such sets and nothing else (as {@link Walk#seq} reads them: one complete
     * literal), else null.
     */
    private static char[][] plainLiteral(Node n) {
        if (n instanceof Ast.CharSet cs) {
            char[] u = units(cs);
            return u == null ? null : new char[][] {u};
        }
        if (n instanceof Ast.Concat c) {
            List<Node> items = c.items();
            int size = items.size();
            if (size < 2 || size > MAX_LENGTH) {
                return null;
            }
            for (int j = 0; j < size; j++) {
                if (!(items.get(j) instanceof Ast.CharSet)) {
                    return null; // (checked first: no array for the concatenations the walk reads)
                }
            }
            char[][] run = new char[size][];
            for (int j = 0; j < size; j++) {
                if (!(items.get(j) instanceof Ast.CharSet cs) || (run[j] = units(cs)) == null) {
                    return null;
                }
            }
            return run;
        }
        return null;
    }

    /**
     * The units of the character sets with literal units from {@code i} on (at most {@code cap}),
     * or null if there are fewer than two.
     */
    private static char[][] singleRun(List<Node> items, int i, int cap) {
        char[][] run = null;
        int k = 0;
        for (int j = i; j < items.size() && k < cap && items.get(j) instanceof Ast.CharSet cs; j++) {
            char[] u = units(cs);
            if (u == null) {
                break;
            }
            if (run == null) {
                run = new char[Math.min(cap, items.size() - i)][];
            }
            run[k++] = u;
        }
        return k < 2 ? null : k == run.length ? run : java.util.Arrays.copyOf(run, k);
    }

    /** Every literal of {@code a} followed by every literal of {@code b}, or null if too many/long. */
    private static Seq concat(Seq a, Seq b, int max) {
        if (a == Seq.EMPTY && b.lits.size() <= max) {
            return b; // the empty literal followed by b's literals: b's literals (the first item of most sequences)
        }
        if ((long) a.lits.size() * b.lits.size() > max) {
            return null;
        }
        List<char[][]> r = new ArrayList<>(a.lits.size() * b.lits.size());
        for (char[][] x : a.lits) {
            for (char[][] y : b.lits) {
                if (x.length + y.length > MAX_LENGTH) {
                    return null;
                }
                char[][] xy = new char[x.length + y.length][];
                System.arraycopy(x, 0, xy, 0, x.length);
                System.arraycopy(y, 0, xy, x.length, y.length);
                r.add(xy);
            }
        }
        return new Seq(r, b.complete, a.minLength + b.minLength, a.maxLength + b.maxLength);
    }

    /**
     * The units of each one-unit Latin-1 set, shared by all literals (read-only, as every unit
     * array here): most literal characters are one of these.
     */
    private static final char[][] LATIN1_UNITS = new char[256][];

    static {
        for (int c = 0; c < LATIN1_UNITS.length; c++) {
            LATIN1_UNITS[c] = new char[] {(char) c};
        }
    }

    /** The set's units if it is a few non-surrogate BMP code points, else null. */
    private static char[] units(Ast.CharSet cs) {
        var set = cs.set();
        if (set.isSingle() && set.lo(0) < LATIN1_UNITS.length) {
            return LATIN1_UNITS[set.lo(0)];
        }
        if (set.derived() instanceof Utf16Ranges shapes) {
            // Converted by the compiler already (it runs first), or a shared set converted by
            // an earlier pattern: the units are kept there, computed once.
            return shapes.literalUnits();
        }
        return unitsOf(set);
    }

    /** The walk itself, over the set's code points (Utf16Ranges keeps the same answer from its shapes). */
    static char[] unitsOf(CodePointSet set) {
        long size = set.size();
        if (size == 0 || size > MAX_UNITS) {
            return null;
        }
        char[] u = new char[(int) size];
        int k = 0;
        for (int i = 0; i < set.rangeCount(); i++) {
            for (int cp = set.lo(i); cp <= set.hi(i); cp++) {
                if (cp > 0xFFFF || Character.isSurrogate((char) cp)) {
                    return null;
                }
                u[k++] = (char) cp;
            }
        }
        return u;
    }
}
