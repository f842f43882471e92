package dev.linrex.syntax;

import dev.linrex.UnsupportedPatternException;

/**
 * Lookaround uses that java.util.regex gives a meaning linrex cannot reproduce in linear time,
 * rejected with {@link UnsupportedPatternException} so that every accepted pattern matches as
 * the JDK matches.
 *
 * <p><b>Captures that leak.</b> The JDK does not undo the groups a lookaround body set once the
 * body has matched: when the match attempt then fails after the lookaround (or, for a negative
 * lookaround, because the body matched), the groups keep those values into later attempts.
 * {@code (?=(a))b|c} on "ac" reports "c" with group 1 = "a". What a group holds then depends on
 * the order of the whole backtracking search. linrex reproduces captures inside lookarounds only
 * where such leftovers are always overwritten: a capturing group inside a lookaround is accepted
 * when the lookaround is positive and on every path of the enclosing pattern exactly once (not
 * under an alternation or a quantifier), recursively for nested lookarounds, and the group is on
 * every path of the lookaround's body (not under an alternation or an optional quantifier).
 *
 * <p><b>Inexact lower bounds.</b> The JDK's minimum length of a lookbehind body can exceed the
 * true one only by int overflow; such lookbehinds are rejected.
 */
final class LookaroundLimits {
    private LookaroundLimits() {}

    static void check(Ast.Node root, String pattern) {
        walk(root, true, true, -1, pattern);
    }

    /**
     * @param mandatory on every path (no alternation, no optional quantifier above)
     * @param once at most once on a path (no quantifier above, within the current body)
     * @param inLook index of the innermost positive lookaround with groups around, or -1
     */
    private static void walk(Ast.Node n, boolean mandatory, boolean once, int inLook, String pattern) {
        if (n instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                walk(item, mandatory, once, inLook, pattern);
            }
        } else if (n instanceof Ast.Alternation a) {
            for (Ast.Node item : a.items()) {
                walk(item, false, once, inLook, pattern);
            }
        } else if (n instanceof Ast.Group g) {
            if (inLook >= 0 && g.index() > 0 && !mandatory) {
                throw reject("capturing group inside a lookaround, on an optional path",
                        "java.util.regex lets an optional group inside a lookaround keep a value from an"
                                + " earlier attempt", pattern, inLook);
            }
            walk(g.body(), mandatory, once, inLook, pattern);
        } else if (n instanceof Ast.Repeat r) {
            walk(r.body(), mandatory && r.min() >= 1, false, inLook, pattern);
        } else if (n instanceof Ast.Look look) {
            if (look.behind() && look.minLength() > LookbehindLength.trueMinLength(look.body())) {
                throw reject(look.negated() ? "negative lookbehind (?<!" : "lookbehind (?<=",
                        "java.util.regex's minimum length for this lookbehind overflowed", pattern, look.index());
            }
            if (look.hasGroups()) {
                if (look.negated()) {
                    throw reject("capturing group inside a negative lookaround",
                            "java.util.regex keeps the groups of a negative lookaround's body that matched",
                            pattern, look.index());
                }
                if (!mandatory || !once) {
                    throw reject("capturing group inside an optional or repeated lookaround",
                            "java.util.regex keeps a lookaround's groups from attempts that failed later",
                            pattern, look.index());
                }
            }
            walk(look.body(), true, true, look.hasGroups() ? look.index() : -1, pattern);
        }
    }

    private static UnsupportedPatternException reject(String construct, String reason, String pattern, int index) {
        return new UnsupportedPatternException(construct, reason, pattern, index);
    }
}
