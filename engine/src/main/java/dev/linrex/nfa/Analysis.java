package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Ast.Node;
import dev.linrex.syntax.GroupCurlyShape;

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
        return GroupCurlyShape.zeroLengthDeterministic(n);
    }

    /**
     * java.util.regex's notion of "deterministic" (its TreeInfo after study): no alternation and
     * no repetition with min != max anywhere inside, {@code \R} not counted as deterministic.
     */
    static boolean deterministic(Node n) {
        return GroupCurlyShape.deterministic(n, false);
    }

    /** Is the first node of the pattern's top level a {@code ^} (non-MULTILINE) or {@code \A}? */
    static boolean beginsWithBeginInput(Node n) {
        if (n instanceof Ast.Concat c) {
            n = c.items().get(0);
        }
        return n instanceof Ast.Assertion a && a.kind() == dev.linrex.syntax.AssertionKind.BEGIN_INPUT;
    }
}
