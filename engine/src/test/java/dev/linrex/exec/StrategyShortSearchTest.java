package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link Strategy}'s engine choice for short searches ({@link ShortSearchPolicy}): the backtracker
 * until the pattern's short searches have cost more than building the DFAs would, then the DFAs
 * when no group is wanted now; the backtracker again when callers keep asking for deferred groups
 * or a DFA gives up. Whatever runs, the answer is the Pike VM's.
 */
class StrategyShortSearchTest {
    private static final String[] PATTERNS = {
        "(?:x+){1,99}y", "(x+)+y", "(a+)+$", "^(.*a){12}$", "a?a?a?aaa", ".+@.+\\..+", "(a|ab)(c|bcd)(d*)",
        "^((a|ab)(bc|c))*$", "[a-zA-Z]+", "\\b\\w+\\b", "(?m)^\\s*(\\w+)=(.*)$", "a*", "(?i)key\\w+", "x*$", "(?:\\r\\n|\\n)+",
    };
    private static final String[] TEXTS = {
        "", "x".repeat(30), "x".repeat(29) + "y", "a".repeat(30) + "!", "a".repeat(40), "abcd abc bcd", "@.a@.a!",
        "abcabcabca", "TheQuickBrownFox jumps", " key=value\nother = x \r\n", "KEYWORD keyword", "xx\n", "\n\r\n\n",
    };

    @Test
    void aPatternUsedOnceOnAShortTextNeverBuildsItsDfas() {
        Strategy st = Strategy.compile(Parser.parse("(?:x+){1,99}y", 0));
        Strategy.Scratch scratch = st.newScratch();
        assertFalse(st.search(SearchInput.of("x".repeat(30)), 0, Anchor.BOTH, new int[2], scratch));
        assertTrue(scratch.backtrackSteps() > 0);
        assertEquals(0, st.dfaBytesUsed());
    }

    @Test
    void repeatedShortSearchesMoveToTheDfasOnceTheBacktrackerHasSpentEnough() {
        Strategy st = Strategy.compile(Parser.parse("(?:x+){1,99}y", 0));
        Strategy.Scratch scratch = st.newScratch();
        SearchInput in = SearchInput.of("x".repeat(30));
        int searches = 0;
        long before;
        long perSearch = 0;
        do {
            before = scratch.backtrackSteps();
            assertFalse(st.search(in, 0, Anchor.BOTH, new int[2], scratch));
            searches++;
            if (scratch.backtrackSteps() > before) {
                perSearch = scratch.backtrackSteps() - before;
            }
        } while (scratch.backtrackSteps() > before && searches < 100);
        // 300 instructions: 16 steps per instruction is a few searches of ~1,300 steps each.
        assertTrue(searches <= 10, "searches on the backtracker: " + searches);
        long dfa = scratch.dfaSteps();
        assertTrue(dfa > 0);
        assertFalse(st.search(in, 0, Anchor.BOTH, new int[2], scratch));
        assertEquals(before, scratch.backtrackSteps());
        long warm = scratch.dfaSteps() - dfa;
        assertTrue(warm >= 30 && 10 * warm < perSearch, "warm DFA search " + warm + " steps, backtracker " + perSearch);
    }

