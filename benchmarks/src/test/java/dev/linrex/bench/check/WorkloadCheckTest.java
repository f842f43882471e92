package dev.linrex.bench.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.bench.engine.JdkEngine;
import dev.linrex.bench.engine.LinrexEngine;
import dev.linrex.bench.workload.Operation;
import dev.linrex.bench.workload.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadCheckTest {

    private static Workload w(String regex, String input, Object expected) {
        return new Workload("t", regex, Set.of(), List.of(regex), 0, Operation.COUNT, List.of(input), null, expected);
    }

    @Test
    void aDisagreementWithTheJdkFails() {
        Map<String, Outcome> o = new LinkedHashMap<>();
        o.put("linrex", new Outcome(Outcome.Kind.VALUE, 3L, null, 0));
        o.put("jdk", new Outcome(Outcome.Kind.VALUE, 4L, null, 0));
        assertEquals(WorkloadCheck.Verdict.FAIL, WorkloadCheck.judge(w("a", "aaaa", null), o).verdict());
    }

    @Test
    void aWrongExpectedAnswerFailsEvenWhenTheJdkAgrees() {
        Map<String, Outcome> o = new LinkedHashMap<>();
        o.put("linrex", new Outcome(Outcome.Kind.VALUE, 4L, null, 0));
        o.put("jdk", new Outcome(Outcome.Kind.VALUE, 4L, null, 0));
        assertEquals(WorkloadCheck.Verdict.FAIL, WorkloadCheck.judge(w("a", "aaaa", 5L), o).verdict());
    }

    @Test
    void aRunawayJdkIsCutOffAndReportedAsLimit() {
        Workload evil = new Workload("t", "nested", Set.of(), List.of("(x+)+?y"), 0, Operation.MATCHES,
                List.of("x".repeat(40)), null, false);
        long t0 = System.nanoTime();
        Outcome jdk = Watchdog.run(new JdkEngine(), evil, 200);
        assertEquals(Outcome.Kind.LIMIT, jdk.kind());
        assertEquals(true, (System.nanoTime() - t0) / 1_000_000 < 10_000, "cut off promptly");
        WorkloadCheck c = WorkloadCheck.run(evil, List.of(new LinrexEngine(), new JdkEngine()), 200, false);
        assertEquals(WorkloadCheck.Verdict.PASS_EXPECTED_ONLY, c.verdict());
    }

    @Test
    void aRejectedBackreferenceIsReportedNotFailed() {
        WorkloadCheck c = WorkloadCheck.run(w("(a)\\1", "aa", 1L), List.of(new LinrexEngine(), new JdkEngine()), 500, false);
        assertEquals(WorkloadCheck.Verdict.REJECTED, c.verdict());
    }
}
