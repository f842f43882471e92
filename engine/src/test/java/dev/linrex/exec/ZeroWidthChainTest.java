package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * Which patterns are searched as a row of checks ({@link ZeroWidthChain}), and that a find loop
 * over them stays linear. Agreement with the reference and the JDK is checked by
 * LookaroundFastPathTest and LookaroundDifferentialTest.
 */
class ZeroWidthChainTest {
    private static ZeroWidthChain of(String pattern) {
        return ZeroWidthChain.of(Strategy.compile(Parser.parse(pattern, 0)).program());
    }

    @Test
    void rowsOfChecksQualify() {
        for (String p : new String[] {"\\B(?=(\\d{3})+(?!\\d))", "(?<=\\$)(?=\\d)", "(?=a)", "\\b(?!x)\\b", "(?=(a))"}) {
            assertNotNull(of(p), p);
        }
    }

    @Test
    void othersDoNot() {
        for (String p : new String[] {"(?=a)a", "(?=a)|\\b", "(?=a)?", "x(?=a)"}) {
            assertNull(of(p), p);
        }
    }

    @Test
    void findLoopIsLinear() {
        Strategy s = Strategy.compile(Parser.parse("\\B(?=(\\d{3})+(?!\\d))", 0));
        long[] steps = new long[2];
        int[] counts = new int[2];
        for (int k = 0; k < 2; k++) {
            String text = "$1234567 and 89, ".repeat(2_000 << k) + "9".repeat(3_000 << k);
            SearchInput in = SearchInput.of(text);
            Strategy.Scratch scratch = s.newScratch();
            int[] slots = new int[2];
            int from = 0;
            while (from <= text.length() && s.search(in, from, Anchor.UNANCHORED, slots, scratch)) {
                counts[k]++;
                from = slots[1] + 1;
            }
            steps[k] = scratch.steps();
        }
        assertEquals(2 * 2_000 + 999, counts[0]);
        assertTrue(steps[0] > 20_000, "the work is counted: " + steps[0]);
        assertTrue(steps[1] <= 2.2 * steps[0], "steps " + steps[0] + " then " + steps[1] + " for twice the input");
    }
}
