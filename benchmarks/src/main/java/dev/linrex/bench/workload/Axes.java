package dev.linrex.bench.workload;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SafeRE's "axes": a template id like {@code x.{size}} expands to one entry per axis value. */
final class Axes {

    private Axes() {
    }

    /** Every combination of the axis values (one empty map when there are no axes). */
    static List<Map<String, String>> combinations(JsonObject axes) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        if (axes == null) {
            return out;
        }
        for (var axis : axes.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (var value : axis.getValue().getAsJsonArray()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(axis.getKey(), value.getAsString());
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    static String fill(String template, Map<String, String> values) {
        String s = template;
        for (var e : values.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        return s;
    }
}
