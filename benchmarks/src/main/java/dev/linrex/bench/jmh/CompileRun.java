package dev.linrex.bench.jmh;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.linrex.bench.Settings;
import dev.linrex.bench.check.CheckFile;
import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.engine.Engines;
import dev.linrex.bench.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `compile CHECK.json OUT.json`: compile time of the check's compile set (every distinct suite
 * pattern that all engines compiled), every engine of this build timed side by side in one JVM
 * by {@link CompileBenchmark} (its comment says why). report.sh runs it in its own JVM after the
 * per-engine measure runs; alone it takes about 10 s, so it is also the quick way to compare
 * compile speed before and after a change.
 */
public final class CompileRun {

    private CompileRun() {
    }

    public static void main(Path checkPath, Path out) throws IOException {
        MeasureRun.waitForOtherJmhRuns();
        List<Map.Entry<String, Integer>> set = new ArrayList<>();
        for (Map.Entry<Workload, String> p : CheckFile.read(checkPath).compileSet()) {
            set.add(Map.entry(p.getValue(), p.getKey().flags()));
        }
        System.out.printf("[compile] measuring compile time of %d patterns, all engines%n", set.size());
        List<Engine> engines = new ArrayList<>();
        for (Engine e : Engines.all()) {
            if (Settings.compileEngines().isEmpty() || Settings.compileEngines().contains(e.name())) {
                engines.add(e);
            }
        }
        JsonObject result = new CompileBenchmark(engines, set)
                .run(Settings.compileWarmupMillis(), Settings.compileRounds(), Settings.compileBatchMicros(),
                        Settings.compileMeasureMillis());
        result.addProperty("jdk", System.getProperty("java.vm.vendor") + " " + Runtime.version());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(result));
    }
}
