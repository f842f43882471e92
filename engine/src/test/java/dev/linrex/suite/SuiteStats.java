package dev.linrex.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one corpus suite produced: the numbers of CONFORMANCE.md and the first disagreements. */
final class SuiteStats {
    static final int KEEP_DISAGREEMENTS = 25;

    final String suite;
    final String file;
    int rowsSkipped;
    int patterns;
    int jdkRejected;
    int jdkFailed;
    int candidateAccepted;
    int bothRejected;
    int candidateAcceptsInvalid;
    int candidateRejectsValid;
    int candidateCrashed;
    int disagreeingPatterns;
    final Map<String, Integer> rejectedByReason = new TreeMap<>();
    long inputsCompared;
    long jdkInputTimeouts;
    long jdkInputFailures;
    long elapsedMillis;
    /** Patterns not run because the suite's time budget ran out (0 normally). */
    int notRunBudget;
    /** Patterns not run because of -Dlinrex.corpus.maxPatterns. */
    int notRunCap;
    final List<Differential.Disagreement> firstDisagreements = new ArrayList<>();
    int failingPatterns;

    SuiteStats(String suite, String file) {
        this.suite = suite;
        this.file = file;
    }

    void add(Differential.PatternResult r) {
        patterns++;
        switch (r.outcome) {
            case COMPARED -> candidateAccepted++;
            case BOTH_REJECTED -> {
                jdkRejected++;
                bothRejected++;
            }
            case CANDIDATE_ACCEPTS_INVALID -> {
                jdkRejected++;
                candidateAcceptsInvalid++;
            }
            case CANDIDATE_UNSUPPORTED -> rejectedByReason.merge(r.rejectCategory, 1, Integer::sum);
            case CANDIDATE_REJECTS_VALID -> candidateRejectsValid++;
            case JDK_FAILED -> jdkFailed++;
            case CANDIDATE_CRASHED -> candidateCrashed++;
            default -> throw new IllegalStateException(r.outcome.name());
        }
        if (r.outcome == Differential.Outcome.COMPARED && !r.disagreements.isEmpty()) {
            disagreeingPatterns++;
        }
        if (r.failed()) {
            failingPatterns++;
            // one disagreement per pattern first, so a single bad pattern does not fill the list
            if (firstDisagreements.size() < KEEP_DISAGREEMENTS) {
                firstDisagreements.add(r.disagreements.get(0));
            }
        }
        inputsCompared += r.inputsCompared;
        jdkInputTimeouts += r.jdkTimeouts;
        jdkInputFailures += r.jdkFailures;
    }

    int rejectedTotal() {
        return rejectedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }
}
