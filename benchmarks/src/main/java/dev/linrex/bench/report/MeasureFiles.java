package dev.linrex.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One engine's measure files, one per JVM (`measure-ENGINE.json` from JVM 1, which also holds
 * the scaling cases, then `measure-ENGINE.2.json`, `.3.json`, …), read as one: a workload's
 * {@code medianNanos} becomes the median over the JVMs that measured it of each JVM's median,
 * and {@code jvmMedianNanos} lists those per-JVM medians in JVM order. With an even count the
 * median is the mean of the middle two.
 */
final class MeasureFiles {

    private MeasureFiles() {
    }

    /** The merged measurement of {@code engine} in {@code dir}, or null if JVM 1's file is missing. */
    static JsonObject read(Path dir, String engine) throws IOException {
        Path first = dir.resolve("measure-" + engine + ".json");
        if (!Files.exists(first)) {
            return null;
        }
        List<JsonObject> jvms = new ArrayList<>();
        jvms.add(parse(first));
        for (int k = 2; Files.exists(dir.resolve("measure-" + engine + "." + k + ".json")); k++) {
            jvms.add(parse(dir.resolve("measure-" + engine + "." + k + ".json")));
        }
        return merge(jvms);
    }

    static JsonObject merge(List<JsonObject> jvms) {
        JsonObject merged = jvms.get(0).deepCopy();
        boolean otherJmh = false;
        for (JsonObject j : jvms) {
            JsonElement o = j.get("otherJmhRunWasRunning");
            otherJmh |= o != null && o.getAsBoolean();
        }
        merged.addProperty("otherJmhRunWasRunning", otherJmh);
        merged.addProperty("jvmsRead", jvms.size());
        JsonObject workloads = merged.getAsJsonObject("workloads");
        for (Map.Entry<String, JsonElement> e : workloads.entrySet()) {
            JsonObject cell = e.getValue().getAsJsonObject();
            JsonArray perJvm = new JsonArray();
            List<Double> medians = new ArrayList<>();
            for (JsonObject j : jvms) {
                JsonObject w = j.getAsJsonObject("workloads").getAsJsonObject(e.getKey());
                if (w != null && w.has("medianNanos") && !Double.isNaN(w.get("medianNanos").getAsDouble())) {
                    double t = w.get("medianNanos").getAsDouble();
                    medians.add(t);
                    perJvm.add(t);
                }
            }
            if (!medians.isEmpty()) {
                cell.addProperty("medianNanos", median(medians));
                cell.add("jvmMedianNanos", perJvm);
            }
        }
        return merged;
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static JsonObject parse(Path p) throws IOException {
        return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
    }
}
