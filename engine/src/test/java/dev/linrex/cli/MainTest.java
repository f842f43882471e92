package dev.linrex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("usage: linrex"), text);
        assertTrue(text.contains("demo"), text);
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
    }

    @Test
    void demoRejectsBadOptions() {
        assertEquals(2, run("demo", "--nope"));
        assertEquals(2, run("demo", "--time-limit"));
        assertEquals(2, run("demo", "--time-limit", "soon"));
    }

    @Test
    void millisFormatting() {
        assertEquals("0.50 ms", Demo.millis(500_000));
        assertEquals("12.3 ms", Demo.millis(12_300_000));
        assertEquals("1,746 ms", Demo.millis(1_746_000_000L));
    }
}
