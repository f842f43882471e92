package dev.linrex.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.linrex.bench.engine.Engines;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompileBenchmarkTest {

    @Test
    void reportsOneMedianPerPatternAndTheirMedian() {
        List<Map.Entry<String, Integer>> set = List.of(Map.entry("a", 0), Map.entry("(x|y)+z", 0),
                Map.entry("[a-z]+@[a-z]+\\.com", 2));
        JsonObject all = new CompileBenchmark(List.of(Engines.byName("linrex"), Engines.byName("jdk")), set).run(20, 5, 5);
        assertEquals(3, all.get("patterns").getAsInt());
        assertEquals(5, all.get("rounds").getAsInt());
        assertTrue(all.get("warmupPasses").getAsInt() >= CompileBenchmark.MIN_WARMUP_PASSES, all.toString());
        JsonObject r = all.getAsJsonObject("engines").getAsJsonObject("linrex");
        assertTrue(r.get("perPatternRatioToJdk").getAsDouble() > 0, all.toString());
        assertEquals(1.0, all.getAsJsonObject("engines").getAsJsonObject("jdk").get("perPatternRatioToJdk").getAsDouble());
        var each = r.getAsJsonArray("perPatternNanos");
        assertEquals(3, each.size());
        double[] sorted = {each.get(0).getAsDouble(), each.get(1).getAsDouble(), each.get(2).getAsDouble()};
        java.util.Arrays.sort(sorted);
        assertTrue(sorted[0] > 0, r.toString());
        assertEquals(sorted[1], r.get("p50Nanos").getAsDouble(), r.toString());
    }

    @Test
    void medianAndPercentileOfSortedData() {
        assertEquals(2.0, CompileBenchmark.median(new double[] {1, 2, 3}));
        assertEquals(2.5, CompileBenchmark.median(new double[] {1, 2, 3, 4}));
        assertEquals(3.7, CompileBenchmark.percentile(new double[] {1, 2, 3, 4}, 90), 1e-9);
        assertEquals(1.0, CompileBenchmark.percentile(new double[] {1, 2, 3, 4}, 0));
    }

    @Test
    void anEmptySetIsAnError() {
        assertThrows(IllegalStateException.class, () -> new CompileBenchmark(List.of(Engines.byName("jdk")), List.of()));
    }
}
