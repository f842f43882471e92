package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.exec.LazyDfa;
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
 * 2 to 8 threads share one Pattern and make finds on mixed inputs (short and long, ASCII,
 * accented, surrogate pairs), each thread on its own tagged inputs; every result is compared with
 * java.util.regex's for that input (hit-end on every fourth loop: it costs a Pike VM run). Also
 * under a DFA cache so small that it is cleared constantly. 1.3 x 10^5 finds in all; a deadlock
 * or livelock fails by timeout.
 */
class ConcurrencyStressTest {
    static final int FINDS = 30_000;
    /** Several kinds of match in one pattern, the caller's tag in group 1. */
    static final String PATTERN =
            "(T\\d+)[:-](?:([ab]*a[ab]{3})|(\\w+)@(\\w+)\\.com|\\b(\\d{2,4})\\b|(\\p{L}+\\s?)+!)";

    @Test
    void twoThreads() throws Exception {
        stress(Pattern.compile(PATTERN), 2, FINDS);
    }

    @Test
    void eightThreads() throws Exception {
        stress(Pattern.compile(PATTERN), 8, 40_000);
    }

    @Test
    void fourThreadsUnderATinyDfaCache() throws Exception {
        Pattern p = tiny();
        stress(p, 4, FINDS);
        LazyDfa fwd = p.strategy().forwardDfa();
        assertTrue(fwd.clears() > 100, "the cache was meant to be cleared all the time: " + fwd.clears());
        assertTrue(p.memoryUsage().dfaBytesUsed() <= 2 * p.memoryUsage().dfaCacheBudget());
    }

    @Test
    void eightThreadsUnderATinyDfaCache() throws Exception {
        Pattern p = tiny();
        stress(p, 8, FINDS);
        assertTrue(p.strategy().forwardDfa().clears() > 100);
    }

    /** The pattern with the smallest DFA cache (in 1 KiB steps) that still admits a DFA. */
    static Pattern tiny() {
        for (long budget = 1024; ; budget += 1024) {
            Pattern p = Pattern.compileWithDfaCacheBytes(PATTERN, 0, budget);
            if (p.strategy().forwardDfa() != null) {
                return p;
            }
        }
    }

    private static void stress(Pattern p, int threads, int finds) throws Exception {
        java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(PATTERN);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int caller = t + 1;
                futures.add(pool.submit((Callable<Integer>) () -> {
                    List<String> inputs = inputs(new Random(caller * 1_000_003L + threads), caller);
                    List<List<String>> expected = new ArrayList<>();
                    for (String s : inputs) {
                        expected.add(FindLog.jdk(jdk, s));
                    }
                    go.await();
                    return caller(p, inputs, expected, caller, finds / threads);
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            assertTrue(total >= finds - threads, "finds " + total);
            assertEquals(0, p.strategy().inconsistencies());
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> inputs(Random rnd, int caller) {
        String[] pieces = {"ab", "a", "b", "x", " ", "\n", "@", ".com", "12", "2024", "é", "Ω", "\uD83D\uDE00", "!", "-"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int size = switch (i % 4) {
                case 0 -> 5;
                case 1 -> 40;
                case 2 -> 300;
                default -> 1000;
            };
            StringBuilder sb = new StringBuilder();
            while (sb.length() < size) {
                if (rnd.nextInt(8) == 0) {
                    sb.append('T').append(caller).append(rnd.nextBoolean() ? ':' : '-');
                }
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Find loops over this caller's inputs, round robin, until {@code finds} finds; returns the finds made. */
    private static int caller(Pattern p, List<String> inputs, List<List<String>> expected, int caller, int finds) {
        String tag = "T" + caller;
        Matcher reused = p.matcher("");
        int done = 0;
        for (int round = 0; done < finds; round++) {
            int i = round % inputs.size();
            String text = inputs.get(i);
            Matcher m = round % 3 == 0 ? p.matcher(text) : reused.reset(text);
            List<String> got = new ArrayList<>();
            while (true) {
                done++;
                if (!m.find()) {
                    break;
                }
                if (!m.group(1).equals(tag)) {
                    throw new AssertionError(tag + " got a match tagged " + m.group(1));
                }
                got.add(FindLog.describe(m));
            }
            List<String> want = expected.get(i);
            if (round % 4 == 0) {
                got.add("hitEnd=" + m.hitEnd());
            } else {
                want = want.subList(0, want.size() - 1);
            }
            if (!got.equals(want)) {
                throw new AssertionError(tag + " on \"" + FindLog.show(text) + "\"\nexpected " + want
                        + "\n     got " + got);
            }
        }
        assertNotNull(reused);
        return done;
    }
}
