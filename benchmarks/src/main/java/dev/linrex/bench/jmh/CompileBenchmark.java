package dev.linrex.bench.jmh;

import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.engine.Engines;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Compile time: each call compiles the next pattern of the compile set (every suite pattern
 * that all engines accept), cycling. In SampleTime mode JMH times calls one by one, so the
 * median of the samples is the median compile time over the suite's patterns (each pattern
 * equally often).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompileBenchmark {

    @Param("linrex")
    public String engine;

    private Engine e;
    private List<Map.Entry<String, Integer>> patterns;
    private int next;

    @Setup
    public void setup() {
        e = Engines.byName(engine);
        patterns = Fixtures.compileSet;
        if (patterns.isEmpty()) {
            throw new IllegalStateException("empty compile set");
        }
    }

    @Benchmark
    public Object compile() {
        Map.Entry<String, Integer> p = patterns.get(next);
        next = next + 1 == patterns.size() ? 0 : next + 1;
        return e.compile(p.getKey(), p.getValue()).unwrap();
    }
}
