package dev.linrex.cli;

import dev.linrex.UnsupportedPatternException;
import dev.linrex.analysis.Finding;
import dev.linrex.analysis.ReDoSAnalysis;
import dev.linrex.analysis.Usage;
import dev.linrex.nfa.Compiler;
import dev.linrex.syntax.Parser;
import java.util.regex.PatternSyntaxException;

/**
 * Everything {@code linrex check} says about one pattern: whether linrex accepts it (or why
 * not), its compiled size, and whether java.util.regex backtracks catastrophically on it, from
 * the static analysis and from timing the attack it produced.
 *
 * @param label where the pattern came from (a file's id column or line number), or null
 * @param pattern the pattern
 * @param jdkError java.util.regex's error if it rejects the pattern (then nothing else is filled)
 * @param rejection linrex's error if it rejects a pattern java.util.regex accepts
 * @param instructions program size in instructions if linrex accepts it, else -1
 * @param analysis the static analysis, or null if it could not run
 * @param notAnalysed why the analysis could not run, or null
 * @param timing the attack's timings, or null if there was no finding
 * @param verdict the conclusion
 */
record PatternCheck(String label, String pattern, String jdkError, PatternSyntaxException rejection,
                    int instructions, ReDoSAnalysis.Result analysis, String notAnalysed,
                    AttackTiming.Outcome timing, Verdict verdict) {

    /** The conclusion for java.util.regex. */
    enum Verdict {
        /** Ambiguous, and java.util.regex passed the cut-off, took at least a tenth of it, or crashed. */
        VULNERABLE,
        /** Ambiguous, but java.util.regex stayed fast on the attack (it has optimisations for some shapes). */
        SUSPECT,
        /** No ambiguity that makes backtracking super-linear. */
        SAFE,
        /** Not analysed (a construct linrex's parser rejects, or too complex) or only partly. */
        UNKNOWN,
        /** Not a valid java.util.regex pattern. */
        INVALID;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static PatternCheck run(String label, String pattern, Usage usage, long cutoffNanos) {
        try {
            java.util.regex.Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return new PatternCheck(label, pattern, e.getDescription() + " near index " + e.getIndex(), null, -1,
                    null, null, null, Verdict.INVALID);
        } catch (RuntimeException | StackOverflowError e) {
            return new PatternCheck(label, pattern, e.getClass().getSimpleName(), null, -1, null, null, null,
                    Verdict.INVALID);
        }
        PatternSyntaxException rejection = null;
        int instructions = -1;
        try {
            dev.linrex.Pattern.compile(pattern);
            instructions = Compiler.compile(Parser.parse(pattern, 0)).size();
        } catch (PatternSyntaxException e) {
            rejection = e;
        }
        ReDoSAnalysis.Result analysis = null;
        String notAnalysed = null;
        try {
            analysis = ReDoSAnalysis.analyze(pattern, 0, usage);
        } catch (UnsupportedPatternException e) {
            notAnalysed = "uses " + e.getConstruct() + ", which the analysis does not model";
        } catch (PatternSyntaxException e) {
            notAnalysed = e.getDescription();
        } catch (ReDoSAnalysis.TooComplexException e) {
            notAnalysed = e.getMessage();
        } catch (RuntimeException e) {
            // A bug in the analysis must not end a run over thousands of patterns: say so instead.
            notAnalysed = "analysis failed: " + e;
        }
        AttackTiming.Outcome timing = null;
        Verdict verdict;
        if (analysis == null) {
            verdict = Verdict.UNKNOWN;
        } else if (analysis.finding() == null) {
            verdict = analysis.partial() ? Verdict.UNKNOWN : Verdict.SAFE;
        } else {
            timing = AttackTiming.time(pattern, 0, analysis.finding(), usage, cutoffNanos);
            verdict = confirmed(timing.last(), cutoffNanos) ? Verdict.VULNERABLE : Verdict.SUSPECT;
        }
        return new PatternCheck(label, pattern, null, rejection, instructions, analysis, notAnalysed, timing, verdict);
    }

    /**
     * Whether java.util.regex's last run on the attack confirms the finding: it passed the
     * cut-off, took at least a tenth of it, or failed (a StackOverflowError is a crash too).
     */
    static boolean confirmed(AttackTiming.Run last, long cutoffNanos) {
        return last.gaveUp() || last.error() != null || last.jdkNanos() >= cutoffNanos / 10;
    }

    Finding finding() {
        return analysis == null ? null : analysis.finding();
    }
}
