package dev.linrex.syntax;

import java.util.List;
import java.util.Map;

/**
 * The length bounds java.util.regex computes for a lookbehind body (its {@code TreeInfo}, filled
 * by each node's {@code study}), reproduced step for step because they are observable: the JDK
 * rejects a lookbehind whose bound is not "obvious" ({@code maxValid == false}), and it only
 * tries body starts between {@code i - maxLength} and {@code i - minLength}, with the int
 * overflows of its arithmetic. For example {@code a*} adds {@code Integer.MAX_VALUE} to the
 * maximum without any check (so {@code (?<=a.*)} is accepted, with a maximum that wrapped
 * negative), {@code a{0,}} adds it with an overflow check, and a quantified group with a
 * non-deterministic body (the JDK's {@code Loop}) has no maximum at all.
 *
 * <p>The JDK walks its node chain: each node studies itself and then what follows it, across
 * group ends; an alternation ({@code Branch}) studies each alternative from zero and then the
 * rest of the chain from zero, adding the three up. This class walks the AST the same way, with
 * the rest of the chain as an explicit continuation list. Quantifiers map to the JDK node they
 * become: greedy {@code *}/{@code +} on a single character is {@code CharPropertyGreedy},
 * {@code ?}/{@code ??} is {@code Ques} (on a group: a {@code Branch} with an empty alternative),
 * everything else {@code Curly} (on a group: {@code GroupCurly} if the body is deterministic,
 * else {@code Loop}). Recursion is bounded by the parser's nesting limit.
 */
final class LookbehindLength {
    /** Quantifier syntax, recorded by the parser for each {@link Ast.Repeat}. */
    static final int CURLY = 0;
    static final int QUES = 1;
    static final int GREEDY_STAR = 2;

    private static final int MAX_REPS = Integer.MAX_VALUE;

    private final Map<Ast.Repeat, Integer> quantifiers;
    int minLength;
    int maxLength;
    boolean maxValid;
    boolean deterministic;

    /** The rest of a node chain. */
    private record Cont(Ast.Node node, Cont next) {}

    private LookbehindLength(Map<Ast.Repeat, Integer> quantifiers) {
        this.quantifiers = quantifiers;
        reset();
    }

    /** Studies {@code body} as the JDK studies a lookbehind group. */
    static LookbehindLength of(Ast.Node body, Map<Ast.Repeat, Integer> quantifiers) {
        LookbehindLength info = new LookbehindLength(quantifiers);
        info.study(new Cont(body, null));
        return info;
    }

    private void reset() {
        minLength = 0;
        maxLength = 0;
        maxValid = true;
        deterministic = true;
    }

    private static Cont push(List<Ast.Node> items, Cont rest) {
        Cont c = rest;
        for (int i = items.size() - 1; i >= 0; i--) {
            c = new Cont(items.get(i), c);
        }
        return c;
    }

    /** java.util.regex's {@code \R} ({@code LineEnding}), as {@link EscapeReader} builds it. */
    private static boolean isLineEnding(Ast.Node n) {
        return n instanceof Ast.Group g && g.index() == 0 && g.body() instanceof Ast.Alternation a
                && a.items().size() == 2 && a.items().get(1) instanceof Ast.CharSet cs
                && cs.set() == PerlClasses.LINE_ENDING_SINGLE;
    }

    private void study(Cont chain) {
        Cont c = chain;
        while (c != null) {
            Ast.Node n = c.node();
            c = c.next();
            if (n instanceof Ast.CharSet) {
                minLength++;
                maxLength++;
            } else if (n instanceof Ast.Concat cat) {
                c = push(cat.items(), c);
            } else if (isLineEnding(n)) {
                minLength++;
                maxLength += 2;
            } else if (n instanceof Ast.Group g) {
                c = new Cont(g.body(), c);
            } else if (n instanceof Ast.Alternation a) {
                branch(a.items(), c);
                return;
            } else if (n instanceof Ast.Repeat r) {
                if (repeat(r, c)) {
                    return;
                }
            }
            // Empty, Assertion, Look: zero-width, nothing to add (the JDK does not study a
            // lookaround's body when it studies the enclosing chain).
        }
    }

