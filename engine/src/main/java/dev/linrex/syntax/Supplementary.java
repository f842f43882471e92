package dev.linrex.syntax;

import java.util.List;

/**
 * java.util.regex's {@code hasSupplementary}: the pattern text has a surrogate (a supplementary
 * character, paired or not) anywhere, e.g. only in a lookaround body or a COMMENTS-mode comment,
 * or the pattern has a class that java.util.regex builds as a code-point (non-BMP) predicate
 * ({@link Ast.CharSet#codePoints}), wherever it is, lookaround bodies and {@code x{0}} included.
 * Then its scan steps over the middle of surrogate pairs. The parser notes both as it reads;
 * this computes the same from the text and a tree built some other way.
 */
final class Supplementary {
    private Supplementary() {}

    static boolean of(String pattern, Ast.Node tree) {
        return hasSurrogate(pattern) || hasCodePointClass(tree);
    }

    /** Whether {@code s} has a surrogate (so a supplementary character, paired or not). */
    static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Does {@code n} (lookaround bodies included) have a class the JDK reads by code point? Recursion is bounded by the nesting limit. */
    static boolean hasCodePointClass(Ast.Node n) {
        if (n instanceof Ast.CharSet cs) {
            return cs.codePoints();
        } else if (n instanceof Ast.Concat c) {
            return anyHasCodePointClass(c.items());
        } else if (n instanceof Ast.Alternation a) {
            return anyHasCodePointClass(a.items());
        } else if (n instanceof Ast.Group g) {
            return hasCodePointClass(g.body());
        } else if (n instanceof Ast.Repeat r) {
            return hasCodePointClass(r.body());
        } else if (n instanceof Ast.Look l) {
            return hasCodePointClass(l.body());
        }
        return false;
    }

    private static boolean anyHasCodePointClass(List<Ast.Node> items) {
        for (int i = 0; i < items.size(); i++) {
            if (hasCodePointClass(items.get(i))) {
                return true;
            }
        }
        return false;
    }
}
