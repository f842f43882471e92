package dev.linrex.nfa;

import dev.linrex.syntax.Ast;

/**
 * Whether a pattern begins with a greedy repeat, from zero times without a limit, of a set that
 * holds every code point ({@code (?s).*}, {@code [\s\S]*}), outside any capturing group. The
 * repeat then takes as much of a match as it can: in a match {@code [start, end)} the rest of the
 * pattern matches {@code [q, end)} for the <em>largest</em> such {@code q}, and every group is
 * what the rest of the pattern sets there (java.util.regex backs the repeat off one code point at
 * a time from the end). The groups of a long match can so be read from its tail alone (see
 * {@code exec.LastRestStart}). A capturing group around the repeat would start at {@code start}
 * instead, so it disqualifies; a lazy repeat prefers the smallest {@code q}.
 */
public final class GreedyLeadingDotStar {
    private GreedyLeadingDotStar() {}

    /** Does {@code n} begin with a greedy {@code (?s).*} that no capturing group encloses? Recursion is bounded by the nesting limit. */
    public static boolean of(Ast.Node n) {
        if (n instanceof Ast.Repeat r) {
            return r.greedy() && LeadingDotStar.repeatsEveryCodePoint(r);
        }
        if (n instanceof Ast.Concat c) {
            return !c.items().isEmpty() && of(c.items().get(0));
        }
        if (n instanceof Ast.Group g) {
            return g.index() == 0 && of(g.body());
        }
        return false;
    }
}
