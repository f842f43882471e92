package dev.linrex.bench.check;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.linrex.bench.Settings;
import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.engine.Engines;
import dev.linrex.bench.workload.Suites;
import dev.linrex.bench.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * `check OUT.json`: every workload of the measured selection (all with -Dbench.checkAll=true;
 * the unit tests always check all) on every engine under the watchdog; writes what each answered
 * (the measure step measures only what answered in time and re-verifies it) and prints every
 * linrex failure loudly.
 */
public final class CheckRun {

    private CheckRun() {
    }

    /** Returns the process exit code: 0 when linrex passed everywhere, 1 otherwise. */
    public static int main(Path out) throws IOException {
        List<Engine> engines = Engines.all();
        JsonArray rows = new JsonArray();
        List<WorkloadCheck> failures = new ArrayList<>();
        long limit = Settings.limitMillis();
        List<Workload> todo = new ArrayList<>();
        for (Workload w : Suites.all().values()) {
            if (Settings.checkAll() || Settings.measured(w.key())) {
                todo.add(w);
            }
        }
        // A few workers: most of a check's time is a cut-off JDK case waiting out its limit.
        ExecutorService pool = Executors.newFixedThreadPool(Settings.checkThreads());
        List<Future<WorkloadCheck>> futures = new ArrayList<>();
        for (Workload w : todo) {
            futures.add(pool.submit(() -> WorkloadCheck.run(w, engines, limit, true)));
        }
        for (int i = 0; i < todo.size(); i++) {
            WorkloadCheck c;
            try {
                c = futures.get(i).get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("check of " + todo.get(i).key() + " failed", e);
            }
            if (!c.verdict().ok) {
                failures.add(c);
                System.err.println("CHECK FAILED " + c.workload() + ": " + c.message());
            }
            rows.add(toJson(todo.get(i), c));
        }
        pool.shutdown();
        JsonObject root = new JsonObject();
        root.addProperty("limitMillis", limit);
        root.addProperty("jdk", System.getProperty("java.vm.vendor") + " " + Runtime.version());
        JsonArray names = new JsonArray();
        engines.forEach(e -> names.add(e.name()));
        root.add("engines", names);
        root.add("workloads", rows);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
        System.out.printf("checked %d workloads on %s: %d linrex failure(s)%n", rows.size(), names, failures.size());
        if (!failures.isEmpty()) {
            System.err.println("=".repeat(72));
            System.err.println("LINREX DISAGREES WITH java.util.regex OR THE EXPECTED ANSWER (engine bug):");
            failures.forEach(f -> System.err.println("  " + f.workload() + ": " + f.message()));
            System.err.println("=".repeat(72));
        }
        return failures.isEmpty() ? 0 : 1;
    }

    static JsonObject toJson(Workload w, WorkloadCheck c) {
        JsonObject o = new JsonObject();
        o.addProperty("key", w.key());
        o.addProperty("suite", w.suite());
        o.addProperty("id", w.id());
        JsonArray cats = new JsonArray();
        w.categories().forEach(cats::add);
        o.add("categories", cats);
        o.addProperty("operation", w.operation().name());
        o.addProperty("inputChars", w.inputChars());
        o.addProperty("verdict", c.verdict().name());
        o.addProperty("message", c.message());
        JsonObject outs = new JsonObject();
        c.outcomes().forEach((engine, oc) -> {
            JsonObject e = new JsonObject();
            e.addProperty("kind", oc.kind().name());
            if (oc.answered()) {
                e.addProperty("value", Outcome.describe(oc.value()));
            }
            if (oc.detail() != null) {
                e.addProperty("detail", oc.detail());
            }
            e.addProperty("millis", oc.millis());
            e.addProperty("agreesWithJdk", c.agreesWithJdk(engine));
            outs.add(engine, e);
        });
        o.add("outcomes", outs);
        return o;
    }
}
