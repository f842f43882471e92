package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forward DFA's start-state skip ({@link StartSkip}) and the reverse search it bounds
 * ({@code LazyDfa.Scratch.lastEmpty}): work counted, answers compared with the Pike VM.
 */
class StartSkipTest {
    private static StartSkip skipOf(String re) {
        Program p = Compiler.compile(Parser.parse(re, 0));
        return StartSkip.of(p, MinUnits.of(p));
    }

    @Test
    void onlyFewFirstUnitsOrOneNarrowRangeAreWorthASkip() {
        assertNotNull(skipOf("[\\x{1F600}-\\x{1F607}]")); // one high surrogate
        assertNotNull(skipOf("[\\u4e00-\\u9fa5]{3,}")); // one CJK range
        assertNotNull(skipOf("<<!(image|media)")); // one unit
        assertNotNull(skipOf("(?i)k")); // k, K and the Kelvin sign? three at most
        assertNull(skipOf("\\pL")); // thousands of units
        assertNull(skipOf("[a-z]+")); // an ASCII range: the DFA is as fast
        assertNull(skipOf("a*")); // may match empty: every position can start a match
        assertEquals(9, skipOf("[\\x{1F600}-\\x{1F607}]").next("abc def g\uD83D\uDE00", 0, 11));
        assertEquals(-1, skipOf("[\\x{1F600}-\\x{1F607}]").next("abc def g\uD83D\uDE00", 0, 9));
        assertEquals(2, skipOf("[\\u4e00-\\u9fa5]{3,}").next(new StringBuilder("ab\u4e2d\u6587"), 0, 4));
    }

    @Test
    void theSkipReadsNoFurtherThanItsLimitWhenTheTextGoesOnFarBeyond() {
        StartSkip skip = skipOf("[\\x{1F600}-\\x{1F607}]");
        String text = "ab" + "x".repeat(100_000) + "\uD83D\uDE00";
        assertEquals(-1, skip.next(text, 0, 2));
        // Counted with a CharSequence that records the furthest unit read.
        int[] furthest = {-1};
        CharSequence probe = new CharSequence() {
            @Override public int length() { return text.length(); }
            @Override public char charAt(int i) { furthest[0] = Math.max(furthest[0], i); return text.charAt(i); }
            @Override public CharSequence subSequence(int s, int e) { return text.subSequence(s, e); }
            @Override public String toString() { return text; }
        };
        assertEquals(-1, skip.next(probe, 0, 2));
        assertTrue(furthest[0] < 2, "read up to " + furthest[0]);
        assertEquals(100_002, skip.next(text, 0, text.length()));
    }