    /** Branch.study: alternatives from zero, then the continuation from zero, then the sum. */
    private void branch(List<Ast.Node> alternatives, Cont rest) {
        int minL = minLength;
        int maxL = maxLength;
        boolean maxV = maxValid;
        int minL2 = Integer.MAX_VALUE;
        int maxL2 = -1;
        for (Ast.Node alt : alternatives) {
            reset();
            study(new Cont(alt, null));
            minL2 = Math.min(minL2, minLength);
            maxL2 = Math.max(maxL2, maxLength);
            maxV &= maxValid;
        }
        minL += minL2;
        maxL += maxL2;
        reset();
        study(rest);
        minLength += minL;
        maxLength += maxL;
        maxValid &= maxV;
        deterministic = false;
    }

    /** Studies a quantified node; returns true when it has also studied (or ended) the rest. */
    private boolean repeat(Ast.Repeat r, Cont rest) {
        int kind = quantifiers.getOrDefault(r, CURLY);
        Ast.Node body = r.body();
        int cmax = r.max() == Ast.UNBOUNDED ? MAX_REPS : r.max();
        boolean group = body instanceof Ast.Group && !isLineEnding(body);
        if (kind == QUES) {
            if (group) {
                branch(List.of(body, new Ast.Empty()), rest);
                return true;
            }
            int minL = minLength;
            study(new Cont(body, null));
            minLength = minL;
            deterministic = false;
            return false;
        }
        if (kind == GREEDY_STAR && body instanceof Ast.CharSet) {
            minLength += r.min();
            if (maxValid) {
                maxLength += MAX_REPS;
            }
            deterministic = false;
            return false;
        }
        if (group) {
            LookbehindLength inner = new LookbehindLength(quantifiers);
            inner.study(new Cont(body, null));
            if (!inner.deterministic) {
                // Loop.study: no maximum, and the rest of the chain is not studied.
                maxValid = false;
                deterministic = false;
                return true;
            }
        }
        curly(body, r.min(), cmax);
        return false;
    }

    /** Curly.study / GroupCurly.study. */
    private void curly(Ast.Node atom, int cmin, int cmax) {
        int minL = minLength;
        int maxL = maxLength;
        boolean maxV = maxValid;
        boolean detm = deterministic;
        reset();
        study(new Cont(atom, null));
        int temp = minLength * cmin + minL;
        if (temp < minL) {
            temp = 0xFFFFFFF;
        }
        minLength = temp;
        if (maxV & maxValid) {
            temp = maxLength * cmax + maxL;
            maxLength = temp;
            if (temp < maxL) {
                maxValid = false;
            }
        } else {
            maxValid = false;
        }
        deterministic = deterministic && cmin == cmax && detm;
    }

    /** The least number of code points the body can match (our own bound, overflow-free). */
    static long trueMinLength(Ast.Node n) {
        if (n instanceof Ast.CharSet) {
            return 1;
        } else if (n instanceof Ast.Concat c) {
            long sum = 0;
            for (Ast.Node item : c.items()) {
                sum += trueMinLength(item);
            }
            return sum;
        } else if (n instanceof Ast.Alternation a) {
            long min = Long.MAX_VALUE;
            for (Ast.Node item : a.items()) {
                min = Math.min(min, trueMinLength(item));
            }
            return min;
        } else if (n instanceof Ast.Group g) {
            return trueMinLength(g.body());
        } else if (n instanceof Ast.Repeat r) {
            return r.min() == 0 ? 0 : Math.min(Long.MAX_VALUE / 4, trueMinLength(r.body()) * r.min());
        }
        return 0;
    }
}
