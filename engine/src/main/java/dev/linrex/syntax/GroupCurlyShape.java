package dev.linrex.syntax;

/**
 * Which quantified groups java.util.regex compiles to its {@code GroupCurly} node, and the
 * notion of "deterministic" that decides it (its {@code TreeInfo} after {@code study}).
 *
 * <p>A quantified group whose body is deterministic (no alternation, no repetition with
 * {@code min != max} anywhere inside; a {@code \R} counts as deterministic although it matches
 * one or two units) becomes a GroupCurly, except {@code {0,1}} and {@code ?}, which are a branch
 * there. A GroupCurly runs each iteration of the body as an isolated atom: it takes the body's
 * first match and never backtracks into it, and it restores only the quantified group's own
 * span, never the groups nested in it. Everything else becomes a {@code Loop}, which backtracks
 * normally. Recursion is bounded by the parser's nesting limit.
 */
public final class GroupCurlyShape {
    private GroupCurlyShape() {}

    /** True when java.util.regex compiles {@code r} (not possessive) to a GroupCurly. */
    public static boolean isGroupCurly(Ast.Repeat r) {
        return r.body() instanceof Ast.Group g && r.body() != Parser.LINE_ENDING && !(r.min() == 0 && r.max() == 1)
                && deterministic(g.body(), true);
    }

    /**
     * java.util.regex's "deterministic": no alternation and no repetition with min != max
     * anywhere inside; with {@code lineEndingCounts}, a {@code \R} is deterministic, as the
     * JDK's TreeInfo leaves it (its LineEnding node is one node there, an alternation here).
     */
    public static boolean deterministic(Ast.Node n, boolean lineEndingCounts) {
        if (lineEndingCounts && n == Parser.LINE_ENDING) {
            return true;
        }
        if (n instanceof Ast.Empty || n instanceof Ast.Assertion || n instanceof Ast.Look || n instanceof Ast.CharSet) {
            return true;
        } else if (n instanceof Ast.Alternation) {
            return false;
        } else if (n instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                if (!deterministic(item, lineEndingCounts)) {
                    return false;
                }
            }
            return true;
        } else if (n instanceof Ast.Group g) {
            return deterministic(g.body(), lineEndingCounts);
        } else if (n instanceof Ast.Repeat r) {
            return r.min() == r.max() && deterministic(r.body(), lineEndingCounts);
        }
        throw new IllegalStateException("unknown node " + n);
    }

    /** Deterministic and consuming nothing: no char set and no {@code \\R} anywhere inside, except under {@code {0}}. */
    public static boolean zeroLengthDeterministic(Ast.Node n) {
        if (n instanceof Ast.Empty || n instanceof Ast.Assertion || n instanceof Ast.Look) {
            return true;
        } else if (n instanceof Ast.CharSet || n instanceof Ast.Alternation) {
            return false;
        } else if (n instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                if (!zeroLengthDeterministic(item)) {
                    return false;
                }
            }
            return true;
        } else if (n instanceof Ast.Group g) {
            return zeroLengthDeterministic(g.body());
        } else if (n instanceof Ast.Repeat r) {
            // {0} consumes nothing whatever its body; the JDK still calls it deterministic only
            // when the body is (a {0} loop over an alternation is a Loop there)
            return r.max() == 0 ? deterministic(r.body(), true)
                    : r.min() == r.max() && zeroLengthDeterministic(r.body());
        }
        throw new IllegalStateException("unknown node " + n);
    }
}
