package dev.linrex.analysis;

import dev.linrex.Pattern;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Static ReDoS analysis: would a backtracking engine such as java.util.regex take super-linear
 * time on this pattern, and with which input? The pattern is parsed with linrex's parser, turned
 * into an NFA that keeps every backtracking choice ({@link EpsilonNfa}, {@link PositionNfa}),
 * searched for ambiguity ({@link Ambiguity}), and the attack's suffix is chosen so that the whole
 * input fails to match (checked with linrex, which is fast on it).
 *
 * <p>The analysis over-approximates in places (assertions other than {@code \A} are ignored,
 * large counted repeats become loops) and only looks for single-character pumps for polynomial
 * cases, so a finding is a claim to be confirmed by running the attack: the {@code check}
 * command times java.util.regex on it.
 */
public final class ReDoSAnalysis {
    private ReDoSAnalysis() {}

    /**
     * The outcome of analysing one pattern.
     *
     * @param finding the worst ambiguity found, with an attack; null if none
     * @param partial whether a part of the analysis was skipped because the pattern is too large
     *                (a null finding then means "none found", not "safe")
     */
    public record Result(Finding finding, boolean partial) {}

    /** Thrown when the pattern has too many backtracking paths to enumerate within the budget. */
    public static final class TooComplexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplexException() {
            super("pattern too complex to analyse");
        }
    }

    /**
     * Analyses {@code regex} compiled with {@code flags} as it is used ({@code usage}).
     *
     * @throws java.util.regex.PatternSyntaxException if linrex's parser rejects the pattern
     *         (invalid, or an unsupported construct such as a backreference: not analysed)
     * @throws TooComplexException if the pattern has too many paths to analyse
     */
    public static Result analyze(String regex, int flags, Usage usage) {
        Ast.Root root = Parser.parse(regex, flags);
        PositionNfa nfa;
        try {
            nfa = PositionNfa.of(EpsilonNfa.of(root.node(), usage));
        } catch (PositionNfa.TooComplex e) {
            throw new TooComplexException();
        }
        Ambiguity.Outcome outcome = Ambiguity.analyze(nfa);
        List<Finding> found = outcome.findings();
        if (found.isEmpty()) {
            return new Result(null, outcome.partial());
        }
        // The worst finding whose attack can be made to fail (a failing match is what makes a
        // backtracker try every path); if none can, the worst one with no suffix.
        Predicate<Finding> fails = budgeted(failsOn(regex, flags, usage), MAX_ATTACK_CHECKS);
        List<String> affixes = affixCandidates(nfa);
        for (int i = 0; i < Math.min(found.size(), MAX_ATTACKS_TRIED); i++) {
            Finding f = withFailingAffixes(found.get(i), nfa, affixes, fails);
            if (f != null) {
                return new Result(f, outcome.partial());
            }
        }
        return new Result(found.get(0), outcome.partial());
    }

    /** Candidate attacks checked per pattern (each check is a few linear searches). */
    private static final int MAX_ATTACK_CHECKS = 150;

    /** {@code test}, answering false without running once it has been asked {@code budget} times. */
    private static Predicate<Finding> budgeted(Predicate<Finding> test, int budget) {
        int[] left = {budget};
        return f -> left[0]-- > 0 && test.test(f);
    }

    /** How many findings (different pump characters) are tried for a failing attack. */
    private static final int MAX_ATTACKS_TRIED = 8;

    /**
     * A test "the pattern matches none of these attacks" under usage. With linrex (linear, so
     * long attacks are cheap to check) several pump counts, small and large, are tried; if linrex
     * cannot compile the pattern, java.util.regex checks two small ones.
     */
    private static Predicate<Finding> failsOn(String regex, int flags, Usage usage) {
        try {
            Pattern p = Pattern.compile(regex, flags);
            return f -> {
                for (int k : new int[] {4, 5, 33, 64, 257}) {
                    String text = f.attack(k);
                    if (usage == Usage.FIND ? p.matcher(text).find() : p.matcher(text).matches()) {
                        return false;
                    }
                }
                return true;
            };
        } catch (RuntimeException e) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex, flags);
            return f -> {
                for (int k : new int[] {4, 5}) {
                    String text = f.attack(k);
                    if (usage == Usage.FIND ? p.matcher(text).find() : p.matcher(text).matches()) {
                        return false;
                    }
                }
                return true;
            };
        }
    }

    /**
     * The finding with a suffix (and, when the pump starts right at the beginning, possibly one
     * extra leading character) that makes the attack fail to match; null if none does.
     */
    private static Finding withFailingAffixes(Finding f, PositionNfa nfa, List<String> affixes,
                                              Predicate<Finding> fails) {
        int leads = f.prefix().isEmpty() ? MAX_LEADS : 1;
        for (int i = 0; i < leads; i++) {
            String lead = affixes.get(i);
            for (String suffix : affixes) {
                Finding g = f.withAffixes(lead + f.prefix(), suffix);
                if (fails.test(g)) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Leading characters tried in front of a pump that starts at the beginning (find()'s retry loop). */
    private static final int MAX_LEADS = 3;

    private static List<String> affixCandidates(PositionNfa nfa) {
        CodePointSet used = CodePointSet.EMPTY;
        for (int s = 1; s < nfa.size(); s++) {
            if (s != nfa.retryState) {
                used = used.union(nfa.sets[s]);
            }
        }
        List<String> out = new ArrayList<>(List.of("", "!"));
        CodePointSet unused = used.complement();
        if (!unused.isEmpty()) {
            String u = new String(Character.toChars(Ambiguity.sample(unused)));
            if (!out.contains(u)) {
                out.add(u);
            }
        }
        for (String s : new String[] {"\n", " ", "x", "a", "0", "=", "@", "_", "-", ".", "/", "\u0000", "!!"}) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
