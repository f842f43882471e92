package dev.linrex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureFilesTest {

    private static void write(Path dir, String name, String workloads, boolean otherJmh) throws Exception {
        Files.writeString(dir.resolve(name), "{\"engine\": \"linrex\", \"workloads\": {" + workloads
                + "}, \"scaling\": {\"s@10\": {\"medianNanos\": 7.0}}, \"otherJmhRunWasRunning\": " + otherJmh + "}");
    }

    @Test
    void aCellIsTheMedianOverTheJvmsThatMeasuredIt(@TempDir Path dir) throws Exception {
        write(dir, "measure-linrex.json", "\"a\": {\"medianNanos\": 100.0}, \"b\": {\"medianNanos\": 10.0},"
                + " \"slow\": {\"medianNanos\": 5.0E8, \"tier\": \"SLOW\"}", false);
        write(dir, "measure-linrex.2.json", "\"a\": {\"medianNanos\": 300.0}, \"b\": {\"medianNanos\": 30.0}", true);
        write(dir, "measure-linrex.3.json", "\"a\": {\"medianNanos\": 120.0}", false);
        JsonObject m = MeasureFiles.read(dir, "linrex");
        assertEquals(3, m.get("jvmsRead").getAsInt());
        JsonObject w = m.getAsJsonObject("workloads");
        assertEquals(120.0, w.getAsJsonObject("a").get("medianNanos").getAsDouble()); // 100, 300, 120
        assertEquals("[100.0,300.0,120.0]", w.getAsJsonObject("a").get("jvmMedianNanos").toString());
        assertEquals(20.0, w.getAsJsonObject("b").get("medianNanos").getAsDouble()); // two JVMs: mean of both
        assertEquals(5.0E8, w.getAsJsonObject("slow").get("medianNanos").getAsDouble()); // JVM 1 only
        assertEquals(7.0, m.getAsJsonObject("scaling").getAsJsonObject("s@10").get("medianNanos").getAsDouble());
        assertTrue(m.get("otherJmhRunWasRunning").getAsBoolean(), "any JVM's warning counts");
    }

    @Test
    void aSingleFileIsReadAsItIsAndAMissingOneIsNull(@TempDir Path dir) throws Exception {
        assertNull(MeasureFiles.read(dir, "jdk"));
        write(dir, "measure-jdk.json", "\"a\": {\"medianNanos\": 42.0}", false);
        write(dir, "measure-jdk.3.json", "\"a\": {\"medianNanos\": 1.0}", false); // no .2: not read
        JsonObject m = MeasureFiles.read(dir, "jdk");
        assertEquals(1, m.get("jvmsRead").getAsInt());
        assertEquals(42.0, m.getAsJsonObject("workloads").getAsJsonObject("a").get("medianNanos").getAsDouble());
        assertFalse(m.get("otherJmhRunWasRunning").getAsBoolean());
    }
}
