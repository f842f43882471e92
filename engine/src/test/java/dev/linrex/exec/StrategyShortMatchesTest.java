package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link Strategy}'s choice for an anchored search for group 0 over a long region when no match
 * of the pattern is longer than a short region: the one-pass scan, which stops within a few
 * units, instead of setting up the DFA. The answers (slots, hit-end, require-end) stay the Pike
 * VM's; a pattern with long matches still goes to the DFA.
 */
class StrategyShortMatchesTest {
    private static final String[] PATTERNS = {"^a{2,5}$", "a{2,5}", "^(?:GET|POST) [a-z]{1,8}", "\\d{4}-\\d{2}(?:-\\d{2})?$", "(?i)ab?c"};
    private static final String[] TEXTS = {"", "a", "aaa", "aaaaa", "aaaaaa", "GET abc", "POST x", "2026-12-02", "2026-12", "ABC", "a\n"};

    @Test
    void anchoredSearchesOfShortMatchesAgreeWithThePikeVm() {
        for (String re : PATTERNS) {
            PikeVmOracle oracle = new PikeVmOracle(Strategy.compile(Parser.parse(re, 0)));
            for (String text : TEXTS) {
                for (String tail : new String[] {"", "\n", "a".repeat(300), "\n" + "a".repeat(300)}) {
                    SearchInput in = SearchInput.of(text + tail);
                    for (Anchor anchor : new Anchor[] {Anchor.START, Anchor.BOTH}) {
                        for (int from : new int[] {0, 1}) {
                            if (from > in.regionEnd) {
                                continue;
                            }
                            String where = re + " on " + (text + tail).replace("\n", "\\n") + " " + anchor + " from " + from;
                            oracle.assertSameSearch(in, from, anchor, 2, where);
                        }
                    }
                }
            }
            assertEquals(0, oracle.scratch().dfaSteps(), re + ": no DFA for an anchored search of short matches");
        }
    }

    @Test
    void aLongRegionReadsOnlyTheUnitsAMatchCouldSpan() {
        Strategy st = Strategy.compile(Parser.parse("^a{2,5}$", 0));
        Strategy.Scratch scratch = st.newScratch();
        SearchInput in = SearchInput.of("a".repeat(10_000));
        assertEquals(Strategy.NO_MATCH, st.searchLazily(in, 0, Anchor.UNANCHORED, new int[2], scratch));
        assertEquals(0, scratch.dfaSteps());
        assertTrue(scratch.steps() <= 10, "steps " + scratch.steps());
        // Matches of any length: the long anchored search for group 0 is the DFA's.
        Strategy unbounded = Strategy.compile(Parser.parse("^a{2,}b", 0));
        Strategy.Scratch s2 = unbounded.newScratch();
        assertEquals(Strategy.NO_MATCH, unbounded.searchLazily(in, 0, Anchor.UNANCHORED, new int[2], s2));
        assertTrue(s2.dfaSteps() > 0);
    }
}
