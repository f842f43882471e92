package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * Which patterns search for their leading lookbehind's string ({@link LeadingLookbehind}), that
 * this path answers as the general one does, and that a find loop on it stays linear, also when
 * the rest reads far past each start. Agreement with java.util.regex (regions, bounds) is checked
 * by LookaroundDifferentialTest (rows after "a leading lookbehind") and the fuzz properties.
 */
class LeadingLookbehindTest {

    @Test
    void fixedStringLookbehindFirstQualifies() {
        for (String p : new String[] {"(?<=\\$)\\d+(\\.\\d\\d)?", "(?<=ab)c", "(?<=a)(b|c)", "(?<=\\n)^x"}) {
            assertNotNull(LeadingLookbehind.of(Parser.parse(p, 0)), p);
        }
    }

    @Test
    void otherShapesDoNot() {
        for (String p : new String[] {"(?<!\\$)\\d", "(?<=[ab])c", "(?<=a|b)c", "(?<=(a))b", "(?<=a)b(?=c)", "(?<=a)",
            "x(?<=x)y", "(?<=a*)b", "(?<=\uD83D\uDE00)a", "(?i)(?<=a)b"}) {
            assertNull(LeadingLookbehind.of(Parser.parse(p, 0)), p);
        }
    }

    /** All matches of a find loop: start and end of each, and the steps counted. */
    private static long findAll(Strategy s, String text, StringBuilder out) {
        Strategy.Scratch scratch = s.newScratch();
        SearchInput in = SearchInput.of(text);
        int[] slots = new int[2 * (s.groupCount() + 1)];
        int from = 0;
        while (from <= text.length() && s.search(in, from, Anchor.UNANCHORED, slots, scratch)) {
            out.append(java.util.Arrays.toString(slots)).append(';');
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
        }
        return scratch.steps();
    }

    @Test
    void answersAsTheJdk() {
        String text = "$12.50 and $7 EUR 8 $$9.1 $.5 $3.999";
        StringBuilder got = new StringBuilder();
        findAll(Strategy.compile(Parser.parse("(?<=\\$)\\d+(\\.\\d\\d)?", 0)), text, got);
        StringBuilder want = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=\\$)\\d+(\\.\\d\\d)?").matcher(text);
        while (m.find()) {
            want.append('[').append(m.start()).append(", ").append(m.end()).append(", ").append(m.start(1)).append(", ")
                    .append(m.end(1)).append("];");
        }
        assertEquals(want.toString(), got.toString());
    }

    @Test
    void searchIsLinearWhenTheRestReadsFar() {
        // Each occurrence of x starts a run of the rest that reads to the end (there is no z): run
        // at every occurrence, one search would be quadratic; it gives up for good instead, and
        // the general search (linear for one search) answers.
        String p = "(?<=x)y[^z]*z";
        long[] steps = new long[2];
        for (int k = 0; k < 2; k++) {
            Strategy s = Strategy.compile(Parser.parse(p, 0));
            String text = "z" + "xy".repeat(20_000 << k); // (a z, so that the required-literal filter lets it run)
            Strategy.Scratch scratch = s.newScratch();
            assertFalse(s.search(SearchInput.of(text), 0, Anchor.UNANCHORED, new int[2], scratch));
            steps[k] = scratch.steps();
        }
        assertTrue(steps[0] >= 20_000, "the work is counted: " + steps[0]);
        assertTrue(steps[1] <= 2.3 * steps[0], "steps " + steps[0] + " then " + steps[1] + " for twice the input");
    }

    @Test
    void cheapRestKeepsThePath() {
        Strategy s = Strategy.compile(Parser.parse("(?<=\\$)\\d+(\\.\\d\\d)?", 0));
        LeadingLookbehind lb = LeadingLookbehind.of(Parser.parse("(?<=\\$)\\d+(\\.\\d\\d)?", 0));
        String text = "$123.45 for item 7, ".repeat(5_000);
        Strategy.Scratch scratch = s.newScratch();
        SearchInput in = SearchInput.of(text);
        int[] slots = new int[4];
        int from = 0;
        int n = 0;
        int r;
        while ((r = lb.search(in, from, Anchor.UNANCHORED, slots, scratch)) == 1) {
            n++;
            from = slots[1];
        }
        assertEquals(0, r);
        assertEquals(5_000, n);
        assertFalse(lb.costly());
    }
}
