package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.exec.LazyDfa;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link Pattern#memoryUsage()} reports the program and the DFA caches, and the DFA caches never
 * exceed their documented budget, sampled from another thread all along a search on a pattern
 * whose DFA has exponentially many states ({@code [ab]*a[ab]{20}} over 1 MB of random a/b); the
 * results stay the JDK's after the DFA thrashes and hands over to the Pike VM.
 */
class PatternMemoryTest {
    static final String EXPLODING = "[ab]*a[ab]{20}";

    static String randomAb(int length, long seed) {
        Random rnd = new Random(seed);
        char[] cs = new char[length];
        for (int i = 0; i < length; i++) {
            cs[i] = rnd.nextBoolean() ? 'a' : 'b';
        }
        return new String(cs);
    }

    @Test
    void reportsProgramAndUnbuiltDfa() {
        Pattern p = Pattern.compile(EXPLODING);
        PatternMemory mem = p.memoryUsage();
        assertEquals(0, mem.dfaBytesUsed(), "no search yet: no DFA built");
        assertEquals(LazyDfa.configuredCacheBytes(), mem.dfaCacheBudget());
        int instructions = p.strategy().program().size();
        assertTrue(mem.programBytes() >= 16L * instructions, "at least four ints per instruction: " + mem.programBytes());
        assertTrue(mem.programBytes() <= 64L * instructions + 4096, "an estimate, not a fantasy: " + mem.programBytes());
        assertEquals(mem.programBytes() + 2 * mem.dfaCacheBudget(), mem.maxBytes());
        // A bigger program reports more.
        assertTrue(Pattern.compile("(?:" + EXPLODING + "){10}").memoryUsage().programBytes() > 5 * mem.programBytes());
        p.matcher(randomAb(1000, 1)).find(); // long enough for the DFAs, whatever handles short inputs
        assertTrue(p.memoryUsage().dfaBytesUsed() > 0, "a search builds the DFA");
    }

    @Test
    void budgetHeldAllAlongA1MbSearch() throws Exception {
        check(Pattern.compile(EXPLODING));
    }

    @Test
    void smallBudgetHeldToo() throws Exception {
        Pattern p = Pattern.compileWithDfaCacheBytes(EXPLODING, 0, 64 * 1024);
        check(p);
        assertTrue(p.strategy().forwardDfa().clears() > 10);
    }

    private static void check(Pattern p) throws Exception {
        String text = randomAb(1 << 20, 42);
        long budget = p.memoryUsage().dfaCacheBudget();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong maxUsed = new AtomicLong();
        AtomicLong samples = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!stop.get()) {
                maxUsed.accumulateAndGet(p.memoryUsage().dfaBytesUsed(), Math::max);
                LazyDfa fwd = p.strategy().forwardDfa();
                if (fwd.memoryBytes() > budget || p.strategy().reverseDfa().memoryBytes() > budget) {
                    maxUsed.set(Long.MAX_VALUE); // one direction over its own budget
                }
                samples.incrementAndGet();
                java.util.concurrent.locks.LockSupport.parkNanos(50_000);
            }
        });
        java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(EXPLODING);
        p.matcher("a").find(); // build the DFAs before sampling them
        sampler.start();
        try {
            // The whole text: one long match, found after the DFA gives up.
            Matcher m = p.matcher(text);
            java.util.regex.Matcher j = jdk.matcher(text);
            assertTrue(m.find());
            assertTrue(j.find());
            assertEquals(j.start() + "," + j.end(), m.start() + "," + m.end());
            // Windows of the text as regions: find loops against the JDK's.
            Random rnd = new Random(5);
            for (int w = 0; w < 20; w++) {
                int start = rnd.nextInt(text.length() - 20_000);
                int end = start + 100 + rnd.nextInt(10_000);
                m.region(start, end);
                j.region(start, end);
                while (true) {
                    boolean found = m.find();
                    assertEquals(j.find(), found, "window " + start + ".." + end);
                    if (!found) {
                        break;
                    }
                    assertEquals(j.start() + "," + j.end(), m.start() + "," + m.end());
                }
            }
        } finally {
            stop.set(true);
            sampler.join();
        }
        assertTrue(samples.get() > 10, "sampler barely ran");
        assertTrue(maxUsed.get() <= 2 * budget, "DFA caches held " + maxUsed.get() + " bytes; budget " + budget + " each");
        assertTrue(p.strategy().fallbacks() > 0, "the DFA was meant to give up on this pattern");
        assertEquals(0, p.strategy().inconsistencies());
    }
}
