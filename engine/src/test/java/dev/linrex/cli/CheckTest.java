package dev.linrex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.analysis.Finding;
import dev.linrex.analysis.Usage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code linrex check}. java.util.regex is only timed here with a tiny cut-off (1 ms), to test
 * the mechanics: a run that passes it is given up and reported as such; no test depends on how
 * fast anything is beyond "a super-linear run on up to 128,000 characters takes over 1 ms".
 */
class CheckTest {
    private static final long TINY_CUTOFF = 1_000_000;
    static final String CLOUDFLARE =
            "(?:(?:\\\"|'|\\]|\\}|\\\\|\\d|(?:nan|infinity|true|false|null|undefined|symbol|math)|\\`|\\-|\\+)+[)]*;?"
                    + "((?:\\s|-|~|!|\\{\\}|\\|\\||\\+)*.*(?:.*=.*)))";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seedsAreVulnerable() {
        for (String regex : List.of("(x+)+y", CLOUDFLARE, "\\s+$")) {
            PatternCheck c = PatternCheck.run(null, regex, Usage.FIND, TINY_CUTOFF);
            assertEquals(PatternCheck.Verdict.VULNERABLE, c.verdict(), regex);
            assertTrue(c.timing().last().gaveUp(), regex + " was given up after the cut-off");
            assertTrue(c.timing().linrexNanos() >= 0);
            assertTrue(c.instructions() > 0);
        }
    }

    @Test
    void emailPatternIsSafeForValidation() {
        PatternCheck c = PatternCheck.run(null, "[a-z]+@[a-z]+\\.com", Usage.MATCHES, TINY_CUTOFF);
        assertEquals(PatternCheck.Verdict.SAFE, c.verdict());
        assertNull(c.timing());
    }

    @Test
    void emailPatternIsQuadraticWhenSearchedFor() {
        // find() retries at every index and [a-z]+ re-scans the rest of the run each time.
        PatternCheck c = PatternCheck.run(null, "[a-z]+@[a-z]+\\.com", Usage.FIND, TINY_CUTOFF);
        assertEquals(Finding.Complexity.POLYNOMIAL, c.finding().complexity());
        assertEquals(2, c.finding().degree());
    }

    @Test
    void findingIsConfirmedBySlowOrFailedRunsOnly() {
        long cutoff = 1_000_000_000L;
        assertTrue(PatternCheck.confirmed(new AttackTiming.Run(10, 10, -1, true, null), cutoff));
        assertTrue(PatternCheck.confirmed(new AttackTiming.Run(10, 10, -1, false, "StackOverflowError"), cutoff));
        assertTrue(PatternCheck.confirmed(new AttackTiming.Run(10, 10, cutoff / 10, false, null), cutoff));
        assertFalse(PatternCheck.confirmed(new AttackTiming.Run(10, 10, cutoff / 10 - 1, false, null), cutoff));
    }

    @Test
    void stackOverflowInTheJdkIsReported() {
        // java.util.regex memoises greedy group loops (so ^(a|a)*$ is not exponential there) but
        // recurses once per iteration: a long attack overflows its stack.
        PatternCheck c = PatternCheck.run(null, "^(a|a)*$", Usage.MATCHES, 10_000_000_000L);
        assertEquals(Finding.Complexity.EXPONENTIAL, c.finding().complexity());
        assertEquals("StackOverflowError", c.timing().last().error());
        assertEquals(PatternCheck.Verdict.VULNERABLE, c.verdict());
    }

    @Test
    void rejectedAndInvalidPatterns() {
        PatternCheck backref = PatternCheck.run(null, "(a+)\\1", Usage.FIND, TINY_CUTOFF);
        assertEquals(PatternCheck.Verdict.UNKNOWN, backref.verdict());
        assertNotNull(backref.rejection());
        assertEquals(-1, backref.instructions());
        PatternCheck invalid = PatternCheck.run(null, "a{", Usage.FIND, TINY_CUTOFF);
        assertEquals(PatternCheck.Verdict.INVALID, invalid.verdict());
        assertTrue(invalid.jdkError().contains("Illegal repetition"), invalid.jdkError());
    }

    @Test
    void textOutputAndExitStatus() {
        assertEquals(1, check("--cutoff", "0.001", "(x+)+y", "^[a-z]+@[a-z]+\\.com$", "(a)\\1"));
        String text = out();
        assertTrue(text.contains("(x+)+y\n  linrex:          accepted, "), text);
        assertTrue(text.contains("java.util.regex: vulnerable, exponential"), text);
        assertTrue(text.contains("> 1 ms"), text);
        assertTrue(text.contains("rejected (UnsupportedPatternException, index 3)"), text);
        assertTrue(text.contains("3 patterns: 1 vulnerable, 0 suspect, 1 safe, 1 unknown, 0 invalid; linrex accepts 2"),
                text);
    }

    @Test
    void safePatternsExitZero() {
        assertEquals(0, check("--usage", "matches", "[a-z]+@[a-z]+\\.com"));
        assertTrue(out().contains("java.util.regex: safe"), out());
    }

    @Test
    void jsonOutput() {
        assertEquals(1, check("--json", "--cutoff", "0.001", "(x+)+y", "abc"));
        String json = out();
        assertTrue(json.startsWith("{\"usage\":\"find\",\"cutoffSeconds\":0.001,\"results\":["), json);
        assertTrue(json.contains("\"pattern\":\"(x+)+y\",\"verdict\":\"vulnerable\""), json);
        assertTrue(json.contains("\"complexity\":\"exponential\""), json);
        assertTrue(json.contains("\"gaveUp\":true"), json);
        assertTrue(json.contains("\"pattern\":\"abc\",\"verdict\":\"safe\""), json);
        assertTrue(json.trim().endsWith("\"summary\":{\"patterns\":2,\"linrexAccepts\":2,\"vulnerable\":1,"
                + "\"suspect\":0,\"safe\":1,\"unknown\":0,\"invalid\":0}}"), json);
    }

    @Test
    void patternFileWithCommentsAndTsv() throws IOException {
        Path file = dir.resolve("rules.tsv");
        Files.writeString(file, "# id\tnote\tregex\n\nplain\t\tabc\nnested\tclassic\t^(?:x+){1,99}y$\nx\\d+\n");
        List<Check.Item> items = Check.readPatterns(file.toString());
        assertEquals(List.of(new Check.Item("plain", "abc"), new Check.Item("nested", "^(?:x+){1,99}y$"),
                new Check.Item("5", "x\\d+")), items);
        assertEquals(1, check("--cutoff", "0.001", "-f", file.toString()));
        assertTrue(out().contains("nested  ^(?:x+){1,99}y$\n"), out());
    }

    @Test
    void usageErrors() {
        assertEquals(2, check());
        assertEquals(2, check("--cutoff"));
        assertEquals(2, check("--cutoff", "-1", "a"));
        assertEquals(2, check("--usage", "sometimes", "a"));
        assertEquals(2, check("--bogus", "a"));
        assertEquals(2, check("-f", dir.resolve("missing.txt").toString()));
    }

    @Test
    void jdkRunGivesUpOnARunawaySearch() {
        // Exponential in java.util.regex (lazy outer loop is not memoised): never ends on its own.
        JdkRun.Result r = JdkRun.time(java.util.regex.Pattern.compile("(x+)+?y"), "x".repeat(64), false,
                TINY_CUTOFF);
        assertTrue(r.gaveUp());
        assertEquals(-1, r.nanos());
    }
}
