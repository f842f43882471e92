package dev.linrex.bench.check;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.linrex.bench.workload.Suites;
import dev.linrex.bench.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the check step's output (written by {@link CheckRun}). */
public final class CheckFile {

    private final JsonObject root;

    private CheckFile(JsonObject root) {
        this.root = root;
    }

    public static CheckFile read(Path p) throws IOException {
        return new CheckFile(JsonParser.parseString(Files.readString(p)).getAsJsonObject());
    }

    public JsonObject json() {
        return root;
    }

    /** Workload key → its check record, in suite order. */
    public Map<String, JsonObject> workloads() {
        Map<String, JsonObject> m = new LinkedHashMap<>();
        for (JsonElement e : root.getAsJsonArray("workloads")) {
            JsonObject w = e.getAsJsonObject();
            m.put(w.get("key").getAsString(), w);
        }
        return m;
    }

    /**
     * The compile set: each distinct (pattern, flags) of a workload that every engine of the
     * check compiled, paired with that workload (so memory can also be taken after one use).
     */
    public List<Map.Entry<Workload, String>> compileSet() {
        Set<String> seen = new LinkedHashSet<>();
        List<Map.Entry<Workload, String>> set = new ArrayList<>();
        for (JsonObject w : workloads().values()) {
            boolean allCompile = true;
            for (var oc : w.getAsJsonObject("outcomes").entrySet()) {
                JsonObject o = oc.getValue().getAsJsonObject();
                String detail = o.has("detail") ? o.get("detail").getAsString() : "";
                if (o.get("kind").getAsString().equals("UNSUPPORTED") || detail.startsWith("compile:")) {
                    allCompile = false;
                }
            }
            if (!allCompile) {
                continue;
            }
            Workload wl = Suites.get(w.get("key").getAsString());
            for (String re : wl.regexes()) {
                if (seen.add(wl.flags() + "/" + re)) {
                    set.add(Map.entry(wl, re));
                }
            }
        }
        return set;
    }
}
