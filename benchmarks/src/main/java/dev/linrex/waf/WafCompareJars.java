package dev.linrex.waf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * from a branch) in its own class loader, in one JVM, and alternates them slice by slice, so
 * that they see the same load; it prints each jar's median (and quartiles) of RegexSet MB/s of
 * request text per CPU second of the thread (and the median by wall clock), the first third of the slices left out as
 * warm-up. Wall-clock figures under a load of 10-30 on 2 cores drift by several times within
 * minutes; alternating short slices and taking thread CPU time keeps the comparison fair.
 */
public final class WafCompareJars {
    private WafCompareJars() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long slice = Long.parseLong(args[3]) * 1_000_000L;
        int n = args.length - 4;
        Object[] workloads = new Object[n];
        Method[] set = new Method[n];
        for (int i = 0; i < n; i++) {
            URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[4 + i]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass(WafWorkload.class.getName());
            workloads[i] = c.getConstructor(Path.class, int.class, long.class).newInstance(shared, size, 1L);
            set[i] = c.getMethod("set");
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<List<Double>> mbs = new ArrayList<>();
        List<List<Double>> wallMbs = new ArrayList<>();
        int[] found = new int[n];
        for (int i = 0; i < n; i++) {
            mbs.add(new ArrayList<>());
            wallMbs.add(new ArrayList<>());
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long calls = 0;
                do {
                    found[i] = (Integer) set[i].invoke(workloads[i]);
                    calls++;
                } while (System.nanoTime() - t0 < slice);
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - t0) / 1e9;
                if (r >= rounds / 3) {
                    mbs.get(i).add(size * calls / 1e6 / cpu);
                    wallMbs.get(i).add(size * calls / 1e6 / wall);
                }
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
    }
}
