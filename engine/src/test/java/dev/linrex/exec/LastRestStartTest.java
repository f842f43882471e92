package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * The groups of a long match of {@code (?s).*R…} come from its tail: the reverse DFA stops at
 * the last place {@code R} matches up to the match end, and the capture engine runs from there,
 * so the work is the tail's length, not the match's (counted in steps, not time).
 */
class LastRestStartTest {
    private static final String FRUIT =
            "(?is).*\\b(apples?.*for banana|cherry.*dates?|elderberry lists?|fig lists?|grape lists?)\\b.*";
    private static final String BODY = "Here are the apples to show for banana in this session. ";

    @Test
    void theGroupsOfALongMatchCostItsTailOnly() {
        Strategy st = Strategy.compile(Parser.parse(FRUIT, 0));
        String text = BODY.repeat(2000); // 114,000 units
        SearchInput in = SearchInput.of(text);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[4];
        assertEquals(Strategy.MATCH_BOUNDS, st.searchLazily(in, 0, Anchor.UNANCHORED, slots, scratch));
        long before = scratch.steps();
        st.deferredCaptures(in, slots[0], slots[1], slots, scratch);
        int last = text.lastIndexOf("apples");
        assertArrayEquals(new int[] {0, text.length(), last, text.lastIndexOf("banana") + 6}, slots);
        long work = scratch.steps() - before;
        assertTrue(work < 2000, work + " steps for the groups");
    }

    @Test
    void aRestMatchingOnlyNearTheStartStaysLinear() {
        Strategy st = Strategy.compile(Parser.parse("(?s).*(\\d+)(.*)", 0));
        int[] perUnit = new int[2];
        for (int k = 0; k < 2; k++) {
            String text = "7" + "x".repeat(10_000 << (2 * k));
            SearchInput in = SearchInput.of(text);
            Strategy.Scratch scratch = st.newScratch();
            int[] slots = new int[6];
            assertTrue(st.search(in, 0, Anchor.UNANCHORED, slots, scratch));
            assertArrayEquals(new int[] {0, text.length(), 0, 1, 1, text.length()}, slots);
            perUnit[k] = (int) (scratch.steps() / text.length());
        }
        assertTrue(perUnit[1] <= perUnit[0] + 1, "steps per unit grew: " + perUnit[0] + " -> " + perUnit[1]);
    }

    @Test
    void theLastStartIsTheLargestAndShortOrHeadSpansAreLeftAlone() {
        Strategy st = Strategy.compile(Parser.parse("(?s).*(\\d+)", 0));
        String text = "a1" + "x".repeat(100) + "22";
        SearchInput in = SearchInput.of(text);
        Strategy.Scratch scratch = st.newScratch();
        LazyDfa reverse = st.reverseDfa();
        assertEquals(text.length() - 1, LastRestStart.of(reverse, in, 0, text.length(), scratch)); // "2", not "22"
        assertEquals(-1, LastRestStart.of(reverse, in, 60, text.length(), scratch)); // up to MIN_SPAN units
        assertEquals(-1, LastRestStart.of(reverse, in, 1, 2, scratch));
        String head = "5" + "x".repeat(100);
        // No place from which the rest reaches the end of the span: the scan finds nothing.
        assertEquals(LazyDfa.NO_MATCH, reverse.searchReverseEarliest(SearchInput.of(head), 0, head.length(), scratch.rev));
    }
}
