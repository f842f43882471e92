package dev.linrex.exec;

import static dev.linrex.exec.DfaTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The DFA cache of one pattern never exceeds its budget, even on a pattern whose DFA has
 * exponentially many states; results stay right when the DFA clears, gives up and falls back.
 */
class DfaCacheBudgetTest {
    static String randomAb(int length, long seed) {
        Random rnd = new Random(seed);
        char[] cs = new char[length];
        for (int i = 0; i < length; i++) {
            cs[i] = rnd.nextBoolean() ? 'a' : 'b';
        }
        return new String(cs);
    }

    @Test
    void explodingPatternStaysWithinBudget() {
        String text = randomAb(1 << 20, 42);
        String re = "[ab]*a[ab]{20}";
        Strategy st = Strategy.compile(Parser.parse(re, 0));
        LazyDfa fwd = st.forwardDfa();
        assertNotNull(fwd);
        Strategy.Scratch scratch = st.newScratch();
        PikeVM vm = new PikeVM(st.program());
        PikeVM.Cache cache = vm.newCache();
        long budget = fwd.cacheBudget();
        assertEquals(LazyDfa.configuredCacheBytes(), budget);

        // The whole text: one long match; the DFA thrashes, gives up, and the Pike VM answers.
        int[] slots = new int[2];
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(re).matcher(text);
        assertTrue(m.find());
        assertEquals(m.start() + "," + m.end(), slots[0] + "," + slots[1]);
        assertTrue(fwd.memoryBytes() <= budget, "memory " + fwd.memoryBytes());
        assertTrue(fwd.clears() >= LazyDfa.MIN_CLEARS, "clears " + fwd.clears());
        assertTrue(fwd.gaveUps() >= 1);
        assertTrue(st.fallbacks() >= 1);

        // Many windows of the text as regions: find loops compared with the Pike VM, memory checked after each search.
        Random rnd = new Random(7);
        int[] got = new int[2];
        int[] exp = new int[2];
        for (int w = 0; w < 60; w++) {
            int start = rnd.nextInt(text.length() - 4000);
            int end = start + 200 + rnd.nextInt(3000);
            SearchInput in = new SearchInput(text, start, end, false, true);
            int from = start;
            while (from <= end) {
                boolean gf = st.search(in, from, Anchor.UNANCHORED, got, scratch);
                boolean ef = vm.search(in, from, Anchor.UNANCHORED, exp, cache);
                assertEquals(describe(ef, exp), describe(gf, got), "window " + start + ".." + end + " from " + from);
                assertTrue(fwd.memoryBytes() <= budget);
                assertTrue(st.reverseDfa().memoryBytes() <= st.reverseDfa().cacheBudget());
                if (!gf) {
                    break;
                }
                from = got[1] == got[0] ? got[1] + 1 : got[1];
            }
            // Also anchored, from a few positions inside the window.
            for (int k = 0; k < 5; k++) {
                int f = start + rnd.nextInt(end - start);
                for (Anchor a : new Anchor[] {Anchor.START, Anchor.BOTH}) {
                    boolean gf = st.search(in, f, a, got, scratch);
                    boolean ef = vm.search(in, f, a, exp, cache);
                    assertEquals(describe(ef, exp), describe(gf, got), a + " window " + start + ".." + end + " from " + f);
                }
            }
        }
        assertEquals(0, st.inconsistencies());
        assertTrue(fwd.memoryBytes() <= budget);
    }

    @Test
    void smallBudgetClearsButKeepsAnswering() {
        // Budget for a few dozen states: the DFA clears often yet, with repetitive input, keeps making progress.
        String re = "([ab]*)a[ab]{6}";
        Strategy st = Strategy.compile(Parser.parse(re, 0), 24 * 1024);
        LazyDfa fwd = st.forwardDfa();
        assertNotNull(fwd);
        Strategy.Scratch scratch = st.newScratch();
        String text = randomAb(20_000, 9);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(re).matcher(text);
        int[] slots = new int[4];
        int count = 0;
        int from = 0;
        SearchInput in = SearchInput.of(text);
        while (from <= text.length() && st.search(in, from, Anchor.UNANCHORED, slots, scratch)) {
            assertTrue(m.find());
            assertEquals(m.start() + "," + m.end() + " " + m.start(1) + "," + m.end(1),
                    slots[0] + "," + slots[1] + " " + slots[2] + "," + slots[3]);
            assertTrue(fwd.memoryBytes() <= 24 * 1024);
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
            count++;
        }
        assertTrue(!m.find());
        assertTrue(count >= 1);
        assertTrue(fwd.clears() > 0, "expected clears");
        // Short windows: lots of searches, each building few states: the DFA must not give up on them.
        long gaveUpBefore = fwd.gaveUps();
        int[] exp = new int[4];
        PikeVM vm = new PikeVM(st.program());
        PikeVM.Cache cache = vm.newCache();
        for (int s = 0; s + 64 <= text.length(); s += 61) {
            SearchInput w = new SearchInput(text, s, s + 64, false, true);
            boolean gf = st.search(w, s, Anchor.UNANCHORED, slots, scratch);
            boolean ef = vm.search(w, s, Anchor.UNANCHORED, exp, cache);
            assertEquals(describe(ef, exp), describe(gf, slots));
        }
        assertEquals(0, st.inconsistencies());
        assertTrue(fwd.gaveUps() - gaveUpBefore < 50, "gave up " + (fwd.gaveUps() - gaveUpBefore));
    }

    @Test
    void tooSmallBudgetMeansPikeVmOnly() {
        Strategy st = Strategy.compile(Parser.parse("(a|b)*c", 0), 512);
        assertEquals(null, st.forwardDfa());
        int[] slots = new int[4];
        assertTrue(st.search(SearchInput.of("xxababc"), 0, Anchor.UNANCHORED, slots, st.newScratch()));
        assertEquals("[2,7 5,6]", describe(true, slots));
    }
}
