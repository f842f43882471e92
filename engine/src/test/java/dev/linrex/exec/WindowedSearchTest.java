package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Parser;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MaxUnits} and {@link WindowedSearch}: bounded-length patterns whose lazy DFA thrashes
 * switch to one anchored run per start, and their answers stay java.util.regex's; the windowed
 * backtracker agrees too, with work linear in the input (counted in steps).
 */
class WindowedSearchTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "abc => 3", "a|bc => 2", "a* => -1", "(?:ab)+c => -1", "a{3,5} => 5", "\\pL => 2", "x\\b => 1",
        "^$ => 0", "(a|)b => 2", "[a-q][^u-z]{13}x => 28", "\\p{L}{14}|\\p{L}{5} => 28",
        "\\b(?:(\\w{6})|(\\w{5}))\\b => 6", "(?:abc|d)e{2} => 5", "a{0,40} => 40", "a{0,41} => -1"})
    void mostUnits(String re, int expected) {
        assertEquals(expected, MaxUnits.of(Compiler.compile(Parser.parse(re, 0)), 40), re);
    }

    /** A small DFA budget: the unanchored DFA of {@code [a-q][^u-z]{13}x} thrashes on letters. */
    private static final long SMALL_BUDGET = 64 * 1024;

    private static String words(Random rnd, int n) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz     ,.ABC\u00e9";
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            int r = rnd.nextInt(1000);
            if (r == 0) {
                sb.append("\uD83D\uDE00"); // a surrogate pair
            } else if (r == 1) {
                sb.append('\uDC00'); // a lone low surrogate
            } else {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a-q][^u-z]{13}x", "([a-q])([^u-z]{6})[^u-z]{7}[xyz]", "[a-q][^u-z]{11}(x|y\\b)"})
    void aThrashingDfaSwitchesAndAnswersStayTheJdks(String re) {
        Strategy st = Strategy.compile(Parser.parse(re, 0), SMALL_BUDGET);
        java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(re);
        Random rnd = new Random(re.hashCode());
        for (int round = 0; round < 4; round++) {
            String text = words(rnd, 60_000);
            assertSameFinds(st, jdk, text, round % 2);
        }
        WindowedSearch ws = st.windowedSearch();
        assertNotNull(ws, re);
        assertTrue(ws.preferred(), re + ": the DFA cache thrashed but the pattern did not switch");
        assertEquals(0, st.inconsistencies());
    }

    /** Finds with all groups (from {@code from0}) against java.util.regex. */
    private static void assertSameFinds(Strategy st, java.util.regex.Pattern jdk, String text, int from0) {
        java.util.regex.Matcher m = jdk.matcher(text);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[2 * (st.groupCount() + 1)];
        int from = from0;
        int found = 0;
        boolean jdkFound = m.find(from0);
        while (st.search(SearchInput.of(text), from, Anchor.UNANCHORED, slots, scratch)) {
            assertTrue(jdkFound, "linrex found a match at " + slots[0] + " the JDK did not");
            for (int g = 0; g <= st.groupCount(); g++) {
                assertEquals(m.start(g), slots[2 * g], "start of group " + g + " of match " + found);
                assertEquals(m.end(g), slots[2 * g + 1], "end of group " + g + " of match " + found);
            }
            found++;
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
            jdkFound = m.find();
        }
        assertFalse(jdkFound, "the JDK found a match at " + (jdkFound ? m.start() : -1) + " linrex did not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a-q][^u-z]{13}x", "\\b(?:(\\w{6})|(\\w{5}))\\b", "(a|ab)(c|bcd)(d{0,2})?",
        "(?:\\p{L}{3}|\\pN)\\b", "(x?){4}y", "((a)|b){2,3}", "$|a{3}", "(?i)k[^u]{2}", "[\\x{1F600}-\\x{1F607}]{2}a"})
    void theWindowedBacktrackerFindsThePikeVmsMatches(String re) {
        Program prog = Compiler.compile(Parser.parse(re, 0));
        int window = MaxUnits.of(prog, WindowedSearch.MAX_WORK_PER_START);
        assertTrue(window >= 0, re);
        Backtracker bt = new Backtracker(prog);
        PikeVM pike = new PikeVM(prog);
        Random rnd = new Random(re.hashCode());
        Backtracker.Cache bc = bt.newCache();
        PikeVM.Cache pc = pike.newCache();
        for (int round = 0; round < 200; round++) {
            String text = words(rnd, rnd.nextInt(300)).replace('.', 'x');
            SearchInput in = SearchInput.of(text);
            for (int from = 0; from <= text.length(); from += 1 + rnd.nextInt(7)) {
                int[] want = new int[prog.slotCount];
                int[] got = new int[prog.slotCount];
                boolean w = pike.search(in, from, text.length(), Anchor.UNANCHORED, want, pc);
                boolean g = bt.searchWindows(in, from, text.length(), window, got, bc);
                assertEquals(w, g, re + " on " + text + " from " + from);
                if (w) {
                    assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(got),
                            re + " on " + text + " from " + from);
                }
            }
        }
    }

    /** Work per start is bounded by the program size times the window: the whole search is linear. */
    @Test
    void windowedBacktrackerWorkIsLinear() {
        String re = "(?:a|ab|abc){1,5}(?:b|c)*?d{0,3}e";
        Program prog = Compiler.compile(Parser.parse(re, 0));
        int window = MaxUnits.of(prog, WindowedSearch.MAX_WORK_PER_START);
        assertEquals(-1, window, "a lazy star is unbounded");
        re = "(?:a|ab|abc){1,5}(?:b|c){0,6}?d{0,3}e";
        prog = Compiler.compile(Parser.parse(re, 0));
        window = MaxUnits.of(prog, WindowedSearch.MAX_WORK_PER_START);
        assertTrue(window > 0, re);
        Backtracker bt = new Backtracker(prog);
        long last = 0;
        for (int n = 4_000; n <= 64_000; n *= 2) {
            String text = "abcabcab".repeat(n / 8); // no e: every start fails after exploring its window
            Backtracker.Cache bc = bt.newCache();
            assertFalse(bt.searchWindows(SearchInput.of(text), 0, text.length(), window, new int[2], bc));
            assertTrue(bc.steps() <= (long) n * prog.size() * (window + 1), "steps " + bc.steps());
            if (last > 0) {
                assertTrue(bc.steps() <= 2.2 * last, "steps " + last + " -> " + bc.steps() + " for n = " + n);
            }
            last = bc.steps();
        }
    }

    /** The anchored runs read at most a window per start (plus the start scan): linear DFA work. */
    @Test
    void anchoredRunsReadAtMostAWindowPerStart() {
        String re = "[a-q][^u-z]{13}x";
        Strategy st = Strategy.compile(Parser.parse(re, 0), SMALL_BUDGET);
        WindowedSearch ws = st.windowedSearch();
        assertNotNull(ws);
        long last = 0;
        for (int n = 8_000; n <= 128_000; n *= 2) {
            String text = "abcdefghij".repeat(n / 10); // candidates everywhere, no x
            Strategy.Scratch scratch = st.newScratch();
            LazyDfa.Scratch sc = st.forwardDfa().newScratch(scratch);
            long r = ws.dfaFind(st.forwardDfa(), sc, SearchInput.of(text), 0);
            assertEquals(LazyDfa.NO_MATCH, r);
            assertTrue(sc.steps() <= (long) n * (ws.window() + 2) + 100_000, "steps " + sc.steps());
            if (last > 0) {
                assertTrue(sc.steps() <= 2.2 * last, "steps " + last + " -> " + sc.steps() + " for n = " + n);
            }
            last = sc.steps();
        }
    }

    @Test
    void unboundedOrCostlyPatternsHaveNoWindowedSearch() {
        assertNull(WindowedSearch.of(Compiler.compile(Parser.parse("[a-q][^u-z]+x", 0)), null));
        assertNull(WindowedSearch.of(Compiler.compile(Parser.parse("\\p{L}{1000}", 0)), null));
        assertNull(WindowedSearch.of(Compiler.compile(Parser.parse("a(?=b)", 0)), null));
        assertNotNull(WindowedSearch.of(Compiler.compile(Parser.parse("\\p{L}{4}", 0)), null));
    }
}
