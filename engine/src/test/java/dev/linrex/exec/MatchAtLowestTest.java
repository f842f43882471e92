package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchAtLowest}: an unanchored DFA search whose match starts where the forward scan last
 * had no thread alive learns the start from a short anchored scan there, without the reverse DFA;
 * otherwise the reverse DFA still finds it, and every answer is the Pike VM's.
 */
class MatchAtLowestTest {
    @Test
    void aMatchAtTheLastThreadlessPlaceNeedsNoReverseRun() {
        Strategy st = Strategy.compile(Parser.parse("[\u4e00-\u9fa5]{3,}", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = ("\u8fd9\u662f\u4e00\u4e2a\u4e2d\u6587\u6d4b\u8bd5\u53e5\u5b50 ").repeat(1000);
        int[] slots = new int[2];
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, st.newScratch())); // builds the states
        Strategy.Scratch scratch = st.newScratch();
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        assertArrayEquals(new int[] {0, 10}, slots);
        assertNull(scratch.rev, "the reverse DFA did not run");
        // 11 units forward (the space ends the match), then 4 from the start: the fourth read
        // tells that a match ended after three.
        assertEquals(11 + 4, scratch.dfaSteps());
    }

    @Test
    void otherwiseTheReverseDfaFindsTheStart() {
        // Threads stay alive from "ab" on (the a of "aab" may start a match), so the forward scan's
        // last threadless place is before the real start.
        Strategy st = Strategy.compile(Parser.parse("a*ab|b", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "x".repeat(200) + "aab" + "y".repeat(200);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[2];
        assertTrue(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        assertArrayEquals(new int[] {200, 203}, slots);
        // \w[b-z]+ on "-aab-": a thread is alive from the first a on, but the match starts at the
        // second (no prefix literal, so the unanchored DFAs run).
        Strategy st2 = Strategy.compile(Parser.parse("\\w[b-z]+", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String t2 = "-".repeat(200) + "aab" + "-".repeat(200);
        assertTrue(st2.search(SearchInput.of(t2), 0, Anchor.UNANCHORED, slots, scratch = st2.newScratch()));
        assertArrayEquals(new int[] {201, 203}, slots);
        assertNotNull(scratch.rev, "the start came from the reverse DFA");
    }

    @Test
    void findLoopsAgreeWithThePikeVm() {
        String[] patterns = {"[\u4e00-\u9fa5]{3,}", "a*ab|b", "\\w+c", "a*", "(?:ab|a)(?:bc)?", "x?y?z?", "\\bfoo\\b|o+",
            "[a-c]+[b-d]+", "(a|ab)(c|bcd)"};
        String[] texts = {"\u8fd9\u662f\u4e00 \u4e2a\u4e2d\u6587\u6d4b\u8bd5 \u53e5\u5b50", "xaabyyabab", "ab-abc abcc c",
            "aaxaa", "abcabab", "xyzzyx", "foo foofoo oo", "abcdabcd dcba", "abcd abcbcd"};
        for (String re : patterns) {
            Strategy st = Strategy.compile(Parser.parse(re, 0), LazyDfa.DEFAULT_CACHE_BYTES);
            PikeVM vm = new PikeVM(st.program());
            PikeVM.Cache cache = vm.newCache();
            Strategy.Scratch scratch = st.newScratch();
            for (String t : texts) {
                String text = t.repeat(5);
                SearchInput in = SearchInput.of(text);
                for (int from = 0; from <= text.length(); from++) {
                    int[] exp = new int[2];
                    int[] act = new int[2];
                    Arrays.fill(exp, -1);
                    boolean e = vm.search(in, from, Anchor.UNANCHORED, exp, cache);
                    boolean a = st.search(in, from, Anchor.UNANCHORED, act, scratch);
                    String where = re + " on " + text + " from " + from;
                    assertEquals(e, a, where);
                    if (e) {
                        assertArrayEquals(exp, act, where);
                    }
                }
            }
            assertEquals(0, st.inconsistencies(), re);
        }
    }
}
