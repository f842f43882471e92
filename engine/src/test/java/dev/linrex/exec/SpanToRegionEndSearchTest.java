package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link Strategy}'s search for {@code (?s).*R(?s).*}: the forward DFA stops at the first match
 * end, so the work is the distance to the first occurrence of {@code R}, not the input length,
 * and the reported span is still the whole rest of the region.
 */
class SpanToRegionEndSearchTest {
    private static final String RE = "(?is).*\\b(you|your)\\b.*";

    @Test
    void theScanStopsAtTheFirstMatchEnd() {
        Strategy st = Strategy.compile(Parser.parse(RE, 0));
        String text = "What can I do for you today? ".repeat(4000); // 116,000 units
        SearchInput in = SearchInput.of(text);
        for (Anchor anchor : Anchor.values()) {
            Strategy.Scratch scratch = st.newScratch();
            int[] slots = {-1, -1};
            assertTrue(st.search(in, 0, anchor, slots, scratch), anchor.toString());
            assertArrayEquals(new int[] {0, text.length()}, slots, anchor.toString());
            assertTrue(scratch.steps() < 100, anchor + ": " + scratch.steps() + " steps");
        }
    }

    @Test
    void groupsAreThoseOfTheSpanAndNoMatchScansToTheEnd() {
        Strategy st = Strategy.compile(Parser.parse(RE, 0));
        String text = "you " + "x".repeat(300) + " YOUR " + "z".repeat(300);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[4];
        assertTrue(st.search(SearchInput.of(text), 2, Anchor.UNANCHORED, slots, scratch));
        int at = text.indexOf("YOUR");
        assertArrayEquals(new int[] {2, text.length(), at, at + 4}, slots); // the leading .* takes the most
        String none = "x".repeat(1000);
        int[] two = new int[2];
        assertEquals(false, st.search(SearchInput.of(none), 0, Anchor.UNANCHORED, two, scratch));
        assertTrue(scratch.hitEnd());
    }
}
