package dev.linrex.bench.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.engine.JdkEngine;
import dev.linrex.bench.engine.LinrexEngine;
import dev.linrex.bench.workload.SharedDataAssumption;
import dev.linrex.bench.workload.Suites;
import dev.linrex.bench.workload.Workload;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The check every benchmark runs before measuring, for every workload of every suite: linrex's
 * answer equals java.util.regex's (and the suite's expected answer). No JMH here; the JDK runs
 * under the watchdog, so its runaway cases cost at most the limit each.
 */
class LinrexEqualsJdkTest {

    private static final long JDK_LIMIT_MILLIS = 1_000;

    @TestFactory
    Stream<DynamicTest> linrexAnswersLikeTheJdkOnEveryWorkload() {
        SharedDataAssumption.shared();
        List<Engine> engines = List.of(new LinrexEngine(), new JdkEngine());
        return Suites.all().values().stream().map(w -> DynamicTest.dynamicTest(w.key(), () -> check(w, engines)));
    }

    private static void check(Workload w, List<Engine> engines) {
        WorkloadCheck c = WorkloadCheck.run(w, engines, JDK_LIMIT_MILLIS, false);
        assertTrue(c.verdict().ok, () -> w.key() + ": " + c.message());
    }
}
