package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Transitions at the positions next to a region edge (the first, the last two, the end) use the
 * DFA cache when the assertions there hold exactly as at an interior position between the same
 * units ({@code LazyDfa.edgeNext}, {@code LazyDfa.atEnd}): a repeated search computes no closure,
 * and the answers stay the Pike VM's.
 */
class DfaEdgeCacheTest {

    /** DFA work of one search on a fresh scratch: units scanned plus closure instructions visited. */
    private static long dfaSteps(Strategy st, String text, int[] slots) {
        Strategy.Scratch scratch = st.newScratch();
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        return scratch.dfaSteps();
    }

    @Test
    void repeatedSearchOfALongStateComputesNoEdgeClosure() {
        // \p{L}{32,80} unanchored: up to 80 threads per state, and the pair-midpoint guard (an
        // assertion) makes every position next to an edge a candidate for an uncached closure.
        // (A match longer than MatchAtLowest.MAX_SPAN, so that the reverse DFA finds its start.)
        Strategy st = Strategy.compile(Parser.parse("\\p{L}{32,80}", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "\u03b4".repeat(80);
        int[] slots = new int[2];
        long first = dfaSteps(st, text, slots);
        assertEquals(0, slots[0]);
        assertEquals(80, slots[1]);
        long second = dfaSteps(st, text, slots);
        // 80 units forward, 80 back: nothing else once the states and their edge answers are cached.
        assertEquals(2 * 80, second, "first search took " + first);
        assertTrue(first > 3 * second, "the first search builds the states: " + first);
        assertEquals(0, st.fallbacks());
    }

    @Test
    void anEdgeTransitionUnlikeTheInteriorOneIsRememberedToo() {
        // ^ holds at the region start and nowhere inside: the first step of every search is not the
        // interior transition, and a repeated search takes it from the state's remembered edge step.
        Strategy st = Strategy.compile(Parser.parse("^a{2,5}$", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "a".repeat(1000);
        long[] steps = new long[3];
        for (int round = 0; round < 3; round++) {
            Strategy.Scratch scratch = st.newScratch();
            assertEquals(false, st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, new int[2], scratch));
            steps[round] = scratch.dfaSteps();
        }
        assertTrue(steps[0] > steps[1], "the first search builds the states: " + steps[0] + " vs " + steps[1]);
        assertEquals(steps[1], steps[2]);
        assertEquals(6, steps[2], "six units read, no closure");
        assertTrue(st.search(SearchInput.of("aaa"), 0, Anchor.UNANCHORED, new int[2], st.newScratch()));
        assertEquals(0, st.inconsistencies());
    }

    @Test
    void edgeAssertionsThatDifferFromTheInteriorAreStillEvaluated() {
        // $ holds only at the end: "foo" inside the text (cached interior transitions) is no
        // match, the same units at the end are.
        Strategy st = Strategy.compile(Parser.parse("foo$", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        int[] slots = new int[2];
        for (int round = 0; round < 3; round++) {
            Strategy.Scratch scratch = st.newScratch();
            assertTrue(st.search(SearchInput.of("foox foo foo"), 0, Anchor.UNANCHORED, slots, scratch));
            assertEquals(9, slots[0]);
            assertEquals(12, slots[1]);
            assertTrue(st.search(SearchInput.of("foo foo\n"), 0, Anchor.UNANCHORED, slots, scratch));
            assertEquals(4, slots[0]);
        }
        assertEquals(0, st.inconsistencies());
    }

    /** Patterns whose assertions hold differently at the edges, on texts that put the same units inside and at the edges. */
    @ParameterizedTest
    @ValueSource(strings = {"\\bfoo\\b", "foo$", "(?m)foo$", "\\Afoo", "foo\\z", "foo\\Z", "(?m)^foo", "o\\b",
        "\\Bo", "(?d)o$", "\\p{L}{3}", "[\\x{1F600}-\\x{1F64F}]", "\\w+$", "(?U)\\b\\w+\\b", "\\R"})
    void answersAgreeWithThePikeVmOnceTheCacheIsWarm(String re) {
        String[] texts = {"foo foo", "foo\n", "foo\r\nfoo\r\n", "xfoo foox", "foo", "oo o", "\u00e9foo\u00e9",
            "foo\uD83D\uDE00", "\uD83D\uDE00foo\uD83D\uDE00", "\r\n\r\n", "a\u0301foo"};
        Strategy st = Strategy.compile(Parser.parse(re, 0), LazyDfa.DEFAULT_CACHE_BYTES);
        // Twice: the second round runs on the states and edge answers the first one cached.
        DfaAgreementTest.check(st, re, 0, texts);
        DfaAgreementTest.check(st, re, 0, texts);
    }
}
