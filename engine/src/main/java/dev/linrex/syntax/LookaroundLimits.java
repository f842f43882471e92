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
 * <p>A top-level lookaround is also accepted with any groups (optional ones, and in a negative
 * lookaround) when no leftover can reach a match: it is an item of the pattern's top-level
 * sequence, everything before it has one fixed length (so one match attempt evaluates it at one
 * position only), its body has no lookaround with groups, and either the pattern starts with
 * {@code ^} or {@code \A} (one attempt per search), or it is positive and nothing after it can
 * fail (its first success is the match).
 *
 * <p><b>Inexact lower bounds.</b> The JDK's minimum length of a lookbehind body can exceed the
 * true one only by int overflow; such lookbehinds are rejected.
 */
final class LookaroundLimits {
    private LookaroundLimits() {}

    static void check(Ast.Node root, String pattern) {
        walk(root, true, true, -1, pattern, evaluatedOnce(root));
    }

    /** Top-level lookarounds whose groups are exact whatever their shape (see the class comment). */
    private static java.util.Set<Ast.Look> evaluatedOnce(Ast.Node root) {
        java.util.Set<Ast.Look> once = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.List<Ast.Node> items = root instanceof Ast.Concat c ? c.items() : java.util.List.of(root);
        boolean anchored = !items.isEmpty() && items.get(0) instanceof Ast.Assertion a
                && a.kind() == AssertionKind.BEGIN_INPUT;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Ast.Look look && look.hasGroups() && !hasLookWithGroups(look.body())
                    && fixedLength(items.subList(0, i))
                    && (anchored || (!look.negated() && cannotFail(items.subList(i + 1, items.size()))))) {
                once.add(look);
            }
        }
        return once;
    }

    private static boolean hasLookWithGroups(Ast.Node n) {
        if (n instanceof Ast.Look l) {
            return l.hasGroups();
        } else if (n instanceof Ast.Concat c) {
            return c.items().stream().anyMatch(LookaroundLimits::hasLookWithGroups);
        } else if (n instanceof Ast.Alternation a) {
            return a.items().stream().anyMatch(LookaroundLimits::hasLookWithGroups);
        } else if (n instanceof Ast.Group g) {
            return hasLookWithGroups(g.body());
        } else if (n instanceof Ast.Repeat r) {
            return hasLookWithGroups(r.body());
        }
        return false;
    }

    /** Every path through the items consumes the same number of code points. */
    private static boolean fixedLength(java.util.List<Ast.Node> items) {
        for (Ast.Node n : items) {
            if (length(n) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The fixed number of code points {@code n} consumes, or -1 if it varies. */
    private static long length(Ast.Node n) {
        if (n instanceof Ast.CharSet) {
            return 1;
        } else if (n instanceof Ast.Empty || n instanceof Ast.Assertion || n instanceof Ast.Look) {
            return 0;
        } else if (n instanceof Ast.Concat c) {
            long sum = 0;
            for (Ast.Node item : c.items()) {
                long l = length(item);
                if (l < 0) {
                    return -1;
                }
                sum += l;
            }
            return sum;
        } else if (n instanceof Ast.Alternation a) {
            long first = length(a.items().get(0));
            for (Ast.Node item : a.items()) {
                if (first < 0 || length(item) != first) {
                    return -1;
                }
            }
            return first;
        } else if (n instanceof Ast.Group g) {
            return length(g.body());
        } else if (n instanceof Ast.Repeat r) {
            long l = length(r.body());
            return l == 0 ? 0 : (l < 0 || r.min() != r.max()) ? -1 : l * r.min();
        }
        return -1;
    }

    /** The items always match (some path matches the empty string with no assertion on it). */
    private static boolean cannotFail(java.util.List<Ast.Node> items) {
        for (Ast.Node n : items) {
            if (!cannotFail(n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cannotFail(Ast.Node n) {
        if (n instanceof Ast.Empty) {
            return true;
        } else if (n instanceof Ast.Concat c) {
            return cannotFail(c.items());
        } else if (n instanceof Ast.Alternation a) {
            return a.items().stream().anyMatch(LookaroundLimits::cannotFail);
        } else if (n instanceof Ast.Group g) {
            return cannotFail(g.body());
        } else if (n instanceof Ast.Repeat r) {
            return r.min() == 0 || cannotFail(r.body());
        }
        return false; // CharSet, Assertion, Look
    }

    /**
     * @param mandatory on every path (no alternation, no optional quantifier above)
     * @param once at most once on a path (no quantifier above, within the current body)
     * @param inLook index of the innermost positive lookaround with groups around, or -1
     */
    private static void walk(Ast.Node n, boolean mandatory, boolean once, int inLook, String pattern,
                             java.util.Set<Ast.Look> exact) {
        if (n instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                walk(item, mandatory, once, inLook, pattern, exact);
            }
        } else if (n instanceof Ast.Alternation a) {
            for (Ast.Node item : a.items()) {
                walk(item, false, once, inLook, pattern, exact);
            }
        } else if (n instanceof Ast.Group g) {
            if (inLook >= 0 && g.index() > 0 && !mandatory) {
                throw reject("capturing group inside a lookaround, on an optional path",
                        "java.util.regex lets an optional group inside a lookaround keep a value from an"
                                + " earlier attempt", pattern, inLook);
            }
            walk(g.body(), mandatory, once, inLook, pattern, exact);
        } else if (n instanceof Ast.Repeat r) {
            walk(r.body(), mandatory && r.min() >= 1, false, inLook, pattern, exact);
        } else if (n instanceof Ast.Look look) {
            if (look.behind() && look.minLength() > LookbehindLength.trueMinLength(look.body())) {
                throw reject(look.negated() ? "negative lookbehind (?<!" : "lookbehind (?<=",
                        "java.util.regex's minimum length for this lookbehind overflowed", pattern, look.index());
            }
            if (exact.contains(look)) {
                walk(look.body(), true, true, -1, pattern, exact);
                return;
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
            walk(look.body(), true, true, look.hasGroups() ? look.index() : -1, pattern, exact);
        }
    }

    private static UnsupportedPatternException reject(String construct, String reason, String pattern, int index) {
        return new UnsupportedPatternException(construct, reason, pattern, index);
    }
}
