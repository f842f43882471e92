package dev.linrex.bench.workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All workloads of all suites, loaded once per JVM and found by key. */
public final class Suites {

    public static final List<String> NAMES = List.of(RebarSuite.NAME, SafereSuite.NAME, RedosSuite.NAME,
            LookaroundSuite.NAME);

    private static Map<String, Workload> all;

    private Suites() {
    }

    public static synchronized Map<String, Workload> all() {
        if (all == null) {
            Path shared = SharedData.require();
            Map<String, Workload> m = new LinkedHashMap<>();
            for (List<Workload> suite : List.of(RebarSuite.load(shared), SafereSuite.load(shared), RedosSuite.load(shared),
                    LookaroundSuite.load(shared))) {
                for (Workload w : suite) {
                    if (m.put(w.key(), w) != null) {
                        throw new IllegalStateException("duplicate workload key " + w.key());
                    }
                }
            }
            all = m;
        }
        return all;
    }

    public static Workload get(String key) {
        Workload w = all().get(key);
        if (w == null) {
            throw new IllegalArgumentException("no workload " + key);
        }
        return w;
    }

    public static List<Workload> ofSuite(String suite) {
        List<Workload> out = new ArrayList<>();
        for (Workload w : all().values()) {
            if (w.suite().equals(suite)) {
                out.add(w);
            }
        }
        return out;
    }
}
