package dev.linrex.bench.jmh;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Waits, after the {@link ProfilePass}, until the JIT has compiled what that pass queued. The pass
 * runs hundreds of workloads for 10 ms each and leaves the C1 and C2 compile queues long; on a
 * loaded 2-core machine the compiler threads then take seconds to catch up, and the workloads
 * timed first ran on interpreted or C1-profiled code for the shared engine methods still queued
 * (Backtracker.search, Strategy.run, Matcher.search...). That was rebar's unstructured-to-json
 * grep-captures swinging between 0.25 ms and 4-7 ms per call from run to run, and within one
 * run as the queue drained, with its engine choices unchanged (a CPU-time loop after the pass:
 * modes of ~250, ~540, ~700 and ~4,800 µs without this wait, ~250-300 µs with it). Reads the
 * queues with the HotSpot diagnostic command {@code Compiler.queue}; on a JVM without it, it
 * returns at once.
 */
final class JitQueueDrain {
    /** Longest wait: past it the measurement starts anyway (a JIT that never settles is reported, not hidden). */
    static final long MAX_WAIT_MS = 30_000;
    private static final long POLL_MS = 200;

    private JitQueueDrain() {
    }

    /** Blocks until both compile queues and the compiles in progress are empty, or {@link #MAX_WAIT_MS}; returns the ms waited, or -1 if the queues cannot be read. */
    static long await() {
        return await(POLL_MS);
    }

    /** As {@link #await()}, reading the queues every {@code pollMs} ms. */
    static long await(long pollMs) {
        long t0 = System.nanoTime();
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
            while (true) {
                String queue = (String) server.invoke(dcmd, "compilerQueue", new Object[] {null},
                        new String[] {String[].class.getName()});
                // Each queued or running compile is listed as one line "... Class::method (N bytes)".
                boolean pending = queue.lines().anyMatch(l -> l.contains(" bytes)"));
                long waited = (System.nanoTime() - t0) / 1_000_000;
                if (!pending || waited >= MAX_WAIT_MS) {
                    return waited;
                }
                Thread.sleep(pollMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return (System.nanoTime() - t0) / 1_000_000;
        } catch (Exception | LinkageError e) { // not HotSpot, or no management module
            return -1;
        }
    }
}
