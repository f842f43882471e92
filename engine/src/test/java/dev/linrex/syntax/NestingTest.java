package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.linrex.PatternTooLargeException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Hostile nesting must end in PatternTooLargeException, never StackOverflowError. */
class NestingTest {
    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void deepGroups() {
        PatternTooLargeException e = assertThrows(PatternTooLargeException.class,
                () -> Parser.parse(repeat("(", 100_000), 0));
        assertEquals(Parser.DEFAULT_MAX_NESTING, e.getIndex());
    }

    @Test
    void limitIsInclusive() {
        int n = Parser.DEFAULT_MAX_NESTING;
        Ast.Root r = Parser.parse(repeat("(", n) + "a" + repeat(")", n), 0);
        assertEquals(n, r.groupCount());
        PatternTooLargeException e = assertThrows(PatternTooLargeException.class,
                () -> Parser.parse(repeat("(?:", n + 1) + "a" + repeat(")", n + 1), 0));
        assertEquals(3 * n, e.getIndex());
    }

    @Test
    void deepClassesAndIntersections() {
        assertThrows(PatternTooLargeException.class, () -> Parser.parse(repeat("[", 100_000), 0));
        assertThrows(PatternTooLargeException.class, () -> Parser.parse("[a" + repeat("&&b", 100_000) + "]", 0));
        assertThrows(PatternTooLargeException.class, () -> Parser.parse(repeat("(?=", 100_000), 0));
    }

    @Test
    void longFlatPatternsDoNotRecurse() {
        Parser.parse(repeat("a|", 200_000), 0);
        Parser.parse(repeat("(a)", 100_000), 0);
        Parser.parse(repeat("a*", 100_000), 0);
    }

    @Test
    void systemPropertyChangesTheLimit() {
        String old = System.getProperty("linrex.maxNesting");
        System.setProperty("linrex.maxNesting", "5");
        try {
            Parser.parse("(((((a)))))", 0);
            assertThrows(PatternTooLargeException.class, () -> Parser.parse("((((((a))))))", 0));
        } finally {
            if (old == null) {
                System.clearProperty("linrex.maxNesting");
            } else {
                System.setProperty("linrex.maxNesting", old);
            }
        }
    }

    @Test
    void smallThreadStack() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Parser.parse(repeat("(", 100_000), 0);
            } catch (Throwable e) {
                thrown.set(e);
            }
            try {
                Parser.parse(repeat("(", 300) + repeat("[", 100) + "a", 0);
            } catch (Throwable e) {
                if (!(e instanceof PatternTooLargeException)) {
                    thrown.set(e);
                }
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertInstanceOf(PatternTooLargeException.class, thrown.get());
    }
}
