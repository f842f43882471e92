package dev.linrex.exec;

import static dev.linrex.exec.DfaTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Four threads share one compiled pattern whose DFA cache is tiny, so generations are replaced
 * all the time while other threads walk them. Every result must equal the Pike VM's for that
 * thread's own input.
 */
class DfaConcurrencyTest {
    static final int THREADS = 4;

    @Test
    void sharedTinyCacheGivesEachThreadItsOwnAnswers() throws Exception {
        String[] patterns = {"([ab]*)a([ab]{5})", "(?m)(^|\\s)([ab]*a[ab]{3})$", "\\b(\\w*a\\w{4})\\b"};
        for (String re : patterns) {
            // The smallest budget (in 1 KiB steps) that still admits a DFA: clears all the time.
            long budget = 1024;
            Strategy st = Strategy.compile(Parser.parse(re, 0), budget);
            while (st.forwardDfa() == null) {
                budget += 1024;
                st = Strategy.compile(Parser.parse(re, 0), budget);
            }
            assertNotNull(st.forwardDfa(), re);
            run(st, re);
            assertTrue(st.forwardDfa().clears() > 0, "no clears for " + re);
            assertEquals(0, st.inconsistencies(), re);
            assertTrue(st.forwardDfa().memoryBytes() <= budget);
            assertTrue(st.reverseDfa().memoryBytes() <= budget);
        }
    }

    private static void run(Strategy st, String re) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                final long seed = 1000 + t;
                results.add(pool.submit((Callable<Integer>) () -> {
                    go.await();
                    return worker(st, re, seed);
                }));
            }
            go.countDown();
            for (Future<Integer> f : results) {
                assertTrue(f.get() > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Many inputs, each searched with find loops; compared with the Pike VM on the same thread. */
    private static int worker(Strategy st, String re, long seed) {
        Random rnd = new Random(seed);
        Strategy.Scratch scratch = st.newScratch();
        PikeVM vm = new PikeVM(st.program());
        PikeVM.Cache cache = vm.newCache();
        int n = st.program().slotCount;
        int[] got = new int[n];
        int[] exp = new int[n];
        char[] units = {'a', 'b', 'b', ' ', '\n', 'a', '\u00e9', 'x'};
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 20 + rnd.nextInt(200);
            for (int k = 0; k < len; k++) {
                sb.append(units[rnd.nextInt(units.length)]);
            }
            String text = sb.toString();
            SearchInput in = SearchInput.of(text);
            int from = 0;
            while (from <= text.length()) {
                int[] slots = rnd.nextBoolean() ? got : new int[2];
                boolean gf = st.search(in, from, Anchor.UNANCHORED, slots, scratch);
                boolean ef = vm.search(in, from, Anchor.UNANCHORED, exp, cache);
                String e = describe(ef, slots.length == n ? exp : java.util.Arrays.copyOf(exp, 2));
                if (!e.equals(describe(gf, slots))) {
                    throw new AssertionError(re + " thread seed " + seed + " on \"" + DfaTestSupport.escape(text)
                            + "\" from " + from + ": expected " + e + " got " + describe(gf, slots));
                }
                checked++;
                if (!gf) {
                    break;
                }
                from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
            }
        }
        return checked;
    }
}
