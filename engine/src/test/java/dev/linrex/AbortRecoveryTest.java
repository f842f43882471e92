package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.MatchAbortedException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Searches are aborted at random points thousands of times (work budgets drawn at random, zero
 * deadlines, self-interrupts) while other threads match their own inputs against the same
 * Pattern. Every input carries its caller's tag ({@code T<caller>}), and every result is checked
 * against java.util.regex for that caller's own input, as a cancelled request must never leave
 * state that hands the next caller someone else's answer.
 */
class AbortRecoveryTest {
    static final int THREADS = 4;
    static final int ROUNDS = 100;

    /** Patterns capture the caller tag in group 1. */
    static final String[] PATTERNS = {
        "(T\\d+):([ab]*a[ab]{3})",
        "(T\\d+)\\W+((?:x+x+)+y)?",
        "\\b(T\\d+)-(\\w+?)(y|$)",
        "(?m)^(T\\d+)(.*)$",
    };

    @Test
    void abortsNeverLeakIntoOtherResults() throws Exception {
        long aborts = 0;
        for (String re : PATTERNS) {
            aborts += run(Pattern.compile(re), re);
            // Again with a DFA cache so small that it is cleared all the time while searches abort.
            aborts += run(Pattern.compileWithDfaCacheBytes(re, 0, 16 * 1024), re);
        }
        System.out.println("AbortRecoveryTest: " + aborts + " aborts");
        assertTrue(aborts >= 2000, "only " + aborts + " aborts");
    }

    private static long run(Pattern p, String re) throws Exception {
        java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(re);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                final int caller = t + 1;
                futures.add(pool.submit((Callable<Long>) () -> {
                    go.await();
                    return caller(p, jdk, caller);
                }));
            }
            go.countDown();
            long aborts = 0;
            for (Future<Long> f : futures) {
                aborts += f.get(120, TimeUnit.SECONDS);
            }
            return aborts;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Text in which this caller's tag appears several times, with a long run of x's now and then (the long searches). */
    static String input(Random rnd, int caller) {
        String tag = "T" + caller;
        String units = "abxy -:\n";
        StringBuilder sb = new StringBuilder();
        int chunks = 1 + rnd.nextInt(6);
        for (int c = 0; c < chunks; c++) {
            sb.append(tag).append(rnd.nextBoolean() ? ":" : "-");
            int len = rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(units.charAt(rnd.nextInt(units.length())));
            }
            if (rnd.nextInt(4) == 0) {
                // Always with the y: without it java.util.regex, the oracle, backtracks exponentially.
                sb.append("x".repeat(1000 + rnd.nextInt(5000))).append('y');
            }
            sb.append(rnd.nextBoolean() ? " " : "\n");
        }
        return sb.toString();
    }

    /** One caller: its own inputs, random aborts, every result checked; returns the aborts seen. */
    private static long caller(Pattern p, java.util.regex.Pattern jdk, int caller) {
        Random rnd = new Random(31L * caller + p.pattern().hashCode());
        String tag = "T" + caller;
        long aborts = 0;
        Matcher reused = p.matcher("");
        for (int round = 0; round < ROUNDS; round++) {
            String text = input(rnd, caller);
            List<String> expected = FindLog.jdk(jdk, text);
            Matcher m = rnd.nextBoolean() ? reused.reset(text) : p.matcher(text);
            List<String> got = new ArrayList<>();
            long budget = rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(20_000);
            int mode = rnd.nextInt(4); // 0, 1: budget; 2: zero deadline; 3: self-interrupt
            setLimits(m, mode, budget);
            while (true) {
                boolean found;
                try {
                    if (mode == 3 && rnd.nextInt(3) == 0) {
                        Thread.currentThread().interrupt();
                    }
                    found = m.find();
                    if (!found) {
                        got.add("hitEnd=" + m.hitEnd());
                        break;
                    }
                    assertEquals(tag, m.group(1), "a result from another caller's input");
                    got.add(FindLog.describe(m));
                } catch (MatchAbortedException e) {
                    aborts++;
                    checkAbortedState(m, e, mode);
                    if (rnd.nextInt(4) == 0) {
                        // Start over after reset; the results so far are dropped.
                        m.reset();
                        got.clear();
                    }
                    // Retry: find() repeats the aborted search, with more room each time.
                    budget = budget < 0 ? 1 : budget * 2 + 1;
                    mode = rnd.nextInt(2);
                    setLimits(m, mode, budget);
                } finally {
                    Thread.interrupted();
                }
            }
            if (!expected.equals(got)) {
                throw new AssertionError("caller " + caller + " /" + p.pattern() + "/ on \"" + FindLog.show(text)
                        + "\"\nexpected " + expected + "\n     got " + got);
            }
        }
        return aborts;
    }

    private static void setLimits(Matcher m, int mode, long budget) {
        switch (mode) {
            case 0, 1 -> m.useLimits(budget < 0 ? MatchLimits.NONE : MatchLimits.ofWorkBudget(budget));
            case 2 -> m.useLimits(MatchLimits.ofTimeout(Duration.ZERO));
            default -> m.useLimits(MatchLimits.NONE);
        }
    }

    private static void checkAbortedState(Matcher m, MatchAbortedException e, int mode) {
        Reason expected = switch (mode) {
            case 0, 1 -> Reason.WORK_LIMIT;
            case 2 -> Reason.TIMEOUT;
            default -> Reason.INTERRUPTED;
        };
        assertEquals(expected, e.reason());
        if (mode == 3) {
            assertTrue(Thread.currentThread().isInterrupted(), "interrupt flag cleared");
        }
        assertTrue(!m.hasMatch(), "match after abort");
        try {
            m.group();
            throw new AssertionError("group() after an abort");
        } catch (IllegalStateException expectedState) {
            // no match
        }
        assertTrue(!m.hitEnd() && !m.requireEnd(), "end flags after abort");
    }
}
