package dev.linrex.bench.jmh;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link MeasureRun} hands the benchmarks of its JVM (JMH runs them in-process, one JVM per
 * engine): the answer each workload must give before it is measured.
 */
public final class Fixtures {

    /** Workload key → described answer (Outcome.describe) recorded by the check step. */
    static final Map<String, String> EXPECTED = new ConcurrentHashMap<>();

    /** Scaling case key ("attack@size") → described answer, when known. */
    static final Map<String, String> SCALING_EXPECTED = new ConcurrentHashMap<>();

    private Fixtures() {
    }
}
