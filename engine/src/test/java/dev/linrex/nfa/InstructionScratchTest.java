package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.linrex.PatternTooLargeException;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The main program is written into arrays lent from one compile to the next
 * ({@link InstructionScratch}): a program must never keep a lent array, whatever compiles come
 * after it, on this thread or on others.
 */
class InstructionScratchTest {

    private static final List<String> PATTERNS = List.of("abc|def", "(a+)(b*)c?", "[a-z]+@[a-z]+\\.com",
            "(?i)sherlock holmes", "\\p{L}{3,5}", "x(?=y)\\w+", "(?<!a)b", "((a|b)(c|d)){2,4}", "\\bfoo\\b|\\d{3}",
            "[^\"]*\"(\\\\.|[^\"\\\\])*\"", "a".repeat(300), "(abc){20}");

    private static Program compile(String p) {
        return Compiler.compile(Parser.parse(p, 0));
    }

    private static List<int[]> arrays(Program p) {
        return List.of(p.op.clone(), p.out.clone(), p.arg.clone(), p.arg2.clone());
    }

    private static void assertSameArrays(List<int[]> want, Program got, String pattern) {
        assertArrayEquals(want.get(0), got.op, pattern);
        assertArrayEquals(want.get(1), got.out, pattern);
        assertArrayEquals(want.get(2), got.arg, pattern);
        assertArrayEquals(want.get(3), got.arg2, pattern);
    }

    @Test
    void aProgramKeepsItsInstructionsWhileLaterPatternsCompile() {
        Program first = compile("abc|def");
        List<int[]> snapshot = arrays(first);
        for (String p : PATTERNS) {
            Program later = compile(p);
            assertNotSame(first.op, later.op);
            assertEquals(later.size(), later.op.length, p); // exact length: a copy, not the lent array
        }
        assertSameArrays(snapshot, first, "abc|def");
    }

    @Test
    void aFailedCompileLeavesNothingBehindForTheNext() {
        List<int[]> want = arrays(compile("(a+)(b*)c?"));
        String tooLarge = "(?:a{1000}){1000}";
        assertThrows(PatternTooLargeException.class, () -> compile(tooLarge));
        assertSameArrays(want, compile("(a+)(b*)c?"), "(a+)(b*)c? after a failed compile");
    }

    @Test
    void threadsCompilingAtOnceGetTheProgramsOfOneThreadAlone() throws Exception {
        List<List<int[]>> reference = new ArrayList<>();
        for (String p : PATTERNS) {
            reference.add(arrays(compile(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    List<Program> kept = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < PATTERNS.size(); i++) {
                            int k = (i + offset) % PATTERNS.size();
                            Program p = compile(PATTERNS.get(k));
                            assertSameArrays(reference.get(k), p, PATTERNS.get(k));
                            if (round == 0) {
                                kept.add(p);
                            }
                        }
                    }
                    for (int i = 0; i < kept.size(); i++) {
                        int k = (i + offset) % PATTERNS.size();
                        assertSameArrays(reference.get(k), kept.get(i), PATTERNS.get(k) + " (kept)");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
