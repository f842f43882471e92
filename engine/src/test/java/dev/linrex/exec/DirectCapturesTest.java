package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.MatchAbortedException;
import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectCaptures}: a long anchored search whose groups callers keep asking for runs on the
 * backtracker alone (no DFA pass), with the Pike VM's answer, until direct searches of the
 * pattern prove costly per unit; then the DFAs again.
 */
class DirectCapturesTest {
    private static final String LOG = "^([^ ]+ [^ ]+) ([DIWEF])[1234]: ((?:(?:\\[[^\\]]*?\\]|\\([^\\)]*?\\)): )*)(.*?) \\{([^\\}]*)\\}$";
    private static final String LINE = "2022/06/17 06:25:23 E4: [17936:1402(17998)]: (8fb0-c766): Error on [search-slave:8080]: "
            + "4 - Deadline Exceeded {/src/master/slaveclient.cc:getFuturesResults():160}";

    /** Searches the way a Matcher on a String does: groups deferred, then asked for. */
    private static int[] grep(Strategy st, String line, Strategy.Scratch scratch) {
        SearchInput in = SearchInput.of(line);
        int[] slots = new int[2 * (st.groupCount() + 1)];
        int r = st.searchLazily(in, 0, Anchor.UNANCHORED, slots, scratch);
        if (r == Strategy.NO_MATCH) {
            return null;
        }
        if (r == Strategy.MATCH_BOUNDS) {
            st.deferredCaptures(in, slots[0], slots[1], slots, scratch);
        }
        return slots;
    }

    @Test
    void aGrepThatReadsGroupsSkipsTheDfaPassOnceDemandIsSeen() {
        Strategy st = Strategy.compile(Parser.parse(LOG, 0));
        Strategy.Scratch scratch = st.newScratch();
        int[] want = new int[12];
        PikeVM vm = new PikeVM(st.program());
        assertTrue(vm.search(SearchInput.of(LINE), 0, Anchor.START, want, vm.newCache()));
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(want, grep(st, LINE, scratch));
        }
        long dfa = scratch.dfaSteps();
        long bt = scratch.backtrackSteps();
        assertArrayEquals(want, grep(st, LINE, scratch));
        assertEquals(dfa, scratch.dfaSteps(), "no DFA pass");
        assertTrue(scratch.backtrackSteps() - bt < 4L * LINE.length(), "one backtracking pass");
        // A line that does not match: no match, still on the backtracker.
        assertEquals(null, grep(st, LINE.replace('{', '<'), scratch));
        assertEquals(dfa, scratch.dfaSteps());
        assertFalse(st.directCapturesCostly());
    }

    @Test
    void aCostlyPatternGoesBackToTheDfas() {
        // Every unit is tried by many alternatives before the last one: far over 4 steps per unit.
        String re = "^(?:(a)|(a)|(a)|(a)|(a)|(a)|(a)|(a)|(a)|(b))*c";
        Strategy st = Strategy.compile(Parser.parse(re, 0));
        Strategy.Scratch scratch = st.newScratch();
        String line = "b".repeat(500) + "c";
        for (int i = 0; i < 30 && !st.directCapturesCostly(); i++) {
            assertTrue(grep(st, line, scratch) != null);
        }
        assertTrue(st.directCapturesCostly());
        long bt = scratch.backtrackSteps();
        long dfa = scratch.dfaSteps();
        int[] slots = grep(st, line, scratch);
        assertEquals(line.length(), slots[1]);
        assertTrue(scratch.dfaSteps() > dfa, "the DFA pass is back");
        assertTrue(scratch.backtrackSteps() > bt, "the groups from the span");
    }

    @Test
    void thePolicyJudgesTheAverageAfterEnoughUnits() {
        DirectCaptures d = new DirectCaptures();
        ShortSearchPolicy demand = new ShortSearchPolicy();
        assertTrue(d.wanted(4, false, demand));
        assertFalse(d.wanted(2, false, demand), "no groups wanted");
        assertFalse(d.wanted(4, true, demand), "deferred groups nobody asked for");
        d.note(5 * 1000, 1000);
        assertFalse(d.costly(), "too few units to judge");
        d.note(3 * 1000, 1000);
        assertFalse(d.costly(), "4 steps per unit on average");
        d.note(1000, 48);
        assertTrue(d.costly());
        assertFalse(d.wanted(4, false, demand));
    }

    @Test
    void theBacktrackersOneUnitLoopsStillStopAtAWorkLimit() {
        Backtracker bt = new Backtracker(Strategy.compile(Parser.parse("^(.*?)x([^y]*)y", 0)).program());
        String text = "a".repeat(50_000);
        for (String t : new String[] {text, "x" + text}) {
            Budget budget = new Budget();
            budget.configure(-1, 10_000, true);
            Backtracker.Cache cache = bt.newCache(budget);
            budget.begin();
            MatchAbortedException e = assertThrows(MatchAbortedException.class,
                    () -> bt.search(SearchInput.of(t), 0, t.length(), Anchor.START, new int[6], cache));
            assertEquals(MatchAbortedException.Reason.WORK_LIMIT, e.reason());
        }
    }
}
