package dev.linrex.exec;

import static dev.linrex.exec.DfaTestSupport.describe;
import static dev.linrex.exec.DfaTestSupport.escape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DFA path of {@link Strategy} (forward end, reverse start, captures on the span) must give
 * exactly the Pike VM's answer: every pattern x input x assertion flavour x region/bounds x
 * anchor x start position, with and without groups, plus hitEnd/requireEnd.
 */
class DfaAgreementTest {
    static final String[] TEXTS = {
        "", "a", "ab", "aab\nb", "foo food\r\nfoo", "\r\n", "\n\r", "a\r\nb\u0085c\u2028d\u2029e\n",
        "\u00e9a\u0301b c\u0301", "x\uD83D\uDE00y", "\uD83D", "\uDE00a\uD83D", "abcd", "xxxxy", "ababc",
        "  x  \n", "a\n", "a\r\n", "ba\r\nb\n\n", "_9 z\u00e9\u0660",
    };

    static final String[] PATTERNS = {
        "a*", "()*", "(())*", "(\\b)*", "(\\b)+", "(a?)*", "(a*)*", "(a?)*?b", "(a*)+", "(a*){2,3}",
        "(?:(a)|b)*", "((a?)*)*", "(a|b?)*", "(a?){3}", "(a?){3,}", "(a?b?)*c", "(a|ab)(c|bcd)(d*)",
        "(x+)+y", "(a|b)*?c", "a{2,3}?", "((a)|b)+", "(a*)+?", "(a*?)*", "(a*?)+?b", "((a*)b?)*", "(a|)+",
        "(|a)+", "(|a)*?b", "(a?){2,5}?c", "(?:a?){2,}", "$", "a$|b", "a$", "\\bfoo\\b", "[^a]", ".",
        "(a{0,2}){2}", "((a{0,2}){2})*", "(?:(a)|(b))+", "(a+|b+)*c", "(.*){3}x", "(\\s*)*$", "^", "^a",
        "^$", "$^", "(^|a)b", "a(?:$|b)", "\\z", "a\\z", "^.*$", ".*", ".*$", "(.)(.)", "\\d+", "[a-c]+",
        "\u00e9+", "\uD83D\uDE00", "[\uD83D\uDE00-\uD83D\uDE4F]", ".\\b.", "\\b", "\\B", "\\Bo", "\\b\\w",
        "(^|\\s)(\\S+)", "(?:^|b)$", "\n$", "$\n", "(\r|\n)^", "^(\n)?$", "a\u0301?\\b", "[^x]+\\b",
    };

    /** Flavours in which each assertion-bearing pattern is also run. */
    static final int[] MODES = {0, DfaTestSupport.MULTILINE, DfaTestSupport.UNIX_LINES,
        DfaTestSupport.MULTILINE | DfaTestSupport.UNIX_LINES, DfaTestSupport.UNICODE};

    /** Runs every combination for one compiled pattern; returns the number of searches checked. */
    static int checkPattern(String re, int mode, String[] texts) {
        return check(Strategy.compile(DfaTestSupport.parse(re, mode), LazyDfa.DEFAULT_CACHE_BYTES), re, mode, texts);
    }

    static int check(Strategy st, String re, int mode, String[] texts) {
        assertNotNull(st.forwardDfa(), "DFA should be built for " + re);
        PikeVM vm = new PikeVM(st.program());
        PikeVM.Cache cache = vm.newCache();
        Strategy.Scratch scratch = st.newScratch();
        int n = st.program().slotCount;
        int checked = 0;
        for (String text : texts) {
            for (SearchInput in : regions(text)) {
                for (Anchor anchor : Anchor.values()) {
                    for (int from = in.regionStart; from <= in.regionEnd; from++) {
                        int[] exp = new int[n];
                        boolean ef = vm.search(in, from, anchor, exp, cache);
                        boolean eHit = cache.hitEnd();
                        boolean eReq = cache.requireEnd();
                        String where = "/" + escape(re) + "/ mode " + mode + " on \"" + escape(text) + "\" region ["
                                + in.regionStart + "," + in.regionEnd + ") t=" + in.transparentBounds + " a="
                                + in.anchoringBounds + " " + anchor + " from " + from;
                        int[] got = new int[n];
                        boolean gf = st.search(in, from, anchor, got, scratch);
                        assertEquals(describe(ef, exp), describe(gf, got), where);
                        assertEquals(eHit, scratch.hitEnd(), "hitEnd " + where);
                        assertEquals(eReq, scratch.requireEnd(), "requireEnd " + where);
                        int[] span = new int[2];
                        boolean sf = st.search(in, from, anchor, span, scratch);
                        assertEquals(describe(ef, Arrays.copyOf(exp, 2)), describe(sf, span), "span " + where);
                        assertEquals(eHit, scratch.hitEnd(), "span hitEnd " + where);
                        assertEquals(eReq, scratch.requireEnd(), "span requireEnd " + where);
                        checked++;
                    }
                }
            }
        }
        assertEquals(0, st.inconsistencies(), "engines disagreed internally on /" + escape(re) + "/");
        return checked;
    }

    static List<SearchInput> regions(String text) {
        List<SearchInput> out = new ArrayList<>();
        out.add(SearchInput.of(text));
        if (text.length() >= 2) {
            for (int b = 0; b < 4; b++) {
                out.add(new SearchInput(text, 1, text.length() - 1, (b & 1) != 0, (b & 2) != 0));
            }
            out.add(new SearchInput(text, 2, text.length(), true, false));
        }
        return out;
    }