    @Test
    void anEmojiSearchStepsOnlyOverTheEmoji() {
        Strategy st = Strategy.compile(Parser.parse("[\\x{1F600}-\\x{1F607}]", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "Today is a beautiful day with warm sunshine. ".repeat(200) + "\uD83D\uDE07 end";
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[2];
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals(9000, slots[0]);
        assertEquals(9002, slots[1]);
        // All 9000 units before the emoji are skipped by the scan, none stepped by the DFA; the
        // match is as short as any (2 units), so no reverse scan.
        assertEquals(8999, scratch.fwd.skipped()); // from position 1: the first is next to the edge
        assertTrue(scratch.fwd.steps() - scratch.fwd.skipped() < 20, "steps " + scratch.fwd.steps());
        assertTrue(scratch.rev == null || scratch.rev.steps() == 0);
        assertEquals(0, st.inconsistencies());
    }

    @Test
    void theReverseSearchStartsNoEarlierThanTheLastThreadlessPosition() {
        // [a-z]+1: the forward search has no thread alive at each space, so the reverse search for
        // the start of "xyz1" reads "xyz1" only, not the 15,000 units before it.
        Strategy st = Strategy.compile(Parser.parse("[a-z]+1", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "ab ".repeat(5000) + "xyz1";
        int[] slots = new int[2];
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, st.newScratch())); // builds the states
        Strategy.Scratch scratch = st.newScratch();
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals(15000, slots[0]);
        assertTrue(scratch.rev.steps() <= 5, "reverse steps " + scratch.rev.steps());
    }

    @Test
    void matchesAsShortAsAnyNeedNoReverseSearch() {
        Strategy st = Strategy.compile(Parser.parse("\\pL", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "The quick brown fox, \uD835\uDC00 jumps.";
        int[] slots = new int[2];
        for (int from = 0; st.search(SearchInput.of(text), from, Anchor.UNANCHORED, slots, st.newScratch()); ) {
            from = slots[1]; // builds the states
        }
        Strategy.Scratch scratch = st.newScratch();
        int from = 0;
        int found = 0;
        java.util.regex.Matcher jdk = java.util.regex.Pattern.compile("\\pL").matcher(text);
        while (st.search(SearchInput.of(text), from, Anchor.UNANCHORED, slots, scratch)) {
            assertTrue(jdk.find());
            assertEquals(jdk.start(), slots[0]);
            assertEquals(jdk.end(), slots[1]);
            from = slots[1];
            found++;
        }
        assertTrue(!jdk.find());
        assertEquals(22, found);
        // Only the supplementary letter (2 units, longer than the shortest match) needs a reverse run.
        assertTrue(scratch.rev != null && scratch.rev.steps() <= 3, "reverse steps " + (scratch.rev == null ? 0 : scratch.rev.steps()));
    }

    @Test
    void aPatternBeginningWithDotStarAllRunsAnchoredWithoutAReverseScan() {
        Strategy st = Strategy.compile(Parser.parse("(?s).*\\b(apples?.*for banana|fig lists?)\\b.*", 0),
                LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "Here are the apples to show for banana in this session. ".repeat(100);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[4];
        assertTrue(st.search(SearchInput.of(text), 3, Anchor.UNANCHORED, slots, scratch));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s).*\\b(apples?.*for banana|fig lists?)\\b.*")
                .matcher(text);
        assertTrue(m.find(3));
        assertEquals(m.start(), slots[0]);
        assertEquals(m.end(), slots[1]);
        assertEquals(m.start(1), slots[2]);
        assertEquals(m.end(1), slots[3]);
        // No reverse scan for the start; the groups' one (LastRestStart) stops at the last apple.
        assertTrue(scratch.rev != null && scratch.rev.searches() == 1, "one reverse scan, for the groups");
        assertEquals(1, scratch.fwd.searches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?s).*\\bfoo\\b.*", "(?s).*?x", "[\\s\\S]*y(z)", "(?s)(.*)a", "(?s).*$", "(?s).*\\z",
        "(?s).*"})
    void dotStarPatternsAgreeWithThePikeVm(String re) {
        String[] texts = {"", "a", "foo", "x foo y\nfoo", "yz\nyz", "\uD83D\uDE00a", "aaa\r\n", "\nx\n"};
        Strategy st = Strategy.compile(Parser.parse(re, 0), LazyDfa.DEFAULT_CACHE_BYTES);
        DfaAgreementTest.check(st, re, 0, texts);
    }

    /** Patterns whose first units a skip finds, on texts with those units at the edges and inside. */
    @ParameterizedTest
    @ValueSource(strings = {"[\\x{1F600}-\\x{1F607}]", "[\\x{1F600}-\\x{1F64F}]+", "[\\u4e00-\\u9fa5]{3,}",
        "[\\u4E00-\\u9FFF]+\\d+", "\\b[\\u4e00-\\u9fa5]", "(?m)^\\u4e2d", "x\\b|y", "(?i)k\\w", "[\\u4e00-\\u9fa5]$"})
    void answersAgreeWithThePikeVm(String re) {
        String[] texts = {"", "a", "\u4e2d", "\u4e2d\u6587\u6d4b", "ab \u4e2d\u6587\u6d4b\u8bd5 12", "\u4e2d\u6587\u6d4b42",
            "x\uD83D\uDE00y\uD83D\uDE07", "\uD83D\uDE00", "\uDE00\uD83D", "\uD83D", "x y\nxk Kk", "\n\u4e2d\n\u4e2d\u4e2d",
            "k\u212a"};
        Strategy st = Strategy.compile(Parser.parse(re, 0), LazyDfa.DEFAULT_CACHE_BYTES);
        DfaAgreementTest.check(st, re, 0, texts);
        DfaAgreementTest.check(st, re, 0, texts);
    }
}
