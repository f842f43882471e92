package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Parser;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OnePass} must accept the patterns where one thread at a time can go on, refuse the
 * others, and for every accepted pattern report exactly the {@link PikeVM}'s match and slots for
 * the searches it serves (START; BOTH on any span end; unanchored by attempts at each start, when
 * it does not give up), on every region and bounds.
 */
class OnePassTest {
    static final String[] ONE_PASS = {
        "abc", "(a)(b)(c)", "([0-9]+)-([0-9]+)-([0-9]+)", "^(?:GET|POST) +([^ ]+) HTTP",
        "^/api/v[0-9]+/(users|orders|inventory)/([A-Za-z0-9_-]+)(?:\\?.*)?$",
        "(?i)\\b(password|token|secret)=([^\\s&]+)", "^([a-zA-Z]+)://([^:/]+):([0-9]+)$",
        "(\\w+)=(\\w+);(\\w+)=(\\w+)", "(a*)*", "(a*)+", "(?:(a)|b)+", "x(a|)+y", "(a){2,3}", "((a)|b){2,4}c",
        "(a?){2,}", "((a)|(b))*", "(a+|b+)*c", "a*?b", "\\bfoo\\b", "(?m)^(\\w+):$", "(\\p{L}+) (\\d+)",
    };

    static final String[] NOT_ONE_PASS = {
        "(a|ab)(c|bcd)(d*)", "\\s+-\\s+(.+)$", "(a*)a", "(\\w+)\\s(\\w+)?\\w", "([A-Za-z0-9_.$]+)\\.([a-z]+)",
        "(?m)(?:^|,)(?:\"([^\"]*)\"|([^,\\r\\n]+))", "(?=a)a", "a|ab", "\\R",
    };

    @Test
    void recognisesOnePassPatterns() {
        for (String re : ONE_PASS) {
            assertNotNull(OnePass.of(Compiler.compile(Parser.parse(re, 0))), re);
        }
        for (String re : NOT_ONE_PASS) {
            assertNull(OnePass.of(Compiler.compile(Parser.parse(re, 0))), re);
        }
    }

    @Test
    void aTableOverTheLimitIsRefused() {
        // {n} copies of a class are distinct states: past MAX_CELLS the engine is not built.
        assertNull(OnePass.of(Compiler.compile(Parser.parse("[a-z0-9_]{2000}[0-9a-f]{1500}", 0))));
        assertNotNull(OnePass.of(Compiler.compile(Parser.parse("[a-z0-9_]{300}[0-9a-f]{200}", 0))));
    }

