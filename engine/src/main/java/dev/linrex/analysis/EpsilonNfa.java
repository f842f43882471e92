package dev.linrex.analysis;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.AssertionKind;
import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A Thompson NFA with epsilon moves, built from the parsed pattern, as a backtracking engine
 * explores it: every alternative and every loop decision is a separate epsilon edge, so two ways
 * of matching the same text stay two paths (that is the ambiguity a backtracker pays for).
 *
 * <p>Counted repeats are expanded copy by copy while small; a large count {@code x{m,n}} is
 * approximated as {@code x{min(m,1)}x*}, which keeps its loop shape (what matters for ambiguity)
 * but not its length. Assertions are epsilon moves except {@code \A} (and {@code ^} without
 * MULTILINE), which only the very start may pass: that is what stops find() from retrying an
 * anchored pattern.
 */
final class EpsilonNfa {
    /**
     * Copies of a loop-free body with choices (alternation, optional parts) beyond which it is
     * treated as a loop: {@code (a|a){32}} is finitely ambiguous, but 2^32 ways is exponential in
     * practice. A body with a loop of its own, as {@code (.*a){12}}, is expanded: its copies
     * form the chain of loops that makes it polynomial.
     */
    private static final int MAX_EXACT_CHOICE_COPIES = 8;
    /** Positions a counted repeat may expand to before it is approximated by a loop. */
    private static final int MAX_EXPANDED_POSITIONS = 64;

    /** Node kinds. */
    static final int EPSILON = 0;
    static final int CHAR = 1;
    static final int BEGIN_INPUT = 2;
    static final int ACCEPT = 3;

    final List<Integer> kind = new ArrayList<>();
    /** For CHAR nodes: the set; else null. */
    final List<CodePointSet> set = new ArrayList<>();
    /** Epsilon successors (EPSILON and BEGIN_INPUT nodes), or the one successor of a CHAR node. */
    final List<List<Integer>> next = new ArrayList<>();
    /** Parallel to {@link #next}: whether the edge goes back to a loop head (ends an iteration). */
    final List<List<Boolean>> back = new ArrayList<>();
    int start;
    int accept;
    /** The character node of find()'s implicit retry loop, or -1. */
    int retryNode = -1;

    private record Frag(int in, int out) {}

    /** Builds the NFA for {@code node}; with {@code Usage.FIND}, a lazy any-character loop comes first. */
    static EpsilonNfa of(Ast.Node node, Usage usage) {
        EpsilonNfa nfa = new EpsilonNfa();
        Frag body = nfa.build(node);
        nfa.accept = nfa.node(ACCEPT, null);
        nfa.link(body.out, nfa.accept);
        if (usage == Usage.FIND) {
            // find(): try at this index, else skip one character and try again.
            int loop = nfa.node(EPSILON, null);
            int skip = nfa.node(CHAR, CodePointSet.ALL);
            nfa.link(loop, body.in);
            nfa.link(loop, skip);
            nfa.linkBack(skip, loop);
            nfa.start = loop;
            nfa.retryNode = skip;
        } else {
            nfa.start = body.in;
        }
        return nfa;
    }

    int size() {
        return kind.size();
    }

    private int node(int k, CodePointSet s) {
        kind.add(k);
        set.add(s);
        next.add(new ArrayList<>(2));
        back.add(new ArrayList<>(2));
        return kind.size() - 1;
    }

    private void link(int from, int to) {
        next.get(from).add(to);
        back.get(from).add(false);
    }

    private void linkBack(int from, int head) {
        next.get(from).add(head);
        back.get(from).add(true);
    }

