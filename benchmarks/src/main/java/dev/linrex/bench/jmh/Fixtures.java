package dev.linrex.bench.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link MeasureRun} hands the benchmarks of its JVM (JMH runs them in-process, one JVM per
 * engine): the answer each workload must give before it is measured, and the compile set.
 */
public final class Fixtures {

    /** Workload key → described answer (Outcome.describe) recorded by the check step. */
    static final Map<String, String> EXPECTED = new ConcurrentHashMap<>();

    /** Scaling case key ("attack@size") → described answer, when known. */
    static final Map<String, String> SCALING_EXPECTED = new ConcurrentHashMap<>();

    /** Patterns of the compile-time benchmark: regex and flags. */
    static volatile List<Map.Entry<String, Integer>> compileSet = List.of();

    private Fixtures() {
    }
}
