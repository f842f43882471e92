package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@link Backtracker} must report exactly the {@link PikeVM}'s match and slots (latched
 * groups and empty-iteration rules included) for every anchor, start, span end and region, and
 * must stay within its visited-set bound of program size x span steps.
 */
class BacktrackerTest {
    /** Patterns whose captures depend on java.util.regex's loop rules (GroupCurly latching, empty iterations). */
    static final String[] CAPTURE_PATTERNS = {
        "(a){2,3}", "(ab|a){1,3}", "((a)|b){2,4}c", "(a|ab)(c|bcd)(d*)", "(a*)*b", "(a?){2,}", "((a)|(b))*",
        "(?:(a)|b)+?", "(\\w+)\\s(\\w+)", "([a-c])*(c)", "(?i)(ab)+", "(a)|(b)|(ab)", "x(a|)+y", "(\\d{2})-(\\d{2})",
    };

    @Test
    void agreesWithPikeVmOnTheDfaCorpus() {
        int checked = 0;
        for (String re : DfaAgreementTest.PATTERNS) {
            for (int mode : new int[] {0, DfaTestSupport.MULTILINE | DfaTestSupport.UNICODE}) {
                checked += check(DfaTestSupport.parse(re, mode), re, DfaAgreementTest.TEXTS);
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    @Test
    void agreesWithPikeVmOnCaptureRules() {
        String[] texts = {"", "a", "aa", "aaa", "aab", "abab", "abcd", "ab ab", "ba bc", "12-34", "xay", "xaay", "xy", "ABab"};
        for (String re : CAPTURE_PATTERNS) {
            check(Parser.parse(re, 0), re, texts);
        }
    }

    @Test
    void agreesWithPikeVmOnRandomPatterns() {
        Random rnd = new Random(7_2026);
        String[] atoms = {"a", "b", ".", "[ab]", "\\b", "^", "$", "(a)", "(b?)", "(a|b)"};
        String[] quants = {"", "", "*", "+", "?", "{0,2}", "{1,3}", "*?", "+?", "{2}"};
        char[] units = {'a', 'b', ' ', '\n'};
        for (int i = 0; i < 300; i++) {
            String re = DfaAgreementTest.randomRegex(rnd, atoms, quants, 2);
            String[] texts = new String[3];
            for (int t = 0; t < texts.length; t++) {
                StringBuilder sb = new StringBuilder();
                for (int k = rnd.nextInt(8); k > 0; k--) {
                    sb.append(units[rnd.nextInt(units.length)]);
                }
                texts[t] = sb.toString();
            }
            check(Parser.parse(re, 0), re, texts);
        }
    }

    /**
     * A search clears only the visited words the last search set: whatever instruction consumed
     * the units there (RANGE, CLASS or DISPATCH), a later search on the same cache must not see
     * them as visited.
     */
    @Test
    void aReusedCacheForgetsWhatTheLastSearchVisited() {
        for (String re : new String[] {"\\p{L}+x", "[a-zé]+x", "(?:a|é)+x", "[^ ]+x"}) {
            dev.linrex.nfa.Program prog = dev.linrex.nfa.Compiler.compile(Parser.parse(re, 0));
            Backtracker bt = new Backtracker(prog);
            Backtracker.Cache cache = bt.newCache();
            String miss = "é".repeat(60);
            String hit = "é".repeat(30) + "x";
            int[] slots = new int[2];
            assertFalse(bt.search(SearchInput.of(miss), 0, miss.length(), Anchor.UNANCHORED, slots, cache), re);
            assertTrue(bt.search(SearchInput.of(hit), 0, hit.length(), Anchor.UNANCHORED, slots, cache), re);
            assertEquals("[0, 31]", Arrays.toString(slots), re);
            assertTrue(bt.search(SearchInput.of(hit), 5, hit.length(), Anchor.START, slots, cache), re);
            assertEquals("[5, 31]", Arrays.toString(slots), re);
        }
    }

    @Test
    void workIsBoundedByProgramTimesSpan() {
        dev.linrex.nfa.Program prog = dev.linrex.nfa.Compiler.compile(Parser.parse("(a|aa)*(a|aa)*(a|aa)*c", 0));
        Backtracker bt = new Backtracker(prog);
        Backtracker.Cache cache = bt.newCache();
        String text = "a".repeat(2000);
        assertTrue(bt.fits(0, text.length()));
        assertFalse(bt.search(SearchInput.of(text), 0, text.length(), Anchor.UNANCHORED, new int[2], cache));
        assertTrue(cache.steps() <= (long) prog.size() * (text.length() + 1), "steps " + cache.steps());
    }

    /**
     * A SPLIT whose preferred branch cannot begin with the unit at hand goes straight to the other
     * branch: a lazy loop costs about one step per unit of its body (plus the loop's SPLIT), not a
     * failed exit with its push and pop; and the answers stay the Pike VM's.
     */
    @Test
    void aPreferredBranchThatCannotBeginHereIsSkipped() {
        dev.linrex.nfa.Program prog = dev.linrex.nfa.Compiler.compile(Parser.parse("a(.*?) \\{([^}]*)\\}", 0));
        Backtracker bt = new Backtracker(prog);
        Backtracker.Cache cache = bt.newCache();
        String text = "a" + "x".repeat(1000) + " {" + "y".repeat(1000) + "}";
        int[] slots = new int[prog.slotCount];
        assertTrue(bt.search(SearchInput.of(text), 0, text.length(), Anchor.BOTH, slots, cache));
        assertEquals("[0, 2004, 1, 1001, 1003, 2003]", Arrays.toString(slots));
        // Two steps per unit in each loop (its SPLIT and its body), where skipping no branch costs four in the lazy one.
        assertTrue(cache.steps() <= 2L * text.length() + 20, "steps " + cache.steps());
        String[] texts = {"", "a {}", "ax {} {}", "a {x} {y}", "a  { }", "ab{ {}}", "a x {{}", "a\n {}"};
        for (String re : new String[] {"a(.*?) \\{([^}]*)\\}", "(a+?)(b*?)c", "(?:x|(a)*?)b", "((?:\\[[^\\]]*?\\]|\\([^)]*?\\)): )*(.*?)$",
            "(.*?)(\\b|x)\\{", "(a??)(a*)", "(?s)(.*?)(\\{)"}) {
            check(Parser.parse(re, 0), re, texts);
        }
    }

    /**
     * A branch that needs more units than are left before the span end is not taken: the groups
     * of a 7-letter match of {@code (\\p{L}{14})|...|(\\p{L}{5})} cost about the 7 letters, not a
     * try of each longer alternative first.
     */
    @Test
    void aBranchThatCannotFitInTheSpanIsNotTaken() {
        StringBuilder re = new StringBuilder();
        for (int k = 14; k >= 5; k--) {
            re.append(k < 14 ? "|" : "").append("(\\p{L}{").append(k).append("})");
        }
        dev.linrex.nfa.Program prog = dev.linrex.nfa.Compiler.compile(Parser.parse(re.toString(), 0));
        Backtracker bt = new Backtracker(prog);
        Backtracker.Cache cache = bt.newCache();
        String text = "\u0434\u0435\u0439\u0441\u0442\u0432\u0443";
        int[] slots = new int[prog.slotCount];
        assertTrue(bt.search(SearchInput.of(text), 0, text.length(), Anchor.BOTH, slots, cache));
        assertEquals(0, slots[0]);
        assertEquals(7, slots[1]);
        assertEquals(0, slots[2 * 8]); // group 8 is \p{L}{7}
        assertTrue(cache.steps() <= 40, "steps " + cache.steps());
        String[] texts = {"", "abcd", "abcde", "abcdefg", "abcdefghijklmnopq", "ab cdefgh ij", "\u0434\u0435\u0439\u0441\u0442\u0432\u0443"};
        for (String p : new String[] {"(\\p{L}{6})|(\\p{L}{3})", "(a{3})|(a{2})|(a)", "(abc|a)(bc)?d", "x(?:ab){2,}|x(ab)", "(a*)bcd|(.)"}) {
            check(Parser.parse(p, 0), p, texts);
        }
    }

    /**
     * One-unit loops ({@code .*}, {@code [^"]*}, lazy ones) run over ASCII units in a tight inner loop; the
     * answers (non-ASCII units, surrogate pairs, exits, visited positions met again from another
     * start) stay the Pike VM's, and the work stays two steps per unit of each loop.
     */
    @Test
    void oneUnitLoopsRunTightAndAgree() {
        String[] texts = {"", "x", "ax\"b\"c", "\"\u00e9\"x", "a\ud83d\ude00b\"x\" y", "ab\nab x", "\"\"\"", "aaab aab",
            "q \"a b\" \"c\u00e9d\" r", "x\u00e9x\u00e9xyx", "abc abc abcx"};
        for (String re : new String[] {"(?s)(.*)x(.*)", "\"([^\"]*)\"", "(.*)\\b(\\w+)", "a*ab", "(?s).*\\b(ab|x)\\b.*", "([^ ]*) ([^ ]*)",
            "(?:.*x)*", "[a-c]*(c|x)", "(\\w*)(\\W*)x", "(.*?)(.*)x", "\"([^\"]*?)\"", "(\\w*?)(b|\\u00e9)", "(?s)(.*?)x\\b", "(.*?)(?:.*?)\"$"}) {
            check(Parser.parse(re, 0), re, texts);
        }
        dev.linrex.nfa.Program prog = dev.linrex.nfa.Compiler.compile(Parser.parse("(?s).*\\b(ab|x)\\b.*", 0));
        Backtracker bt = new Backtracker(prog);
        Backtracker.Cache cache = bt.newCache();
        String text = "ab ".repeat(1000) + "y".repeat(3000);
        int[] slots = new int[prog.slotCount];
        assertTrue(bt.search(SearchInput.of(text), 0, text.length(), Anchor.BOTH, slots, cache));
        assertEquals("[0, 6000, 2997, 2999]", Arrays.toString(slots));
        assertTrue(cache.steps() <= 4L * text.length(), "steps " + cache.steps()); // both loops, 2 per unit
    }

    /**
     * In a search that must end at the span end, a branch that reaches MATCH without consuming
     * ({@code $} after {@code (.+)}) is pushed only at the end: a long line keeps the stack at
     * its first size. A new cache then starts at the size the deepest search so far needed, so
     * a Matcher per line does not grow a stack every line. The answers stay the Pike VM's.
     */
    @Test
    void aBranchThatOnlyEndsHereIsPushedOnlyAtTheEnd() {
        dev.linrex.nfa.Program prog = dev.linrex.nfa.Compiler.compile(Parser.parse("(\\w+) - (.+)$", 0));
        Backtracker bt = new Backtracker(prog);
        Backtracker.Cache cache = bt.newCache();
        String text = "abc - " + "x".repeat(2000);
        int[] slots = new int[prog.slotCount];
        assertTrue(bt.search(SearchInput.of(text), 0, text.length(), Anchor.BOTH, slots, cache));
        assertEquals("[0, 2006, 0, 3, 6, 2006]", Arrays.toString(slots));
        assertEquals(Backtracker.Cache.PRESIZED_STACK, cache.stack.length, "no frame pushed per unit");
        // Unanchored at the end, the exit is tried at each unit: the stack grows, and the next cache starts there.
        assertTrue(bt.search(SearchInput.of("abc - " + "x".repeat(100)), 0, 106, Anchor.START, slots, cache));
        int grown = cache.stack.length;
        assertTrue(grown > Backtracker.Cache.PRESIZED_STACK && grown <= Backtracker.MAX_STACK_HINT, "stack " + grown);
        Backtracker.Cache next = bt.newCache();
        assertTrue(bt.search(SearchInput.of("a - b"), 0, 5, Anchor.BOTH, slots, next));
        assertEquals(grown, next.stack.length);
        String[] texts = {"", "a - b", "a - b\n", "a - b\r\n", "a -  \n\n", "a - \u00e9x", "ab - - c"};
        for (String re : new String[] {"(\\w+) - (.+)$", "(.*)\\z", "(.+?)$", "(a|.+)(?:$)", "(.*)(\\b)$", "(?m)(.+)$"}) {
            check(Parser.parse(re, 0), re, texts);
        }
    }

    private static int check(dev.linrex.syntax.Ast.Root root, String re, String[] texts) {
        dev.linrex.nfa.Program prog = dev.linrex.nfa.Compiler.compile(root);
        PikeVM vm = new PikeVM(prog);
        PikeVM.Cache pc = vm.newCache();
        Backtracker bt = new Backtracker(prog);
        Backtracker.Cache bc = bt.newCache();
        int n = prog.slotCount;
        int checked = 0;
        for (String text : texts) {
            for (SearchInput in : DfaAgreementTest.regions(text)) {
                for (Anchor anchor : Anchor.values()) {
                    for (int from = in.regionStart; from <= in.regionEnd; from++) {
                        for (int end : new int[] {(from + in.regionEnd) / 2, in.regionEnd}) {
                            int[] exp = new int[n];
                            int[] act = new int[n];
                            Arrays.fill(exp, -1);
                            Arrays.fill(act, -1);
                            boolean e = vm.search(in, from, end, anchor, exp, pc);
                            boolean a = bt.search(in, from, end, anchor, act, bc);
                            String where = re + " on \"" + DfaTestSupport.escape(text) + "\" region [" + in.regionStart + ","
                                    + in.regionEnd + ") t=" + in.transparentBounds + " a=" + in.anchoringBounds + " " + anchor
                                    + " from " + from + " end " + end;
                            assertEquals(DfaTestSupport.describe(e, exp), DfaTestSupport.describe(a, act), where);
                            checked++;
                        }
                    }
                }
            }
        }
        return checked;
    }

    /**
     * One cache reused over searches of different spans and reach (so the next reset clears only
     * the visited words the last search touched, or all of them when it touched too many) must
     * answer exactly as a fresh cache does each time.
     */
    @Test
    void reusedCacheClearsWhatTheLastSearchVisited() {
        Random rnd = new Random(77);
        for (String re : new String[] {"(\\p{L}{5})|(\\p{L}{3})", "(a|b)*c", "(\\w+)\\s(\\w+)", "x(a|)+y", ".*[^A-Z]|[A-Z]"}) {
            dev.linrex.nfa.Program p = dev.linrex.nfa.Compiler.compile(Parser.parse(re, 0));
            Backtracker bt = new Backtracker(p);
            Backtracker.Cache reused = bt.newCache();
            String alphabet = "abcxyAZ \u0434\u00e9";
            for (int i = 0; i < 400; i++) {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(i % 7 == 0 ? 90 : 12);
                for (int j = 0; j < len; j++) {
                    sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                SearchInput in = SearchInput.of(text);
                int from = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1);
                Anchor anchor = Anchor.values()[rnd.nextInt(Anchor.values().length)];
                int[] expected = new int[p.slotCount];
                int[] got = new int[p.slotCount];
                boolean e = bt.search(in, from, text.length(), anchor, expected, bt.newCache());
                boolean g = bt.search(in, from, text.length(), anchor, got, reused);
                assertEquals(e, g, re + " on " + text + " from " + from + " " + anchor);
                if (e) {
                    assertEquals(Arrays.toString(expected), Arrays.toString(got), re + " on " + text);
                }
            }
        }
    }
}