    @Test
    void agreesWithPikeVmOnFixedPatterns() {
        String[] texts = {"", "a", "aa", "aab", "abab", "ab ab", "xay", "xaay", "xy", "12-34-56", "1-2-3x",
            "GET /index.html HTTP/1.1", "POST  /a HTTP", "/api/v1/users/bob?x=1", "/api/v22/orders/a_b",
            "2024-01-02T03:04:05Z INFO svc.a - done\n", "password=abc&token=x y", "PassWord=q", "http://h:80",
            "k=v;k2=v2", "foo bar", "key:\nx:", "\u00e9t\u00e9 42", "aaabbbc", "bbbc", "ac"};
        int checked = 0;
        for (String re : ONE_PASS) {
            for (int flags : new int[] {0, java.util.regex.Pattern.MULTILINE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS}) {
                checked += check(Parser.parse(re, flags), re, texts);
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    @Test
    void agreesWithPikeVmOnTheDfaCorpus() {
        int onePass = 0;
        for (String re : DfaAgreementTest.PATTERNS) {
            for (int flags : new int[] {0, DfaTestSupport.MULTILINE | DfaTestSupport.UNICODE}) {
                if (check(DfaTestSupport.parse(re, flags), re, DfaAgreementTest.TEXTS) > 0) {
                    onePass++;
                }
            }
        }
        assertTrue(onePass > 20, "one-pass corpus patterns " + onePass);
    }

    @Test
    void agreesWithPikeVmOnRandomPatterns() {
        Random rnd = new Random(2026_12_01);
        String[] atoms = {"a", "b", "c", ".", "[ab]", "\\b", "^", "$", "(a)", "(b?)", "(a|b)", "(c|)", "\\B"};
        String[] quants = {"", "", "*", "+", "?", "{0,2}", "{1,3}", "*?", "+?", "{2}", "??"};
        char[] units = {'a', 'b', 'c', ' ', '\n'};
        int onePass = 0;
        for (int i = 0; i < 2000; i++) {
            String re = DfaAgreementTest.randomRegex(rnd, atoms, quants, 2);
            String[] texts = new String[4];
            for (int t = 0; t < texts.length; t++) {
                StringBuilder sb = new StringBuilder();
                for (int k = rnd.nextInt(8); k > 0; k--) {
                    sb.append(units[rnd.nextInt(units.length)]);
                }
                texts[t] = sb.toString();
            }
            dev.linrex.syntax.Ast.Root root;
            try {
                root = Parser.parse(re, 0);
            } catch (dev.linrex.UnsupportedPatternException e) {
                continue; // a construct linrex rejects (not this engine's concern)
            }
            if (check(root, re, texts) > 0) {
                onePass++;
            }
        }
        assertTrue(onePass > 200, "one-pass random patterns " + onePass);
    }

    @Test
    void theAnalysisStopsPastItsWorkBound() {
        // 2,000 one-unit alternatives joining one target: every consumer would try every class.
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < 2000; i++) {
            sb.append(i == 0 ? "" : "|").append((char) (0x4e00 + 2 * i));
        }
        Program wide = Compiler.compile(Parser.parse(sb.append(")x").toString(), 0));
        assertTrue(wide.size() < OnePass.MAX_PROGRAM, "program " + wide.size());
        assertNull(OnePass.of(wide));
        assertNotNull(OnePass.of(Compiler.compile(Parser.parse("(?:a|c|e|g|i)x", 0))));
    }

    @Test
    void anUnanchoredSearchGivesUpPastTheBacktrackersBound() {
        Program prog = Compiler.compile(Parser.parse("(a*)b", 0));
        OnePass op = OnePass.of(prog);
        OnePass.Cache cache = op.newCache();
        int[] slots = new int[4];
        String miss = "a".repeat(100);
        // Every start reads to the end: quadratic, so it stops at program size x span steps.
        assertEquals(OnePass.GAVE_UP, op.find(SearchInput.of(miss), 0, miss.length(), slots, cache));
        assertTrue(cache.steps() <= (long) prog.size() * (miss.length() + 1) + miss.length(), "steps " + cache.steps());
        String hit = "xx" + "a".repeat(50) + "b";
        assertEquals(1, op.find(SearchInput.of(hit), 0, hit.length(), slots, cache));
        assertEquals("[2, 53, 2, 52]", Arrays.toString(slots));
        assertEquals(0, op.find(SearchInput.of("xyz"), 0, 3, slots, cache));
    }

    @Test
    void aSelfLoopRunIsChargedAndCheckedUnitByUnit() {
        // [0-9]+ runs on its self-loop (SelfLoops.skip): each unit still counts one step, and a
        // work limit stops the run at the same unit as a unit-at-a-time scan, String or not.
        Program prog = Compiler.compile(Parser.parse("x[0-9]+y", 0));
        OnePass op = OnePass.of(prog);
        String text = "x" + "7".repeat(20_000) + "y";
        for (CharSequence t : new CharSequence[] {text, new StringBuilder(text)}) {
            OnePass.Cache cache = op.newCache(new Budget());
            int[] slots = new int[2];
            assertTrue(op.search(SearchInput.of(t), 0, t.length(), Anchor.BOTH, slots, cache));
            assertEquals("[0, 20002]", Arrays.toString(slots));
            assertEquals(t.length(), cache.steps());
            for (long max : new long[] {0, 1, 4095, 4096, 4097, 12_345}) {
                Budget b = new Budget();
                b.configure(-1, max, false);
                b.begin();
                OnePass.Cache limited = op.newCache(b);
                dev.linrex.MatchAbortedException e = org.junit.jupiter.api.Assertions.assertThrows(
                        dev.linrex.MatchAbortedException.class,
                        () -> op.search(SearchInput.of(t), 0, t.length(), Anchor.BOTH, new int[2], limited));
                assertEquals(max + 1, e.work(), "limit " + max);
            }
        }
    }

    /** Checks every search on every region of every text; 0 if the pattern is not one-pass. */
    private static int check(dev.linrex.syntax.Ast.Root root, String re, String[] texts) {
        Program prog = Compiler.compile(root);
        OnePass op = OnePass.of(prog);
        if (op == null) {
            return 0;
        }
        PikeVM vm = new PikeVM(prog);
        PikeVM.Cache pc = vm.newCache();
        OnePass.Cache oc = op.newCache(new Budget());
        int checked = 0;
        for (String text : texts) {
            for (SearchInput in : DfaAgreementTest.regions(text)) {
                for (Anchor anchor : Anchor.values()) {
                    for (int from = in.regionStart; from <= in.regionEnd; from++) {
                        for (int end = from; end <= in.regionEnd; end++) {
                            if (anchor != Anchor.BOTH && end != in.regionEnd) {
                                continue;
                            }
                            for (int want : new int[] {prog.slotCount, 2}) {
                                int[] exp = new int[want];
                                int[] act = new int[want];
                                Arrays.fill(exp, -1);
                                Arrays.fill(act, -1);
                                boolean e = vm.search(in, from, end, anchor, exp, pc);
                                boolean a;
                                if (anchor == Anchor.UNANCHORED) {
                                    int r = op.find(in, from, end, act, oc);
                                    if (r == OnePass.GAVE_UP) {
                                        continue; // the caller then runs the backtracker
                                    }
                                    a = r == 1;
                                } else {
                                    a = op.search(in, from, end, anchor, act, oc);
                                }
                                assertEquals(DfaTestSupport.describe(e, exp), DfaTestSupport.describe(a, act),
                                        re + " on \"" + DfaTestSupport.escape(text) + "\" region [" + in.regionStart + ","
                                                + in.regionEnd + ") t=" + in.transparentBounds + " a="
                                                + in.anchoringBounds + " " + anchor + " from " + from + " end " + end);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        return checked;
    }
}
