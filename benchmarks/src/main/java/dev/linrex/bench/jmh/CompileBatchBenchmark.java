package dev.linrex.bench.jmh;

import dev.linrex.bench.engine.Engine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One JMH iteration = one timed batch of compiles of one pattern by one engine. The batches come
 * from a schedule that {@link CompileBenchmark} lays out before starting JMH (JMH runs in this
 * JVM, forks=0): rounds over the patterns in shuffled order, every engine's batch of a pattern
 * next to the others', so all engines are timed under the same machine conditions. JMH's
 * iteration results come back in schedule order.
 *
 * <p>Beside JMH's wall-clock time of the batch, the batch's thread CPU time is recorded as the
 * secondary result {@code cpuNanos} ({@link CpuClock}): with other jobs running on this 2-core
 * machine, wall time includes time the thread spent descheduled, CPU time does not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompileBatchBenchmark {

    /** One timed batch: {@code count} compiles of {@code pattern} by {@code engine}. */
    record Batch(Engine engine, String pattern, int flags, int count) {
    }

    /** The batches of the current run, in order; set before JMH starts, read by its thread. */
    static volatile List<Batch> schedule = List.of();

    private int next;
    private Batch batch;

    @Setup(Level.Iteration)
    public void nextBatch() {
        List<Batch> s = schedule;
        if (next >= s.size()) {
            throw new IllegalStateException("JMH ran more iterations than the schedule has batches");
        }
        batch = s.get(next++);
    }

    @Benchmark
    public Object compileBatch(CpuClock clock) {
        Batch b = batch;
        Object last = null;
        long t0 = clock.threads.getCurrentThreadCpuTime();
        for (int j = 0; j < b.count(); j++) {
            last = b.engine().compile(b.pattern(), b.flags()).unwrap();
        }
        clock.cpuNanos = clock.threads.getCurrentThreadCpuTime() - t0;
        return last;
    }

    /** The batch's thread CPU time, reported by JMH as the secondary result "cpuNanos". */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuClock {
        /** CPU time of the iteration's batch, ns. */
        public long cpuNanos;

        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        @Setup(Level.Iteration)
        public void clear() {
            if (!threads.isCurrentThreadCpuTimeSupported()) {
                throw new IllegalStateException("this JVM cannot read a thread's CPU time");
            }
            cpuNanos = 0;
        }
    }
}
