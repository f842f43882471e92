package dev.linrex.nfa;

import dev.linrex.syntax.Ast;

/**
 * Whether a pattern begins with a repeat, from zero times without a limit, of a set that holds
 * every code point ({@code (?s).*}, {@code [\s\S]*?}). A match that starts at some position then
 * has one that starts at any earlier position too (the repeat takes the units between), so the
 * leftmost match of an unanchored search starts exactly at the search start, if there is one:
 * the search can run anchored there, with no reverse scan for the start.
 */
public final class LeadingDotStar {
    private static final long ALL_CODE_POINTS = Character.MAX_CODE_POINT + 1L;

    private LeadingDotStar() {}

    /** Does {@code n} begin with an unbounded repeat of the set of all code points? Recursion is bounded by the nesting limit. */
    public static boolean of(Ast.Node n) {
        if (n instanceof Ast.Repeat r) {
            return repeatsEveryCodePoint(r);
        }
        if (n instanceof Ast.Concat c) {
            return !c.items().isEmpty() && of(c.items().get(0));
        }
        if (n instanceof Ast.Group g) {
            return of(g.body());
        }
        return false;
    }

    /** Is {@code r} a repeat, from zero times without a limit, of the set of all code points? */
    static boolean repeatsEveryCodePoint(Ast.Repeat r) {
        return r.min() == 0 && r.max() == Ast.UNBOUNDED && r.body() instanceof Ast.CharSet cs
                && cs.set().size() == ALL_CODE_POINTS;
    }
}
