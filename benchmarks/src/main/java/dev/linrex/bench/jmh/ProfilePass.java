package dev.linrex.bench.jmh;

import dev.linrex.bench.Settings;
import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.workload.Operation;
import dev.linrex.bench.workload.Suites;
import dev.linrex.bench.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every workload of one engine briefly, before any of them is timed, so the JIT has
 * profiled all of the engine's paths first. JMH runs here with forks=0: every workload of an
 * engine shares one JVM, and without this pass each new workload that takes a path the earlier
 * ones did not deoptimizes the shared code it runs through (an "unstable if" or a new receiver
 * class), which then runs interpreted or at C1 until C2 has compiled it again: hundreds of
 * milliseconds on a loaded 2-core machine, i.e. the whole 100 ms warm-up and part of the
 * measurement. Which workloads paid for that changed from run to run with the JIT's timing (up
 * to 20× on a 30 ns call). After the pass the measurement sees the steady state of a JVM that
 * uses all these patterns, the same for every engine, once the JIT has compiled what the pass
 * queued ({@link JitQueueDrain}). Results are not checked here: the JMH trial's own setup does that.
 */
final class ProfilePass {

    /** The last answer, kept where the JIT cannot prove it unused. */
    static volatile Object last;

    private ProfilePass() {
    }

    /**
     * Runs each workload for about {@code millis} ms (at least one call), {@code rounds} times
     * over; returns each workload's fastest call (ns), a warm figure where the check step's
     * single call was a cold one (class loading, interpreted code).
     */
    static Map<String, Long> run(Engine engine, List<String> keys, int rounds, long millis) {
        List<Workload> workloads = new ArrayList<>();
        List<List<CompiledRegex>> compiled = new ArrayList<>();
        for (String key : keys) {
            Workload w = Suites.get(key);
            List<CompiledRegex> c = new ArrayList<>();
            for (String re : w.regexes()) {
                c.add(engine.compile(re, w.flags()));
            }
            workloads.add(w);
            compiled.add(c);
        }
        long[] fastest = new long[workloads.size()];
        Arrays.fill(fastest, Long.MAX_VALUE);
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < workloads.size(); i++) {
                Workload w = workloads.get(i);
                Operation op = w.operation();
                long now = System.nanoTime();
                long deadline = now + millis * 1_000_000L;
                do {
                    long before = now;
                    last = op.apply(compiled.get(i), w);
                    now = System.nanoTime();
                    fastest[i] = Math.min(fastest[i], now - before);
                } while (now < deadline);
            }
        }
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), fastest[i]);
        }
        return out;
    }

    /**
     * The pass with the configured rounds and length; returns each workload's fastest call (ns),
     * or an empty map when the pass is off (0 rounds).
     */
    static Map<String, Long> run(Engine engine, List<String> keys) {
        int rounds = Settings.profilePassRounds();
        if (rounds <= 0 || keys.isEmpty()) {
            return Map.of();
        }
        long t0 = System.nanoTime();
        Map<String, Long> fastest = run(engine, keys, rounds, Settings.profilePassMillis());
        long ran = (System.nanoTime() - t0) / 1_000_000;
        long drained = JitQueueDrain.await(); // time the steady state, not the JIT's backlog
        System.out.printf("[%s] profile pass: %d workloads × %d rounds in %d ms, then %d ms for the JIT queues to empty%n",
                engine.name(), keys.size(), rounds, ran, drained);
        return fastest;
    }
}
