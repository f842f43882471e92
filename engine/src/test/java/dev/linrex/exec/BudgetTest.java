package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.MatchAbortedException;
import dev.linrex.MatchAbortedException.Reason;
import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The work countdown: exact budgets, checks only every interval, and engine caches reusable after an abort. */
class BudgetTest {
    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void budgetIsExactToTheUnit() {
        for (long max : new long[] {0, 1, 100, 4095, 4096, 4097, 10_000}) {
            Budget b = new Budget();
            b.configure(-1, max, false);
            b.begin();
            for (long i = 0; i < max; i++) {
                b.tick(); // exactly the budget: fine
            }
            MatchAbortedException e = assertThrows(MatchAbortedException.class, b::tick);
            assertEquals(Reason.WORK_LIMIT, e.reason());
            assertEquals(max + 1, e.work());
            b.begin(); // a new search has the whole budget again
            b.charge(max);
            assertEquals(max, b.spent());
        }
    }

    @Test
    void interruptNoticedWithinOneIntervalEvenAcrossSearches() {
        Budget b = new Budget(); // defaults: no limits, interruptible
        b.begin();
        b.charge(100);
        Thread.currentThread().interrupt();
        int units = 0;
        try {
            for (int search = 0; search < 10; search++) {
                b.begin(); // short searches: the countdown carries on
                for (int i = 0; i < 1000; i++) {
                    units++;
                    b.tick();
                }
            }
            throw new AssertionError("interrupt not noticed");
        } catch (MatchAbortedException e) {
            assertEquals(Reason.INTERRUPTED, e.reason());
            assertTrue(units <= Budget.CHECK_INTERVAL, "noticed after " + units + " units");
            assertTrue(Thread.currentThread().isInterrupted());
        }
    }

    @Test
    void nothingCheckedWhenNothingIsLimited() {
        Budget b = new Budget();
        b.configure(-1, -1, false);
        Thread.currentThread().interrupt();
        b.begin();
        for (int i = 0; i < 1_000_000; i++) {
            b.tick();
        }
        b.charge(1L << 40);
        assertTrue(Thread.interrupted());
    }

    @Test
    void pikeCacheAndDfaScratchReusableAfterAbort() {
        String re = "(a+)+(b|c)";
        Strategy st = Strategy.compile(Parser.parse(re, 0));
        String text = "a".repeat(20_000) + "c";
        int[] want = new int[6];
        PikeVM vm = new PikeVM(st.program());
        assertTrue(vm.search(SearchInput.of(text), 0, Anchor.UNANCHORED, want, vm.newCache()));
        for (boolean pikeOnly : new boolean[] {true, false}) {
            Strategy.Scratch scratch = st.newScratch();
            PikeVM.Cache pikeCache = vm.newCache();
            pikeCache.budget = scratch.budget();
            for (long max = 1; max < 100_000; max = max * 3 + 1) {
                scratch.budget().configure(-1, max, true);
                int[] got = new int[6];
                try {
                    boolean found = pikeOnly
                            ? vm.search(SearchInput.of(text), 0, Anchor.UNANCHORED, got, pikeCache)
                            : st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, got, scratch);
                    assertTrue(found);
                    assertArrayEquals(want, got);
                } catch (MatchAbortedException e) {
                    assertEquals(Reason.WORK_LIMIT, e.reason());
                }
                // The same scratch, no limits: the full, right answer.
                scratch.budget().configure(-1, -1, true);
                int[] again = new int[6];
                assertTrue(pikeOnly
                        ? vm.search(SearchInput.of(text), 0, Anchor.UNANCHORED, again, pikeCache)
                        : st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, again, scratch));
                assertArrayEquals(want, again, "after an abort at budget " + max);
            }
        }
    }
}
