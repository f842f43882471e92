package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The DFA cache's accounting is exact: after threads raced to add states (losers refund their
 * reservation) and cleared generations under each other, the bytes charged equal the sum of the
 * charges of the states present, and never exceed the budget at any sampled moment. The charge
 * per state is an upper bound of the real heap size (see {@link DfaCache}'s budget notes).
 */
class DfaCacheAccountingTest {
    @Test
    void chargesMatchStatesAfterRacesAndClears() throws Exception {
        String re = "([ab]*)a[ab]{8}";
        long budget = 32 * 1024;
        Strategy st = Strategy.compile(Parser.parse(re, 0), budget);
        LazyDfa fwd = st.forwardDfa();
        LazyDfa rev = st.reverseDfa();
        AtomicLong maxSeen = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            final long seed = t;
            threads.add(new Thread(() -> {
                Random rnd = new Random(seed);
                Strategy.Scratch scratch = st.newScratch();
                int[] slots = new int[4];
                for (int i = 0; i < 300; i++) {
                    String text = DfaCacheBudgetTest.randomAb(200 + rnd.nextInt(2000), rnd.nextLong());
                    SearchInput in = SearchInput.of(text);
                    int from = 0;
                    while (from <= text.length() && st.search(in, from, Anchor.UNANCHORED, slots, scratch)) {
                        from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
                        maxSeen.accumulateAndGet(Math.max(fwd.memoryBytes(), rev.memoryBytes()), Math::max);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertTrue(fwd.clears() > 0, "no clears: the budget was meant to be exceeded");
        assertTrue(maxSeen.get() <= budget, "charged " + maxSeen.get() + " > budget " + budget);
        for (LazyDfa d : new LazyDfa[] {fwd, rev}) {
            assertEquals(d.cache().recountBytes(), d.memoryBytes(), "charged bytes drifted from the states present");
            assertTrue(d.memoryBytes() <= budget);
        }
    }

    @Test
    void stateChargeCoversTheObjectsItStandsFor() {
        DfaCache cache = new DfaCache(1 << 20, 10, 6);
        // A state with n pcs: DfaState (<= 64 bytes with 8-byte references), its Key (<= 32), a map node
        // (<= 48), its share of the map's table (<= 32 during a resize), its remembered edge
        // transition (an EdgeStep, <= 32), the pcs array (16-byte header, 4 per pc, padding to 8),
        // and its row: one int per class in the table plus its slot in the state array.
        int refs = DfaCache.REFERENCE_BYTES;
        for (int n = 0; n < 40; n++) {
            long real = 64 + 32 + 48 + 32 + 32 + align(16 + 4L * n) + 4L * 10 + refs;
            if (refs == 4) {
                real = 40 + 24 + 32 + 16 + 24 + align(16 + 4L * n) + 4L * 10 + refs;
            }
            long charged = cache.stateBytes(n) + cache.rowBytes();
            assertTrue(charged >= real, n + " pcs: charged " + charged + " < " + real);
        }
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
