package dev.linrex.bench;

import java.util.List;

/**
 * Run-size knobs, as system properties so report.sh and a curious reader can change them
 * without editing code. Defaults fit the whole comparison in about 10 minutes on 2 cores.
 */
public final class Settings {

    private Settings() {
    }

    /** Watchdog limit for a check run of the JDK, RE2/J or SafeRE; longer runs are "> limit". */
    public static long limitMillis() {
        return Long.getLong("bench.limitMs", 2_000);
    }

    /** JMH warm-up iterations and their length (ms). */
    public static int warmupIterations() {
        return Integer.getInteger("bench.warmupIterations", 1);
    }

    public static int warmupMillis() {
        return Integer.getInteger("bench.warmupMs", 100);
    }

    /**
     * Warm-up of the compile benchmark (ms; at least 10 passes of every engine over the set),
     * longer than the workloads': one pass over the compile set runs hundreds of milliseconds
     * before the JIT has compiled an engine's parser and compiler (the set holds a 55,000-char
     * word list), so 100 ms would time interpreted code for some engines and not others. The
     * engines warm up together, pattern by pattern, as they are measured.
     */
    public static int compileWarmupMillis() {
        return Integer.getInteger("bench.compileWarmupMs", 4_000);
    }

    /**
     * Whether each workload's trial waits for the JIT's compile queues to empty between its
     * warm-up and its timed iterations ({@code WorkloadBenchmark.drainBeforeMeasuring}; default
     * true, {@code -Dbench.drainBeforeMeasuring=false} to time without the wait).
     */
    public static boolean drainBeforeMeasuring() {
        return !"false".equals(System.getProperty("bench.drainBeforeMeasuring"));
    }

    /**
     * Passes over the compile set each engine has before the compile benchmark's timed rounds:
     * the warm-up's shared passes go at the slowest engine's pace, so a faster engine then runs
     * alone until it has this many (at most half the warm-up time each); fewer leave some of its
     * methods below C2's call thresholds while timed.
     */
    public static int compileEnginePasses() {
        return Integer.getInteger("bench.compileEnginePasses", 400);
    }

    /**
     * Timed rounds of the compile benchmark: each round times one batch per pattern, and a
     * pattern's compile time is the median over the rounds.
     */
    public static int compileRounds() {
        return Integer.getInteger("bench.compileRounds", 41);
    }

    /**
     * Wall time (ms) the compile benchmark's rounds should fit in: fewer rounds are planned (at
     * least 11) when the warm-up's call times say they would take longer.
     */
    public static int compileMeasureMillis() {
        return Integer.getInteger("bench.compileMeasureMs", 10_000);
    }

    /**
     * Engines of the compile benchmark, comma-separated (default: all of this build), e.g.
     * {@code -Dbench.compileEngines=linrex,jdk} for a quick before/after of a compile change.
     */
    public static List<String> compileEngines() {
        String v = System.getProperty("bench.compileEngines", "");
        return v.isEmpty() ? List.of() : List.of(v.split(","));
    }

    /**
     * Least length (µs) of one timed batch of compiles of one pattern: a batch of k compiles is
     * timed as a whole, so the ~25–40 ns granularity of System.nanoTime is under 0.1% of it.
     */
    public static int compileBatchMicros() {
        return Integer.getInteger("bench.compileBatchUs", 50);
    }

    /**
     * Rounds and length (ms per workload and round) of the profile pass that runs every fast
     * workload of an engine before any of them is timed ({@code jmh.ProfilePass}); 0 rounds
     * turns it off.
     */
    public static int profilePassRounds() {
        return Integer.getInteger("bench.profilePassRounds", 2);
    }

    public static int profilePassMillis() {
        return Integer.getInteger("bench.profilePassMs", 10);
    }

    /**
     * How long the WAF step's profile pass runs RegexSet at each size per round (ms): a fresh
     * JVM needs 1–2 s of the set engines before their code is compiled for good (1 K requests
     * in 100 ms iterations: 123, 58, 60, 30 µs/request after a first cold one of 183 ms, and
     * 11–15 µs only a second later), far more than the 10 ms per workload that is enough for
     * the single-pattern workloads.
     */
    public static int wafProfilePassMillis() {
        return Integer.getInteger("bench.wafProfilePassMs", 500);
    }

    /**
     * JMH measurement iterations and their length (ms) of what one JVM measures alone (the
     * scaling cases, ReDoS at 1 MB, the WAF benchmark); the median of these is reported.
     */
    public static int measurementIterations() {
        return Integer.getInteger("bench.iterations", 3);
    }

    public static int measurementMillis() {
        return Integer.getInteger("bench.iterationMs", 100);
    }

    /**
     * Fresh JVMs per engine that each measure every fast workload (report.sh asks the jar's
     * {@code jvms} command for it; default 1). With more than one the cell is the median over them of each JVM's
     * median: a call's time differs more between two JVMs than between two iterations in one,
     * but each JVM costs a full measurement: see benchmarks/README.md.
     */
    public static int jvmsPerEngine() {
        return Integer.getInteger("bench.jvms", 1);
    }

    /** Warm-up of a workload in each of those JVMs (one iteration, ms). */
    public static int workloadWarmupMillis() {
        return Integer.getInteger("bench.workloadWarmupMs", 100);
    }

    /** Measurement iterations of a workload in each of those JVMs, and their length (ms). */
    public static int workloadIterations() {
        return Integer.getInteger("bench.workloadIterations", 3);
    }

    public static int workloadIterationMillis() {
        return Integer.getInteger("bench.workloadIterationMs", 100);
    }

    /** SafeRE's RealWorld matrix sizes measured by the report run (the check covers all). */
    public static List<String> realWorldSizes() {
        return List.of(System.getProperty("bench.realWorldSizes", "10000").split(","));
    }

    /** Input sizes (chars) of the scaling benchmark. */
    public static List<Integer> scalingSizes() {
        return List.of(10_000, 100_000, 1_000_000);
    }

    /** Workloads checked at once by the check step. */
    public static int checkThreads() {
        return Integer.getInteger("bench.checkThreads", 2);
    }

    /** Whether the check step covers workloads outside the measured selection too. */
    public static boolean checkAll() {
        return Boolean.getBoolean("bench.checkAll");
    }

    /** Optional regular expression on workload keys: only matching ones are measured. */
    public static String filter() {
        return System.getProperty("bench.filter", "");
    }

    /** ReDoS attacks (ids in corpus/redos/redos-attacks.tsv) of the scaling benchmark. */
    public static List<String> scalingAttacks() {
        return List.of(System.getProperty("bench.scalingAttacks",
                "stackexchange-2016-simplified,cloudflare-2019-core,recheck-a-or-a-star,regexploit-readme-1,"
                        + "regexploit-ua-parser-3,owasp-nested-plus,owasp-dotstar-a,vrd-unsafe-14").split(","));
    }

    /** Whether a workload key belongs to the measured selection (the check covers all). */
    public static boolean measured(String key) {
        if (!filter().isEmpty() && !java.util.regex.Pattern.compile(filter()).matcher(key).find()) {
            return false;
        }
        if (key.startsWith("safere/RealWorldRegexBenchmark.")) {
            String size = key.substring(key.lastIndexOf('.') + 1);
            return realWorldSizes().contains(size);
        }
        return true;
    }
}
