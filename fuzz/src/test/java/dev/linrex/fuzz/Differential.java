package dev.linrex.fuzz;

import dev.linrex.suite.DeadlineText;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Runs one {@link FuzzCase} on java.util.regex (the oracle, under a deadline) and on linrex and
 * says how they differ, if at all.
 */
final class Differential {
    /** Time the oracle gets per trial before the trial is skipped (and counted). */
    static final long JDK_MILLIS = 1_000;

    private Differential() {}

    /** Null when both agree or the oracle could not judge; otherwise what differs. */
    static String disagreement(FuzzCase c) {
        OracleStats.trials.incrementAndGet();
        java.util.regex.Pattern jp;
        PatternSyntaxException jdkError = null;
        try {
            jp = java.util.regex.Pattern.compile(c.pattern(), c.flags());
        } catch (PatternSyntaxException e) {
            jp = null;
            jdkError = e;
            OracleStats.jdkRejected.incrementAndGet();
        } catch (StackOverflowError e) {
            OracleStats.jdkStackOverflows.incrementAndGet();
            return null;
        }
        dev.linrex.Pattern lp;
        try {
            lp = dev.linrex.Pattern.compile(c.pattern(), c.flags());
        } catch (PatternSyntaxException e) {
            if (jdkError == null && e instanceof dev.linrex.UnsupportedPatternException u && lookaroundRule(u)) {
                OracleStats.linrexRejectedLookarounds.incrementAndGet();
                return null; // README: lookaround groups whose JDK values leak from failed attempts are rejected
            }
            if (jdkError == null && declinedByDesign(e)) {
                OracleStats.linrexDeclined.incrementAndGet();
                return null;
            }
            if (jdkError == null) {
                return "linrex rejects what java.util.regex accepts: " + e;
            }
            if (!e.getDescription().equals(jdkError.getDescription()) || e.getIndex() != jdkError.getIndex()) {
                return "different syntax errors: jdk " + describe(jdkError) + " linrex " + describe(e);
            }
            return null;
        }
        if (jdkError != null) {
            return "linrex accepts what java.util.regex rejects: " + describe(jdkError);
        }
        List<String> expected;
        try {
            expected = Transcript.record(c, new MatcherSide.Jdk(jp, new DeadlineText(c.input(), JDK_MILLIS)));
        } catch (DeadlineText.Expired e) {
            OracleStats.jdkTimeouts.incrementAndGet();
            return null;
        } catch (StackOverflowError e) {
            OracleStats.jdkStackOverflows.incrementAndGet();
            return null;
        }
        List<String> actual = Transcript.record(c, new MatcherSide.Linrex(lp, c.input()));
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(nothing)";
            String a = i < actual.size() ? actual.get(i) : "(nothing)";
            if (!e.equals(a)) {
                return "java.util.regex: " + e + "\n    linrex: " + a;
            }
        }
        return null;
    }

    /**
     * A rejection by linrex's lookaround rules (README, row "Lookahead … lookbehind"): groups in
     * lookarounds whose values the JDK leaks from failed attempts, lookbehinds whose JDK length
     * bound overflowed. Any other rejection of a pattern the JDK accepts is a disagreement.
     */
    static boolean lookaroundRule(dev.linrex.UnsupportedPatternException e) {
        String c = e.getConstruct();
        return c.contains("lookaround") || c.contains("lookbehind");
    }

    /**
     * The one rejection the generator does not avoid: groups nested in a repeated fixed-length
     * group, and a {@code \R} inside one (README "Compatibility", syntax.GroupCurlyLimits). Such
     * trials are counted, not compared; every other rejection of a JDK-valid pattern disagrees.
     */
    private static boolean declinedByDesign(PatternSyntaxException e) {
        return e instanceof dev.linrex.UnsupportedPatternException u
                && u.getConstruct().contains("inside a repeated fixed-length group");
    }

    private static String describe(PatternSyntaxException e) {
        return "\"" + e.getDescription() + "\" at " + e.getIndex();
    }
}
