package dev.linrex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrepTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "hello world\nfoo bar\nHello again\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.txt"), new byte[] {'n', 'o', '\n', 'h', 'e', 'l', 'l', 'o', ' ', (byte) 0xff,
                ' ', (byte) 0xc3, (byte) 0xa9, '\n'});
        Files.write(dir.resolve("c.bin"), "bin\0ary hello\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("crlf.txt"), "one\r\ntwo\r\n");
    }

    private int grep(String... args) {
        return Main.run(prepend("grep", args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void printsMatchingLinesAndExitsZero() {
        assertEquals(0, grep("hello", f("a.txt")));
        assertEquals("hello world\n", out());
    }

    @Test
    void noMatchExitsOne() {
        assertEquals(1, grep("zzz", f("a.txt")));
        assertEquals("", out());
    }

    @Test
    void ignoreCase() {
        assertEquals(0, grep("-i", "HELLO", f("a.txt")));
        assertEquals("hello world\nHello again\n", out());
    }

    @Test
    void countWithSeveralFilesPrefixesNames() {
        assertEquals(0, grep("-c", "-i", "hello", f("a.txt"), f("crlf.txt")));
        assertEquals(f("a.txt") + ":2\n" + f("crlf.txt") + ":0\n", out());
    }

    @Test
    void lineNumbersAndOnlyMatching() {
        assertEquals(0, grep("-no", "l+", f("a.txt")));
        assertEquals("1:ll\n1:l\n3:ll\n", out());
    }

    @Test
    void clusteredAndInvertedOptions() {
        assertEquals(0, grep("-vn", "hello", f("a.txt")));
        assertEquals("2:foo bar\n3:Hello again\n", out());
    }

    @Test
    void recursiveNamesFilesAndReportsBinaryMatches() {
        assertEquals(0, grep("-r", "hello", dir.toString()));
        String text = out();
        assertTrue(text.contains(f("a.txt") + ":hello world\n"), text);
        assertTrue(text.contains("Binary file " + f("c.bin") + " matches\n"), text);
        // A malformed byte becomes U+FFFD; valid UTF-8 (é) stays.
        assertTrue(text.contains(f("sub/b.txt") + ":hello \uFFFD \u00e9\n"), text);
    }

    @Test
    void noFilenameOption() {
        assertEquals(0, grep("-h", "hello", f("a.txt"), f("sub/b.txt")));
        assertEquals("hello world\nhello \uFFFD \u00e9\n", out());
    }

    @Test
    void carriageReturnStaysInTheLine() {
        assertEquals(0, grep("o\\r$", f("crlf.txt")));
        assertEquals("two\r\n", out());
    }

    @Test
    void directoryWithoutRecursionIsAnError() {
        assertEquals(2, grep("hello", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Is a directory"));
    }

    @Test
    void missingFileIsAnErrorEvenIfAnotherMatches() {
        assertEquals(2, grep("hello", f("a.txt"), f("nope.txt")));
        assertEquals(f("a.txt") + ":hello world\n", out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope.txt: No such file or directory"));
    }

    @Test
    void badPatternIsAnError() {
        assertEquals(2, grep("(", f("a.txt")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unclosed group"));
    }

    @Test
    void unsupportedConstructIsAnError() {
        assertEquals(2, grep("(a)\\1", f("a.txt")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("backreference"));
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("x\nhello there\nlast hello".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, grep("-n", "hello"));
        } finally {
            System.setIn(saved);
        }
        assertEquals("2:hello there\n3:last hello\n", out());
    }

    @Test
    void pathologicalPatternOnALongLineCompletes() throws IOException {
        // (x+)+y over a long line of x: hopeless for a backtracker, one linear pass here.
        Files.writeString(dir.resolve("x.txt"), "x".repeat(200_000) + "\n");
        assertEquals(1, grep("(x+)+y", f("x.txt")));
    }

    @Test
    void usageErrors() {
        assertEquals(2, grep());
        assertEquals(2, grep("-Z", "a"));
    }
}
