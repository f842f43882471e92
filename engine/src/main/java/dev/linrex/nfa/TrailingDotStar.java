package dev.linrex.nfa;

import dev.linrex.syntax.Ast;

/**
 * Whether a pattern ends with a greedy repeat, from zero times without a limit, of a set that
 * holds every code point ({@code (?s).*}, {@code [\s\S]*}). Such a repeat takes whatever follows
 * up to the region end, so every leftmost-first match of the pattern ends exactly there. With
 * {@link LeadingDotStar} as well ({@code (?s).*R.*}), a search from {@code from} matches
 * {@code [from, regionEnd)} if {@code R} occurs anywhere in between, and not at all otherwise:
 * the search may stop at the first place a match of the pattern ends (see
 * {@code exec.Strategy}'s span-to-region-end search).
 */
public final class TrailingDotStar {
    private TrailingDotStar() {}

    /** Does {@code n} end with a greedy unbounded repeat of the set of all code points? Recursion is bounded by the nesting limit. */
    public static boolean of(Ast.Node n) {
        if (n instanceof Ast.Repeat r) {
            return r.greedy() && LeadingDotStar.repeatsEveryCodePoint(r);
        }
        if (n instanceof Ast.Concat c) {
            return !c.items().isEmpty() && of(c.items().get(c.items().size() - 1));
        }
        if (n instanceof Ast.Group g) {
            return of(g.body());
        }
        return false;
    }
}
