package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Ast.Node;
import dev.linrex.syntax.Parser;

/** Structural questions the compiler asks of AST nodes. Recursion is bounded by the nesting limit. */
final class Analysis {
    private Analysis() {}

    /** Can {@code n} match the empty string? */
    static boolean nullable(Node n) {
        if (n instanceof Ast.Empty || n instanceof Ast.Assertion || n instanceof Ast.Look) {
            return true;
        } else if (n instanceof Ast.CharSet) {
            return false;
        } else if (n instanceof Ast.Concat c) {
            for (Node item : c.items()) {
                if (!nullable(item)) {
                    return false;
                }
            }
            return true;
        } else if (n instanceof Ast.Alternation a) {
            for (Node item : a.items()) {
                if (nullable(item)) {
                    return true;
                }
            }
            return false;
        } else if (n instanceof Ast.Group g) {
            return nullable(g.body());
        } else if (n instanceof Ast.Repeat r) {
            return r.min() == 0 || nullable(r.body());
        }
        throw new IllegalStateException("unknown node " + n);
    }

    /**
     * True when java.util.regex would call {@code n} "deterministic" (its {@code TreeInfo}: no
     * alternation, no variable repetition) and it consumes nothing. A quantified group with such
     * a body becomes the JDK's {@code GroupCurly}, whose optional iterations are special.
     */
    static boolean zeroLengthDeterministic(Node n) {
        if (n instanceof Ast.Empty || n instanceof Ast.Assertion || n instanceof Ast.Look) {
            return true;
        } else if (n instanceof Ast.CharSet || n instanceof Ast.Alternation) {
            return false;
        } else if (n instanceof Ast.Concat c) {
            for (Node item : c.items()) {
                if (!zeroLengthDeterministic(item)) {
                    return false;
                }
            }
            return true;
        } else if (n instanceof Ast.Group g) {
            return zeroLengthDeterministic(g.body());
        } else if (n instanceof Ast.Repeat r) {
            return r.min() == r.max() && zeroLengthDeterministic(r.body());
        }
        throw new IllegalStateException("unknown node " + n);
    }

    /**
     * java.util.regex's notion of "deterministic" (its TreeInfo after study): no alternation and
     * no repetition with min != max anywhere inside.
     */
    static boolean deterministic(Node n) {
        return deterministic(n, false);
    }

    /**
     * {@link #deterministic(Node)}, but with {@code \R} counted as deterministic, as the JDK's
     * TreeInfo does (its LineEnding node leaves it so although it matches one or two units). A
     * quantified group with such a body is the JDK's GroupCurly, which runs each iteration as an
     * isolated atom: a {@code \R} in it takes {@code \r\n} and never gives back the {@code \n}.
     */
    static boolean deterministicCountingLineEnding(Node n) {
        return deterministic(n, true);
    }

    private static boolean deterministic(Node n, boolean lineEndingCounts) {
        if (lineEndingCounts && n == Parser.LINE_ENDING) {
            return true;
        }
        if (n instanceof Ast.Empty || n instanceof Ast.Assertion || n instanceof Ast.Look || n instanceof Ast.CharSet) {
            return true;
        } else if (n instanceof Ast.Alternation) {
            return false;
        } else if (n instanceof Ast.Concat c) {
            for (Node item : c.items()) {
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

    /** Is the first node of the pattern's top level a {@code ^} (non-MULTILINE) or {@code \A}? */
    static boolean beginsWithBeginInput(Node n) {
        if (n instanceof Ast.Concat c) {
            n = c.items().get(0);
        }
        return n instanceof Ast.Assertion a && a.kind() == dev.linrex.syntax.AssertionKind.BEGIN_INPUT;
    }
}
