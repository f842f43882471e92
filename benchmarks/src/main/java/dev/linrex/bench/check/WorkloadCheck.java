package dev.linrex.bench.check;

import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.workload.Workload;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The correctness check that precedes every measurement: linrex's answer must equal
 * java.util.regex's, and the suite's expected answer where it gives one. The other engines'
 * answers are recorded and compared with the JDK's for the report (a difference there is their
 * semantics, not a linrex bug).
 *
 * @param workload the workload key
 * @param outcomes engine name → outcome, in engine order
 * @param verdict  the linrex verdict
 * @param message  one line explaining a failing verdict, else ""
 */
public record WorkloadCheck(String workload, Map<String, Outcome> outcomes, Verdict verdict, String message) {

    public enum Verdict {
        /** linrex answered and equals the JDK (and the expected answer where given). */
        PASS(true),
        /** The JDK could not answer (limit or error); linrex equals the expected answer. */
        PASS_EXPECTED_ONLY(true),
        /** The JDK could not answer and nothing else says what is right. */
        UNVERIFIED(true),
        /** linrex refused the pattern with UnsupportedPatternException: a documented rejection. */
        REJECTED(true),
        /** linrex disagrees with the JDK or with the expected answer: an engine bug. */
        FAIL(false);

        public final boolean ok;

        Verdict(boolean ok) {
            this.ok = ok;
        }
    }

    public Outcome outcome(String engine) {
        return outcomes.get(engine);
    }

    /** Whether {@code engine}'s answer equals the JDK's (false when either did not answer). */
    public boolean agreesWithJdk(String engine) {
        Outcome e = outcomes.get(engine);
        Outcome jdk = outcomes.get("jdk");
        return e != null && jdk != null && e.answered() && jdk.answered() && Objects.equals(e.value(), jdk.value());
    }

    /** Runs linrex and the JDK (and, when {@code others}, every other engine) on {@code w}. */
    public static WorkloadCheck run(Workload w, Iterable<Engine> engines, long limitMillis, boolean others) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Engine e : engines) {
            boolean core = e.name().equals("linrex") || e.name().equals("jdk");
            if (core || others) {
                // linrex gets a generous limit: it is linear, so hitting even that is a bug.
                long limit = e.name().equals("linrex") ? Math.max(limitMillis * 10, 120_000) : limitMillis;
                outcomes.put(e.name(), Watchdog.run(e, w, limit));
            }
        }
        return judge(w, outcomes);
    }

    static WorkloadCheck judge(Workload w, Map<String, Outcome> outcomes) {
        Outcome lin = outcomes.get("linrex");
        Outcome jdk = outcomes.get("jdk");
        Object expected = w.expected();
        if (lin.kind() == Outcome.Kind.UNSUPPORTED) {
            if (lin.detail().startsWith("UnsupportedPatternException") && jdk.kind() != Outcome.Kind.UNSUPPORTED) {
                return new WorkloadCheck(w.key(), outcomes, Verdict.REJECTED, lin.detail());
            }
            if (jdk.kind() == Outcome.Kind.UNSUPPORTED) {
                return new WorkloadCheck(w.key(), outcomes, Verdict.PASS, "both reject the pattern");
            }
            return new WorkloadCheck(w.key(), outcomes, Verdict.FAIL,
                    "linrex rejects a pattern the JDK accepts: " + lin.detail());
        }
        if (!lin.answered()) {
            return new WorkloadCheck(w.key(), outcomes, Verdict.FAIL, "linrex did not answer: " + lin.kind()
                    + " " + lin.detail());
        }
        if (expected != null && !Objects.equals(lin.value(), expected)) {
            return new WorkloadCheck(w.key(), outcomes, Verdict.FAIL, "linrex " + Outcome.describe(lin.value())
                    + " != expected " + Outcome.describe(expected)
                    + (jdk.answered() ? " (jdk " + Outcome.describe(jdk.value()) + ")" : ""));
        }
        if (jdk.answered()) {
            if (!Objects.equals(lin.value(), jdk.value())) {
                return new WorkloadCheck(w.key(), outcomes, Verdict.FAIL, "linrex " + Outcome.describe(lin.value())
                        + " != jdk " + Outcome.describe(jdk.value()));
            }
            return new WorkloadCheck(w.key(), outcomes, Verdict.PASS, "");
        }
        if (jdk.kind() == Outcome.Kind.UNSUPPORTED) {
            return new WorkloadCheck(w.key(), outcomes, Verdict.FAIL,
                    "linrex accepts a pattern the JDK rejects: " + jdk.detail());
        }
        return new WorkloadCheck(w.key(), outcomes, expected != null ? Verdict.PASS_EXPECTED_ONLY : Verdict.UNVERIFIED,
                "jdk " + jdk.kind() + " " + jdk.detail());
    }
}
