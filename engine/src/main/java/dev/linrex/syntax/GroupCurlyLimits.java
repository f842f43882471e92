package dev.linrex.syntax;

import dev.linrex.UnsupportedPatternException;
import java.util.ArrayList;
import java.util.List;

/**
 * Uses of java.util.regex's {@code GroupCurly} (a quantified group with a deterministic body, see
 * {@link GroupCurlyShape}) whose results depend on the order of its backtracking search, rejected
 * with {@link UnsupportedPatternException} so that every accepted pattern matches as the JDK does.
 *
 * <p><b>Nested groups keep stale values.</b> A GroupCurly restores its own group when it gives
 * back iterations or fails, but not the groups nested in its body: each successful run of the
 * body sets them, and nothing undoes that, not a later failure, not a later start position. The
 * JDK then reports the value of the last run of the body in its whole search, even one on a path
 * that failed: {@code (?:(a))*b} on "aacb" finds "b" with group 1 = (1,2), {@code c(([ab]))*.} on
 * "cb" gives group 2 = (1,2) although the loop matched nothing. Which run was last depends on the
 * backtracking order, so a capturing group nested in a GroupCurly is rejected, except when the
 * GroupCurly has an exact count ({@code {n}}) and is on every path of the pattern at most once
 * (under no alternation, no lookaround and no repetition other than exact ones): then every match
 * runs its body last on the match's own path, after any run on a failed path.
 *
 * <p><b>{@code \R} before the end of the body.</b> The body's first match is taken as a whole, so a
 * {@code \R} in it takes {@code \r\n} whenever the rest of the body then matches, and is never
 * given back for a lone {@code \r} because of what follows the group: {@code (?:\R\R)+\n} does not
 * match "\r\n\n". A {@code \R} ending the body is compiled atomically (see the compiler); one
 * followed by more of the body is rejected unless what follows cannot begin with {@code \n}
 * (then a lone {@code \r} before a {@code \n} cannot continue, and the body has one match).
 */
final class GroupCurlyLimits {
    private GroupCurlyLimits() {}

    static void check(Ast.Node root, String pattern, GroupOpenIndexes openIndex) {
        walk(root, true, pattern, openIndex);
    }

    /** @param spine on every path at most once: no alternation, lookaround or inexact repetition above */
    private static void walk(Ast.Node n, boolean spine, String pattern, GroupOpenIndexes openIndex) {
        if (n instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                walk(item, spine, pattern, openIndex);
            }
        } else if (n instanceof Ast.Alternation a) {
            for (Ast.Node item : a.items()) {
                walk(item, false, pattern, openIndex);
            }
        } else if (n instanceof Ast.Group g) {
            walk(g.body(), spine, pattern, openIndex);
        } else if (n instanceof Ast.Look look) {
            walk(look.body(), false, pattern, openIndex);
        } else if (n instanceof Ast.Repeat r) {
            boolean exact = r.min() == r.max();
            if (GroupCurlyShape.isGroupCurly(r)) {
                Ast.Group body = (Ast.Group) r.body();
                Ast.Group nested = firstCapture(body.body());
                if (nested != null && !(exact && spine)) {
                    throw new UnsupportedPatternException("capturing group inside a repeated fixed-length group",
                            "java.util.regex keeps the values a repeated group's body gave its nested groups on"
                                    + " paths that failed later", pattern, index(nested, openIndex));
                }
                checkLineEndings(body, pattern, openIndex);
            }
            walk(r.body(), spine && exact, pattern, openIndex);
        }
    }

    private static int index(Ast.Group g, GroupOpenIndexes openIndex) {
        return openIndex.of(g);
    }

    /** The first capturing group inside {@code n} (lookaround bodies included), or null. */
    private static Ast.Group firstCapture(Ast.Node n) {
        if (n instanceof Ast.Group g) {
            return g.index() > 0 ? g : firstCapture(g.body());
        } else if (n instanceof Ast.Concat c) {
            return firstCapture(c.items());
        } else if (n instanceof Ast.Alternation a) {
            return firstCapture(a.items());
        } else if (n instanceof Ast.Repeat r) {
            return firstCapture(r.body());
        } else if (n instanceof Ast.Look look) {
            return firstCapture(look.body());
        }
        return null;
    }

    private static Ast.Group firstCapture(List<Ast.Node> items) {
        for (Ast.Node item : items) {
            Ast.Group g = firstCapture(item);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /**
     * Rejects a {@code \R} that this GroupCurly's atom governs (not one inside a nested
     * repetition, which is an atom of its own, nor inside a lookaround) when what follows it in
     * the body may begin with {@code \n}.
     */
    private static void checkLineEndings(Ast.Group body, String pattern, GroupOpenIndexes openIndex) {
        List<Ast.Node> flat = new ArrayList<>();
        flatten(body.body(), flat);
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i) == Parser.LINE_ENDING && i + 1 < flat.size() && mayBeginWithLineFeed(flat, i + 1)) {
                throw new UnsupportedPatternException("\\R inside a repeated fixed-length group, before more of its body",
                        "java.util.regex matches each iteration of such a group once, taking \\r\\n for \\R when the"
                                + " rest of the body matches, and never backtracks into it", pattern,
                        index(body, openIndex));
            }
        }
    }

    /** The body's items in order, groups opened (a {@code \R} stays one item). */
    private static void flatten(Ast.Node n, List<Ast.Node> out) {
        if (n instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                flatten(item, out);
            }
        } else if (n instanceof Ast.Group g && n != Parser.LINE_ENDING) {
            flatten(g.body(), out);
        } else if (!(n instanceof Ast.Empty)) {
            out.add(n);
        }
    }

    /** Conservatively: can the first unit the items consume from {@code from} on be {@code \n}? */
    private static boolean mayBeginWithLineFeed(List<Ast.Node> items, int from) {
        for (int i = from; i < items.size(); i++) {
            Boolean b = firstIsLineFeed(items.get(i));
            if (b != null) {
                return b;
            }
        }
        return true; // only zero-width items follow: the lone \r may end the body
    }

    /** TRUE/FALSE when {@code n} consumes and its first unit may / cannot be \n; null when it is zero-width. */
    private static Boolean firstIsLineFeed(Ast.Node n) {
        if (n == Parser.LINE_ENDING) {
            return Boolean.TRUE;
        } else if (n instanceof Ast.CharSet cs) {
            return cs.set().contains('\n');
        } else if (n instanceof Ast.Empty || n instanceof Ast.Assertion || n instanceof Ast.Look) {
            return null;
        } else if (n instanceof Ast.Concat || n instanceof Ast.Group) {
            List<Ast.Node> flat = new ArrayList<>();
            flatten(n, flat);
            for (Ast.Node item : flat) {
                Boolean b = firstIsLineFeed(item);
                if (b != null) {
                    return b;
                }
            }
            return null;
        } else if (n instanceof Ast.Repeat r && r.min() == r.max()) {
            return r.max() == 0 ? null : firstIsLineFeed(r.body());
        }
        return Boolean.TRUE;
    }
}
