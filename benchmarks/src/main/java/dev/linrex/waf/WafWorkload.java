package dev.linrex.waf;

import dev.linrex.Pattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the WAF benchmark evaluates: the request-phase CRS groups (one {@link dev.linrex.RegexSet}
 * each), the same loaded rules compiled one by one with java.util.regex and with linrex, and a
 * generated request already transformed with each group's chain (transformation cost is the
 * same for every engine and is not what is compared). Each evaluation answers "how many rules
 * match", per group, summed.
 */
public final class WafWorkload {
    /** One attack string in about this many request values. */
    public static final int ATTACK_EVERY = 40;

    private final List<RuleGroup> groups;
    private final List<dev.linrex.RegexSet> sets = new ArrayList<>();
    private final List<List<java.util.regex.Pattern>> jdk = new ArrayList<>();
    private final List<List<Pattern>> linrex = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final int size;

    public WafWorkload(Path shared, int size, long seed) throws IOException {
        Path tsv = shared.resolve("corpus/crs/crs-rx.tsv");
        if (!Files.isRegularFile(tsv)) {
            throw new IOException(tsv + " not found (set -Dlinrex.shared=...)");
        }
        this.groups = CrsRuleSet.load(tsv).requestGroups();
        this.size = size;
        String request = Requests.request(size, seed, ATTACK_EVERY);
        for (RuleGroup g : groups) {
            List<java.util.regex.Pattern> j = new ArrayList<>();
            List<Pattern> l = new ArrayList<>();
            for (int i = 0; i < g.rules().size(); i++) {
                if (g.set().isAccepted(i)) {
                    j.add(java.util.regex.Pattern.compile(g.rules().get(i).regex()));
                    l.add(Pattern.compile(g.rules().get(i).regex()));
                }
            }
            jdk.add(j);
            linrex.add(l);
            texts.add(Transformation.applyAll(g.chain(), request));
            sets.add(g.set());
        }
    }

    public int size() {
        return size;
    }

    /** Rules loaded in the request groups. */
    public int rules() {
        return jdk.stream().mapToInt(List::size).sum();
    }

    /**
     * Matching rules over all request groups, each group's RegexSet over its transformed text,
     * in one {@link dev.linrex.RegexSet#matchesEach} call (the sets' scans interleaved, up to four per loop).
     */
    public int set() {
        int n = 0;
        for (int[] m : dev.linrex.RegexSet.matchesEach(sets, texts)) {
            n += m.length;
        }
        return n;
    }

    /** The same with one {@link dev.linrex.RegexSet#matches} call per group. */
    public int setEach() {
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            n += sets.get(g).matches(texts.get(g)).length;
        }
        return n;
    }

    /** The same with a java.util.regex find per rule. */
    public int jdkLoop() {
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            CharSequence t = texts.get(g);
            for (java.util.regex.Pattern p : jdk.get(g)) {
                if (p.matcher(t).find()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The same with a linrex find per rule. */
    public int linrexLoop() {
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            CharSequence t = texts.get(g);
            for (Pattern p : linrex.get(g)) {
                if (p.matcher(t).find()) {
                    n++;
                }
            }
        }
        return n;
    }

    public int run(String engine) {
        return switch (engine) {
            case "set" -> set();
            case "setEach" -> setEach();
            case "jdkLoop" -> jdkLoop();
            case "linrexLoop" -> linrexLoop();
            default -> throw new IllegalArgumentException("engine " + engine);
        };
    }

    /**
     * Quick look without JMH: {@code WafWorkload SHARED SIZE ROUNDS ENGINE...}. Reports, per
     * engine, MB/s by wall clock and by the thread's CPU time (on a shared machine the CPU time is
     * the steadier figure), best of ROUNDS rounds of about a second each; engines alternate
     * within a round so that they see the same load.
     */
    public static void main(String[] args) throws Exception {
        WafWorkload w = new WafWorkload(Path.of(args[0]), Integer.parseInt(args[1]), 1);
        int rounds = Integer.parseInt(args[2]);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int engines = args.length - 3;
        double[] bestWall = new double[engines];
        double[] bestCpu = new double[engines];
        int[] found = new int[engines];
        for (int round = 0; round < rounds; round++) {
            for (int e = 0; e < engines; e++) {
                String engine = args[3 + e];
                long calls = 0;
                long cpu0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                do {
                    found[e] = w.run(engine);
                    calls++;
                } while (System.nanoTime() - t0 < 1_000_000_000L);
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                bestWall[e] = Math.max(bestWall[e], w.size * calls / 1e6 / wall);
                bestCpu[e] = Math.max(bestCpu[e], w.size * calls / 1e6 / cpu);
            }
        }
        for (int e = 0; e < engines; e++) {
            System.out.printf(java.util.Locale.ROOT, "%s size=%d matches=%d best of %d: %.2f MB/s wall, %.2f MB/s CPU%n",
                    args[3 + e], w.size, found[e], rounds, bestWall[e], bestCpu[e]);
        }
    }
}