    @Test
    void groupsWantedNowStayOnTheBacktracker() {
        Strategy st = Strategy.compile(Parser.parse("(a+)+$", 0));
        st.shortSearchPolicy().note(Integer.MAX_VALUE);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[4];
        assertTrue(st.search(SearchInput.of("baaa"), 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals("[1, 4, 1, 4]", Arrays.toString(slots));
        assertEquals(0, scratch.dfaSteps());
        assertEquals(Strategy.MATCH_BOUNDS, st.searchLazily(SearchInput.of("baaa"), 0, Anchor.UNANCHORED, slots, scratch));
        assertTrue(scratch.dfaSteps() > 0);
    }

    @Test
    void callersThatAskForDeferredGroupsGetThemFromTheBacktrackerInOnePass() {
        Strategy st = Strategy.compile(Parser.parse("(\\w+)=(\\w*)", 0));
        st.shortSearchPolicy().note(Integer.MAX_VALUE);
        Strategy.Scratch scratch = st.newScratch();
        SearchInput in = SearchInput.of("  key=value ");
        int[] slots = new int[6];
        int lazy = 0;
        for (int i = 0; i < 20; i++) {
            int r = st.searchLazily(in, 0, Anchor.UNANCHORED, slots, scratch);
            if (r == Strategy.MATCH_BOUNDS) {
                lazy++;
                st.deferredCaptures(in, slots[0], slots[1], slots, scratch);
            } else {
                assertEquals(Strategy.MATCH, r);
            }
            assertEquals("[2, 11, 2, 5, 6, 11]", Arrays.toString(slots));
        }
        assertTrue(lazy >= 1 && lazy <= ShortSearchPolicy.CAPTURES_WANTED, "deferred " + lazy + " times");
        long dfa = scratch.dfaSteps();
        assertEquals(Strategy.MATCH, st.searchLazily(in, 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals(dfa, scratch.dfaSteps());
    }

    @Test
    void aDfaThatGaveUpOnAShortSearchSendsShortSearchesBackToTheBacktracker() {
        ShortSearchPolicy policy = new ShortSearchPolicy();
        assertFalse(policy.warm(10));
        policy.note(ShortSearchPolicy.WARM_STEPS_MIN - 1);
        assertFalse(policy.warm(10));
        policy.note(1);
        assertTrue(policy.warm(10));
        assertTrue(policy.warm(1000)); // once warm, whatever the size
        policy.dfaGaveUp();
        assertFalse(policy.warm(10));
    }

    @Test
    void aCostlyBacktrackerSendsEvenSearchesThatWantGroupsToTheDfas() {
        ShortSearchPolicy cheap = new ShortSearchPolicy();
        cheap.note(ShortSearchPolicy.WARM_STEPS_MIN, ShortSearchPolicy.WARM_STEPS_MIN);
        assertFalse(cheap.costly(10), "one step per unit");
        ShortSearchPolicy costly = new ShortSearchPolicy();
        costly.note(ShortSearchPolicy.WARM_STEPS_MIN / 2, 100);
        assertFalse(costly.costly(10), "not warm yet");
        costly.note(ShortSearchPolicy.WARM_STEPS_MIN / 2, 100);
        assertTrue(costly.costly(10));
        costly.dfaGaveUp();
        assertFalse(costly.costly(10));

        // A large alternation tried at every start of each line: after a warm-up its short
        // searches, groups wanted or not, run on the DFAs with the groups taken on each match.
        StringBuilder re = new StringBuilder();
        for (int k = 14; k >= 5; k--) {
            re.append(k < 14 ? "|" : "").append("(\\p{L}{").append(k).append("})");
        }
        Strategy st = Strategy.compile(Parser.parse(re.toString(), 0));
        Strategy.Scratch scratch = st.newScratch();
        PikeVM vm = new PikeVM(st.program());
        PikeVM.Cache cache = vm.newCache();
        String line = "abc defgh ijklmnopqrstuvwxyz ab cdefghi jk lmnopqrs";
        SearchInput in = SearchInput.of(line);
        int[] slots = new int[st.program().slotCount];
        int[] exp = new int[st.program().slotCount];
        for (int i = 0; i < 300; i++) {
            for (int from = 0; from <= line.length(); from += 7) {
                Arrays.fill(exp, -1);
                boolean e = vm.search(in, from, Anchor.UNANCHORED, exp, cache);
                assertEquals(e, st.search(in, from, Anchor.UNANCHORED, slots, scratch));
                if (e) {
                    assertEquals(Arrays.toString(exp), Arrays.toString(slots));
                }
            }
        }
        assertTrue(st.shortSearchPolicy().costly(st.program().size()));
        long bt = scratch.backtrackSteps();
        long dfa = scratch.dfaSteps();
        assertTrue(st.search(in, 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals("[4, 9]", Arrays.toString(Arrays.copyOf(slots, 2)));
        assertTrue(scratch.dfaSteps() > dfa, "the DFAs found the match");
        assertTrue(scratch.backtrackSteps() - bt <= 20, "groups on the 5-unit span: " + (scratch.backtrackSteps() - bt));
        assertEquals(0, st.inconsistencies());
    }

    @Test
    void captureDemandFollowsWhatCallersDo() {
        ShortSearchPolicy policy = new ShortSearchPolicy();
        for (int i = 0; i < ShortSearchPolicy.CAPTURES_WANTED; i++) {
            policy.capturesDeferred();
            policy.capturesAsked();
        }
        assertTrue(policy.capturesWanted());
        for (int i = 0; i < 20; i++) {
            policy.capturesDeferred();
        }
        assertFalse(policy.capturesWanted());
    }

    /** Short searches on warm DFAs, with groups deferred and then computed, agree with the Pike VM. */
    @Test
    void warmShortSearchesAgreeWithThePikeVm() {
        for (String re : PATTERNS) {
            Strategy st = Strategy.compile(Parser.parse(re, 0));
            st.shortSearchPolicy().note(Integer.MAX_VALUE);
            Strategy.Scratch scratch = st.newScratch();
            PikeVM vm = new PikeVM(st.program());
            PikeVM.Cache cache = vm.newCache();
            int asked = 0;
            for (String text : TEXTS) {
                SearchInput in = SearchInput.of(text);
                for (Anchor anchor : Anchor.values()) {
                    for (int from = 0; from <= Math.min(2, text.length()); from++) {
                        int[] exp = new int[st.program().slotCount];
                        int[] act = new int[st.program().slotCount];
                        Arrays.fill(exp, -1);
                        boolean e = vm.search(in, from, anchor, exp, cache);
                        int r = st.searchLazily(in, from, anchor, act, scratch);
                        String where = re + " on " + text + " " + anchor + " from " + from;
                        assertEquals(e, r != Strategy.NO_MATCH, where);
                        // Ask for every third match's groups: the demand stays low and the
                        // DFAs keep answering (groups asked always would move to the backtracker).
                        boolean ask = r == Strategy.MATCH_BOUNDS && asked++ % 3 == 0;
                        if (ask) {
                            st.deferredCaptures(in, act[0], act[1], act, scratch);
                        }
                        if (e && (ask || r == Strategy.MATCH)) {
                            assertEquals(Arrays.toString(exp), Arrays.toString(act), where);
                        } else if (e) {
                            assertEquals(exp[0] + "," + exp[1], act[0] + "," + act[1], where);
                        }
                        assertEquals(cache.hitEnd(), scratch.hitEnd(), where);
                        assertEquals(cache.requireEnd(), scratch.requireEnd(), where);
                    }
                }
            }
            // (A single class, alone or repeated, is searched unanchored by ClassRunSearch: no DFA is needed.)
            Ast.Root root = Parser.parse(re, 0);
            assertTrue(scratch.dfaSteps() > 0 || ClassRunSearch.of(root.node(), st.program()) != null, re);
            assertEquals(0, st.inconsistencies(), re);
        }
    }
}
