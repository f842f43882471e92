package dev.linrex.bench.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.linrex.bench.check.CheckFile;
import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.engine.Engines;
import dev.linrex.bench.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;

/**
 * `memory CHECK.json OUT.json`: retained heap per compiled pattern, for every engine and every
 * pattern of the compile set, as JOL's {@code GraphLayout.parseInstance(pattern).totalSize()}
 * (all objects reachable from the engine's pattern object: what a cache of compiled patterns
 * keeps alive). Taken right after compile, and again after the pattern ran its workload once
 * (lazy DFA caches and the like are then included). Not timed, so it needs no JMH.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    public static void main(Path checkPath, Path out) throws IOException {
        CheckFile check = CheckFile.read(checkPath);
        Map<String, JsonObject> checked = check.workloads();
        List<Map.Entry<Workload, String>> set = check.compileSet();
        JsonObject root = new JsonObject();
        root.addProperty("method", "JOL GraphLayout.parseInstance(pattern).totalSize()");
        root.addProperty("patterns", set.size());
        for (Engine e : Engines.all()) {
            JsonArray compiled = new JsonArray();
            JsonArray used = new JsonArray();
            for (Map.Entry<Workload, String> p : set) {
                Workload w = p.getKey();
                CompiledRegex re = e.compile(p.getValue(), w.flags());
                compiled.add(GraphLayout.parseInstance(re.unwrap()).totalSize());
                // Only where this engine answered in time in the check: a runaway JDK case would hang here.
                boolean answered = checked.get(w.key()).getAsJsonObject("outcomes").getAsJsonObject(e.name())
                        .get("kind").getAsString().equals("VALUE");
                if (answered && w.regexes().size() == 1) {
                    try {
                        List<CompiledRegex> one = new ArrayList<>(List.of(re));
                        w.operation().apply(one, w);
                    } catch (RuntimeException | StackOverflowError ignored) {
                        // the engine's answer is the check step's business; here only its footprint counts
                    }
                }
                used.add(GraphLayout.parseInstance(re.unwrap()).totalSize());
            }
            JsonObject eo = new JsonObject();
            eo.add("afterCompileBytes", compiled);
            eo.add("afterUseBytes", used);
            root.add(e.name(), eo);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(root));
    }
}