    private Frag build(Ast.Node node) {
        if (node instanceof Ast.Empty) {
            int n = node(EPSILON, null);
            return new Frag(n, n);
        }
        if (node instanceof Ast.CharSet cs) {
            int c = node(CHAR, cs.set());
            int out = node(EPSILON, null);
            link(c, out);
            return new Frag(c, out);
        }
        if (node instanceof Ast.Assertion a) {
            boolean begin = a.kind() == AssertionKind.BEGIN_INPUT;
            int n = node(begin ? BEGIN_INPUT : EPSILON, null);
            int out = node(EPSILON, null);
            link(n, out);
            return new Frag(n, out);
        }
        if (node instanceof Ast.Group g) {
            return build(g.body());
        }
        if (node instanceof Ast.Concat c) {
            Frag first = null;
            Frag last = null;
            for (Ast.Node item : c.items()) {
                Frag f = build(item);
                if (first == null) {
                    first = f;
                } else {
                    link(last.out, f.in);
                }
                last = f;
            }
            return new Frag(first.in, last.out);
        }
        if (node instanceof Ast.Alternation alt) {
            int in = node(EPSILON, null);
            int out = node(EPSILON, null);
            for (Ast.Node item : alt.items()) {
                Frag f = build(item);
                link(in, f.in);
                link(f.out, out);
            }
            return new Frag(in, out);
        }
        Ast.Repeat r = (Ast.Repeat) node;
        return repeat(r.body(), r.min(), r.max());
    }

    private Frag repeat(Ast.Node body, int min, int max) {
        int bodySize = positions(body);
        int copies = max == Ast.UNBOUNDED ? min : max;
        if ((long) copies * Math.max(1, bodySize) > MAX_EXPANDED_POSITIONS
                || (copies > MAX_EXACT_CHOICE_COPIES && hasChoice(body) && !hasLoop(body))) {
            // Approximate: at most one mandatory copy, then a loop.
            return sequence(Math.min(min, 1), body, true);
        }
        if (max == Ast.UNBOUNDED) {
            return sequence(min, body, true);
        }
        // min mandatory copies, then (max - min) nested optional copies.
        int in = node(EPSILON, null);
        int cursor = in;
        for (int i = 0; i < min; i++) {
            Frag f = build(body);
            link(cursor, f.in);
            cursor = f.out;
        }
        int out = node(EPSILON, null);
        for (int i = min; i < max; i++) {
            Frag f = build(body);
            link(cursor, f.in);
            link(cursor, out);
            cursor = f.out;
        }
        link(cursor, out);
        return new Frag(in, out);
    }

    /** {@code mandatory} copies of body, then a star of it when {@code loop}. */
    private Frag sequence(int mandatory, Ast.Node body, boolean loop) {
        int in = node(EPSILON, null);
        int cursor = in;
        for (int i = 0; i < mandatory; i++) {
            Frag f = build(body);
            link(cursor, f.in);
            cursor = f.out;
        }
        if (loop) {
            int head = node(EPSILON, null);
            link(cursor, head);
            Frag f = build(body);
            int out = node(EPSILON, null);
            link(head, f.in);
            link(head, out);
            linkBack(f.out, head);
            cursor = out;
        }
        return new Frag(in, cursor);
    }

    private static boolean hasLoop(Ast.Node node) {
        if (node instanceof Ast.Repeat r) {
            return r.max() == Ast.UNBOUNDED || hasLoop(r.body());
        }
        if (node instanceof Ast.Group g) {
            return hasLoop(g.body());
        }
        List<Ast.Node> items = node instanceof Ast.Concat c ? c.items()
                : node instanceof Ast.Alternation a ? a.items() : List.of();
        for (Ast.Node item : items) {
            if (hasLoop(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChoice(Ast.Node node) {
        if (node instanceof Ast.Alternation || node instanceof Ast.Repeat) {
            return true;
        }
        if (node instanceof Ast.Group g) {
            return hasChoice(g.body());
        }
        if (node instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                if (hasChoice(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Number of character positions in {@code node} (counted repeats multiplied, capped). */
    private static int positions(Ast.Node node) {
        if (node instanceof Ast.CharSet) {
            return 1;
        }
        if (node instanceof Ast.Group g) {
            return positions(g.body());
        }
        if (node instanceof Ast.Concat c) {
            return sum(c.items());
        }
        if (node instanceof Ast.Alternation a) {
            return sum(a.items());
        }
        if (node instanceof Ast.Repeat r) {
            long n = (long) positions(r.body()) * Math.max(1, r.max() == Ast.UNBOUNDED ? Math.max(1, r.min()) : r.max());
            return (int) Math.min(n, 1_000_000);
        }
        return 0;
    }

    private static int sum(List<Ast.Node> items) {
        long n = 0;
        for (Ast.Node item : items) {
            n += positions(item);
        }
        return (int) Math.min(n, 1_000_000);
    }
}
