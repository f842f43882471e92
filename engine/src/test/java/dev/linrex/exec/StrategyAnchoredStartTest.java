package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link Strategy}'s shortcut for anchored attempts: when the unit at the start cannot begin any
 * match, the search fails without running an engine, and its answer (including the hit-end and
 * require-end flags computed later) is still the Pike VM's.
 */
class StrategyAnchoredStartTest {
    private static final String[] PATTERNS = {"^(.+)", "(.+)", "\\d+-\\d+", "^(?:GET|POST) +([^ ]+)", "[é-ê]x", "a*b"};
    private static final String[] TEXTS = {"\nabc", "abc", "12-34", "x12-34", "GET /a", "", "\n", "éx", "ax", "b"};

    @Test
    void anchoredAttemptsThatCannotBeginAgreeWithThePikeVm() {
        for (String re : PATTERNS) {
            Strategy st = Strategy.compile(Parser.parse(re, 0));
            PikeVmOracle oracle = new PikeVmOracle(st);
            for (String text : TEXTS) {
                SearchInput in = SearchInput.of(text + "y".repeat(200)); // long: past the backtracker's shortcut
                for (Anchor anchor : new Anchor[] {Anchor.START, Anchor.BOTH}) {
                    for (int from : new int[] {0, 1}) {
                        String where = re + " on " + text + " " + anchor + " from " + from;
                        oracle.assertSameSearch(in, from, anchor, st.program().slotCount, where);
                    }
                }
            }
        }
    }

    @Test
    void aUnitNoMatchBeginsWithEndsTheAttemptWithoutAnEngine() {
        Strategy st = Strategy.compile(Parser.parse("^(.+)", 0));
        Strategy.Scratch scratch = st.newScratch();
        String text = "\n" + "abc".repeat(100);
        assertEquals(false, st.search(SearchInput.of(text), 0, Anchor.BOTH, new int[2], scratch));
        assertEquals(0, scratch.steps());
        assertEquals(0, st.dfaBytesUsed()); // the DFAs were not even built
    }
}
