package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Strategy's look for a literal set within {@link Strategy#NEAR_UNITS} of each search start adds at
 * most that many units to a search that misses: a find loop over matches further apart than the
 * window still charges work linear in the text (NearLiteralParityTest checks the answers). For
 * scale: with 90 units between matches the loop charged ~4.9 units per text unit without the look
 * (the required-literal filter's scans) and ~5.6 with it.
 */
class NearLiteralSearchTest {

    @Test
    void aFindLoopOverSparseMatchesChargesLinearWork() {
        for (String gap : new String[] {"x".repeat(90), "_".repeat(90), "Ke_y".repeat(25), " "}) {
            long small = findLoopWork(gap, 50_000);
            long large = findLoopWork(gap, 100_000);
            assertTrue(large <= 2.2 * small, gap.length() + " between matches: " + small + " then " + large + " units");
            assertTrue(large <= 8L * 100_000, gap.length() + " between matches: " + large + " units for 100,000");
        }
    }

    /** Units charged by a find loop of (?i)key_word over about {@code n} units of matches {@code gap} apart. */
    private static long findLoopWork(String gap, int n) {
        int copies = n / (8 + gap.length());
        int[] matches = new int[1];
        long work = FindLoop.work("(?i)key_word", ("kEy_wOrD" + gap).repeat(copies), (start, end) -> matches[0]++);
        assertEquals(copies, matches[0], "matches");
        return work;
    }
}