    static boolean hasAssertion(String re) {
        return re.contains("^") && !re.contains("[^") || re.contains("$") || re.contains("\\b")
                || re.contains("\\B") || re.contains("\\z") || re.contains("[^");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void agreesWithPikeVm(int modeIndex) {
        int mode = MODES[modeIndex];
        for (String re : PATTERNS) {
            if (mode != 0 && !hasAssertion(re)) {
                continue;
            }
            checkPattern(re, mode, TEXTS);
        }
    }

    /** Patterns through the real parser, with java.util.regex flags (inline). */
    @ParameterizedTest
    @ValueSource(strings = {
        "(?i)hello|world", "\\w+", "(?U)\\w+\\b", "\\p{L}+\\b", "(?m)^\\s*(\\w+)\\s*$", "(?s).+", "\\R{2}", "\\R?\\n", "\\R*\\r", "a\\R+?b",
        "(?d)(?m)^.*$",
        "(?m)$", "(?m)^", "(?dm)^$", "[^\\n]*\\r?\\n", "\\R", "(?i)stra\u00dfe", "\\b\\d{2,4}\\b", "(?U)\\b\u00e9\\w*",
        "\\Z", "\\z", "\\A\\w", "\\S+\\s\\S+", "[\\x{1F600}-\\x{1F64F}]+", "(?i)[a-z\u03b1-\u03c9]+", "(?d)$",
        "(?d)a$", "(?m)a$\\s*^b", "\\B\\w\\B", "(?U)\\B", "\\b", "(?iu)\u00c9T\u00c9", "[\\s\\S]", "(?m)(\\r\\n|\\n)$",
    })
    void realParserPatternsAgree(String re) {
        String[] texts = java.util.stream.Stream.concat(java.util.Arrays.stream(TEXTS), java.util.stream.Stream.of(
                "Hello World\r\n", "stra\u00dfe STRASSE", "\u00c9t\u00e9 \u03b1\u03b2\u03b3 12 2024 99999",
                "x\uD83D\uDE00\uD83D\uDE03y", "line1\nline2\r\n\r\nend", "\u2028\u2029\u0085\r"))
                .toArray(String[]::new);
        check(Strategy.compile(dev.linrex.syntax.Parser.parse(re, 0), LazyDfa.DEFAULT_CACHE_BYTES), re, 0, texts);
    }

    @Test
    void noFallbackWithoutWordBoundaries() {
        for (String re : new String[] {"(a|ab)(c|bcd)(d*)", "^.*$", "(\\s*)*$", "[\uD83D\uDE00-\uD83D\uDE4F]", "a$|b"}) {
            for (int mode : new int[] {0, DfaTestSupport.MULTILINE}) {
                Strategy st = Strategy.compile(DfaTestSupport.parse(re, mode), LazyDfa.DEFAULT_CACHE_BYTES);
                Strategy.Scratch scratch = st.newScratch();
                int[] slots = new int[st.program().slotCount];
                for (String text : TEXTS) {
                    SearchInput in = SearchInput.of(text);
                    for (int from = 0; from <= text.length(); from++) {
                        st.search(in, from, Anchor.UNANCHORED, slots, scratch);
                    }
                }
                assertEquals(0, st.fallbacks(), re);
                assertTrue(st.forwardDfa().statesBuilt() > 0, re);
            }
        }
    }

    @Test
    void wordBoundaryQuitsOnlyNearHardUnits() {
        // No literal prefix and no few first units (a prefilter or the DFA's StartSkip would
        // start at "foo", past the hard units): MiniParser reads \w as a plain "w".
        Strategy st = Strategy.compile(DfaTestSupport.parse("\\b[a-z]*foo\\b", 0), LazyDfa.DEFAULT_CACHE_BYTES);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[2];
        assertTrue(st.search(SearchInput.of("xx foo \u00e9t\u00e9 foo"), 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals(0, st.fallbacks());
        // A non-spacing mark next to a possible boundary: the DFA cannot decide, the Pike VM does.
        assertTrue(st.search(SearchInput.of("xx e\u0301 foo"), 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals(6, slots[0]);
        assertTrue(st.fallbacks() >= 1);
    }

    /** Random small patterns and inputs (fixed seed) over an alphabet rich in edge cases. */
    @Test
    void randomPatternsAgree() {
        Random rnd = new Random(20240611);
        String[] atoms = {"a", "b", ".", "[ab]", "[^a]", "\\b", "\\B", "^", "$", "\\z", "\\s", "\u00e9", "\n"};
        String[] quants = {"", "", "", "*", "+", "?", "{0,2}", "{1,2}", "*?", "+?", "??"};
        char[] units = {'a', 'b', ' ', '\n', '\r', '\u00e9', '\u0301', '\uD83D', '\uDE00', '_'};
        for (int i = 0; i < 400; i++) {
            String re = randomRegex(rnd, atoms, quants, 2);
            String[] texts = new String[4];
            for (int t = 0; t < texts.length; t++) {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(7);
                for (int k = 0; k < len; k++) {
                    sb.append(units[rnd.nextInt(units.length)]);
                }
                texts[t] = sb.toString();
            }
            checkPattern(re, MODES[rnd.nextInt(MODES.length)], texts);
        }
    }

    static String randomRegex(Random rnd, String[] atoms, String[] quants, int depth) {
        StringBuilder sb = new StringBuilder();
        int alts = 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
        for (int a = 0; a < alts; a++) {
            if (a > 0) {
                sb.append('|');
            }
            int len = 1 + rnd.nextInt(3);
            for (int k = 0; k < len; k++) {
                if (depth > 0 && rnd.nextInt(4) == 0) {
                    sb.append(rnd.nextBoolean() ? "(" : "(?:").append(randomRegex(rnd, atoms, quants, depth - 1)).append(')');
                } else {
                    sb.append(atoms[rnd.nextInt(atoms.length)]);
                }
                sb.append(quants[rnd.nextInt(quants.length)]);
            }
        }
        return sb.toString();
    }
}
