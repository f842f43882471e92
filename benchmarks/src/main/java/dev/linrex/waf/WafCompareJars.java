package dev.linrex.waf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Before/after on a shared, loaded machine: {@code WafCompareJars SHARED SIZE ROUNDS SLICE_MS
 * JAR...} loads {@link WafWorkload} from each benchmarks jar (say, one built from main and one
 * from a branch) in its own class loader, in one JVM, and alternates them slice by slice (the
 * order reversed every round), so that they see the same load. Before measuring, each jar runs
 * the workload at 1 K, 10 K and 100 K for {@link #PROFILE_MILLIS} ms each, so that the JIT has
 * seen every size's paths (as report.sh's profile pass does; a JVM warmed on one size only
 * measures its compilation choices). It prints each jar's median (and quartiles) of RegexSet
 * MB/s of request text per CPU second of the thread, the median by wall clock, and the last
 * jar's MB/s over the first jar's, per round (median and quartiles); the first two rounds are
 * left out as warm-up. Wall-clock figures under a load of 10-30 on 2 cores drift by several
 * times within minutes; alternating short slices and taking thread CPU time keeps the
 * comparison fair.
 */
public final class WafCompareJars {
    /** Time each jar runs each profile-pass size before the measurement. */
    static final long PROFILE_MILLIS = 1500;
    private static final int[] PROFILE_SIZES = {1_000, 10_000, 100_000};
    private static final int WARM_ROUNDS = 2;

    private WafCompareJars() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long slice = Long.parseLong(args[3]) * 1_000_000L;
        int n = args.length - 4;
        if (rounds <= WARM_ROUNDS || n < 1) {
            throw new IllegalArgumentException("usage: WafCompareJars SHARED SIZE ROUNDS(>" + WARM_ROUNDS + ") SLICE_MS JAR...");
        }
        Object[] workloads = new Object[n];
        Method[] set = new Method[n];
        for (int i = 0; i < n; i++) {
            URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[4 + i]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass(WafWorkload.class.getName());
            Constructor<?> make = c.getConstructor(Path.class, int.class, long.class);
            set[i] = c.getMethod("set");
            for (int s : PROFILE_SIZES) {
                Object w = make.newInstance(shared, s, 1L);
                long t0 = System.nanoTime();
                do {
                    set[i].invoke(w);
                } while (System.nanoTime() - t0 < PROFILE_MILLIS * 1_000_000L);
            }
            workloads[i] = make.newInstance(shared, size, 1L);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<List<Double>> mbs = new ArrayList<>();
        List<List<Double>> wallMbs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int[] found = new int[n];
        for (int i = 0; i < n; i++) {
            mbs.add(new ArrayList<>());
            wallMbs.add(new ArrayList<>());
        }
        for (int r = 0; r < rounds; r++) {
            double[] cpuMbs = new double[n];
            for (int k = 0; k < n; k++) {
                int i = r % 2 == 0 ? k : n - 1 - k;
                long cpu0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long calls = 0;
                do {
                    found[i] = (Integer) set[i].invoke(workloads[i]);
                    calls++;
                } while (System.nanoTime() - t0 < slice);
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - t0) / 1e9;
                cpuMbs[i] = size * calls / 1e6 / cpu;
                if (r >= WARM_ROUNDS) {
                    mbs.get(i).add(cpuMbs[i]);
                    wallMbs.get(i).add(size * calls / 1e6 / wall);
                }
            }
            if (r >= WARM_ROUNDS) {
                ratios.add(cpuMbs[n - 1] / cpuMbs[0]);
            }
        }
        for (int i = 0; i < n; i++) {
            List<Double> l = mbs.get(i);
            List<Double> w = wallMbs.get(i);
            Collections.sort(l);
            Collections.sort(w);
            System.out.printf(Locale.ROOT, "%s size=%d matches=%d median %.2f MB/s CPU (quartiles %.2f-%.2f), %.2f MB/s wall;"
                    + " %d slices%n", args[4 + i], size, found[i], l.get(l.size() / 2), l.get(l.size() / 4),
                    l.get(3 * l.size() / 4), w.get(w.size() / 2), l.size());
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "last/first jar, CPU MB/s per round: median %.3f (quartiles %.3f-%.3f)%n",
                ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4), ratios.get(3 * ratios.size() / 4));
    }
}
