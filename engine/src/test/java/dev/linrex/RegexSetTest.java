package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.exec.SearchInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

/** RegexSet: answers equal each pattern run alone (linrex and java.util.regex), rejection, threads, budget. */
class RegexSetTest {
    /** Patterns with anchors, word boundaries, flags, empty matches, surrogates and loops. */
    static final String[] PATTERNS = {
        "abc", "(?i)union\\s+select", "^GET ", "\\bid\\b", "x$", "(?m)^b", "\\d{3,}", "a|", "[^a-z]+z",
        "(a|ab)(c|bcd)(d*)", "\\Bo", "(?s)a.b", "a.b", "\\z", "\\Az", "(?i)ǅ", "\\x{1F600}", "[\\x{10000}-\\x{10FFFF}]b",
        "(?U)\\bé\\w+", "^$", "(?d)a$", "$\\n?", "(?x) a b # c", "(x+x+)+y", "[a-c]{2}\\b", "\\R", "(?m)z$",
        "\\p{Lu}\\p{Ll}", "(?:)", "q\\Z",
    };

    static final String[] INPUTS = {
        "", "abc", "GET /index?id=5 UNION  SELECT", "xyz", "ab\ncd\nb", "12345", "ABZ", "abcd", "foo bo",
        "a\nb", "axb", "z", "\u01C5x", "\uD83D\uDE00b", "\uD83Db", "éclair", "x\r\n", "a\n", "xxxxxxxxxy",
        "ab c", "\r\n", "zq\n", "ab ", "e\u0301 id", "id\u0301", "x", "Ab", "q", "b\u0301b",
    };

    private static boolean linrexFinds(String p, String in) {
        return Pattern.compile(p).matcher(in).find();
    }

    private static boolean jdkFinds(String p, String in) {
        return java.util.regex.Pattern.compile(p).matcher(in).find();
    }

    private static int[] expected(String[] patterns, String in, boolean jdk) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < patterns.length; i++) {
            if (jdk ? jdkFinds(patterns[i], in) : linrexFinds(patterns[i], in)) {
                r.add(i);
            }
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void answersEqualEachPatternAloneOnBothEngines() {
        RegexSet set = RegexSet.compile(List.of(PATTERNS));
        List<String> inputs = new ArrayList<>(List.of(INPUTS));
        Random rnd = new Random(7);
        String alphabet = "abcdxyzqéGET \n\r0129\u0301\uD83D\uDE00_";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = rnd.nextInt(12); n > 0; n--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            inputs.add(b.toString());
        }
        for (String in : inputs) {
            int[] want = expected(PATTERNS, in, false);
            assertArrayEquals(want, set.matches(in), () -> "linrex, input " + Arrays.toString(in.toCharArray()));
            assertArrayEquals(expected(PATTERNS, in, true), set.matches(in), () -> "JDK, input " + in);
            BitSet bits = set.matchSet(in);
            assertArrayEquals(want, bits.stream().toArray());
            assertEquals(want.length > 0, set.anyMatch(in));
            long[] pike = set.engines().engine().searchPikeVM(SearchInput.of(in), PATTERNS.length);
            assertArrayEquals(want, BitSet.valueOf(pike).stream().toArray(), "Pike VM alone");
        }
    }

    @Test
    void eachPatternKeepsItsOwnFlags() {
        RegexSet set = RegexSet.builder()
                .add("select", Pattern.CASE_INSENSITIVE)
                .add("select")
                .add("^b", Pattern.MULTILINE)
                .add("^b")
                .add("a.b", Pattern.DOTALL)
                .add("a.b")
                .build();
        assertArrayEquals(new int[] {0}, set.matches("SELECT"));
        assertArrayEquals(new int[] {0, 1}, set.matches("select"));
        assertArrayEquals(new int[] {2, 4}, set.matches("a\nb"));
        assertArrayEquals(new int[] {2, 3}, set.matches("bb"));
        assertArrayEquals(new int[] {2}, set.matches("x\nb"));
        assertArrayEquals(new int[] {2, 3, 4, 5}, set.matches("b a-b a\nb"));
        assertEquals(Pattern.MULTILINE, set.flags(2));
    }

    @Test
    void rejectedPatternsAreReportedByIndexAndTheRestStillLoads() {
        RegexSet set = RegexSet.builder()
                .add("ok")
                .add("(a)\\1")
                .add("(?<=x)y")
                .add("[unclosed")
                .add("fine\\d")
                .add("bad flags", 0x10000)
                .add("x", Pattern.CANON_EQ)
                .build();
        List<RegexSet.Rejected> rej = set.rejected();
        // The lookbehind (index 2) is accepted, and matched on its own after the set's pass.
        assertEquals(List.of(1, 3, 5, 6), rej.stream().map(RegexSet.Rejected::index).toList());
        assertTrue(rej.get(0).reason() instanceof UnsupportedPatternException);
        assertTrue(rej.get(1).reason() instanceof java.util.regex.PatternSyntaxException);
        assertFalse(rej.get(1).reason() instanceof UnsupportedPatternException);
        assertEquals("(a)\\1", rej.get(0).pattern());
        assertTrue(rej.get(0).toString().startsWith("#1 (a)\\1: "), rej.get(0).toString());
        assertTrue(set.isAccepted(0));
        assertFalse(set.isAccepted(1));
        assertTrue(set.patternAt(1).isEmpty());
        assertEquals(7, set.size());
        assertArrayEquals(new int[] {0, 2, 4}, set.matches("ok fine7 (a)a xy"));
        assertArrayEquals(new int[] {0}, set.matches("ok y"));
        assertTrue(set.anyMatch("xy"));
        assertThrows(UnsupportedPatternException.class,
                () -> RegexSet.builder().add("ok").add("(a)\\1").strict(true).build());
        assertThrows(UnsupportedPatternException.class, () -> RegexSet.compile(List.of("ok", "(?>a)")));
        assertArrayEquals(new int[] {1}, RegexSet.compile(List.of("ok", "(?=a)")).matches("a"));
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> RegexSet.compile(List.of("(")));
    }

    @Test
    void emptyAndAllRejectedSetsMatchNothing() {
        RegexSet empty = RegexSet.compile(List.of());
        assertArrayEquals(new int[0], empty.matches("anything"));
        assertFalse(empty.anyMatch(""));
        RegexSet none = RegexSet.builder().add("(a)\\1").build();
        assertArrayEquals(new int[0], none.matches("aa"));
        assertFalse(none.anyMatch("aa"));
        RegexSet emptyPattern = RegexSet.compile(List.of(""));
        assertArrayEquals(new int[] {0}, emptyPattern.matches(""));
    }

    @Test
    void tooLargeForTheSetIsAReportedRejection() {
        RegexSet set = RegexSet.builder().maxProgramSize(200).add("a{100}").add("b{100}").add("c").build();
        assertTrue(set.isAccepted(0));
        assertEquals(List.of(1), set.rejected().stream().map(RegexSet.Rejected::index).toList());
        assertTrue(set.rejected().get(0).reason() instanceof PatternTooLargeException);
        assertArrayEquals(new int[] {2}, set.matches("bc"));
    }

    @Test
    void firstMatchIsTheSpanFindReports() {
        RegexSet set = RegexSet.compile(List.of("b+", "z", "(a)(b)"));
        MatchResult m = set.firstMatch(0, "aabbb ab").orElseThrow();
        assertEquals(2, m.start());
        assertEquals(5, m.end());
        assertTrue(set.firstMatch(1, "aabbb").isEmpty());
        assertEquals("b", set.firstMatch(2, "xab").orElseThrow().group(2));
    }

    @Test
    void sharedAcrossThreadsWithATinyCacheGivesTheSameAnswers() throws Exception {
        // A cache that holds few states: threads race on clears and fall back, answers must not change.
        RegexSet.Builder b = RegexSet.builder().cacheBytes(16 << 10);
        for (String p : PATTERNS) {
            b.add(p);
        }
        RegexSet set = b.build();
        Random rnd = new Random(11);
        String alphabet = "abcdxyzqéGET \n0129\u0301_";
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = rnd.nextInt(200); n > 0; n--) {
                s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            inputs.add(s.toString());
        }
        List<int[]> want = inputs.stream().map(in -> expected(PATTERNS, in, false)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                fs.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    for (int k = 0; k < 1500; k++) {
                        int i = r.nextInt(inputs.size());
                        assertArrayEquals(want.get(i), set.matches(inputs.get(i)), inputs.get(i));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(set.engines().memoryBytes() <= (long) set.engines().parts() * (16 << 10));
    }

    @Test
    void explodingSetStaysWithinItsBudgetAndLinear() {
        // "an a, then k arbitrary letters": 2^k states per pattern, and the set mixes them all.
        RegexSet.Builder b = RegexSet.builder().cacheBytes(256 << 10);
        int n = 12;
        for (int k = 8; k < 8 + n; k++) {
            b.add("a[ab]{" + k + "}c");
        }
        RegexSet set = b.build();
        Random rnd = new Random(3);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            s.append(rnd.nextBoolean() ? 'a' : 'b');
        }
        String text = s.toString();
        long before = set.engines().steps();
        assertArrayEquals(new int[0], set.matches(text));
        long steps1 = set.engines().steps() - before;
        String withC = text + "c";
        int[] got = set.matches(withC);
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            patterns.add(set.pattern(i));
        }
        assertArrayEquals(expected(patterns.toArray(new String[0]), withC, false), got);
        assertTrue(got.length > 0);
        // Each part's cache stays within the budget (parts are at most as many as patterns).
        assertTrue(set.engines().memoryBytes() <= (long) set.engines().parts() * (256 << 10));
        assertTrue(set.engines().engine().dfa().clears() > 0 || set.engines().splits() > 0, "the cache was exercised");
        // Work per unit is bounded by the program size whatever the cache does.
        long perUnit = steps1 / text.length();
        assertTrue(perUnit <= 2L * set.engines().engine().program().size() + 2, "steps per unit " + perUnit);
        // Twice the input, about twice the work.
        before = set.engines().steps();
        set.matches(text + text);
        long steps2 = set.engines().steps() - before;
        assertTrue(steps2 < 3 * steps1, steps1 + " then " + steps2);
    }

    @Test
    void aGenerationHoldsAtMostTheStatesATableEntryCanName() {
        // Table entries are chars (a 15-bit serial and a flag): with a budget large enough for
        // more states, the generation is full at MAX_SERIAL states and cleared; answers do not change.
        RegexSet set = RegexSet.builder().cacheBytes(256L << 20).add("a[ab]{15}c").add("b[ab]{14}a").build();
        Random rnd = new Random(5);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 150_000; i++) {
            s.append(rnd.nextBoolean() ? 'a' : 'b');
        }
        String text = s.toString() + "c";
        assertArrayEquals(expected(new String[] {"a[ab]{15}c", "b[ab]{14}a"}, text, false), set.matches(text));
        dev.linrex.exec.SetShard root = set.engines();
        assertTrue(root.splits() > 0 || root.engine().dfa().clears() > 0 || root.engine().dfa().gaveUps() > 0,
                "the state limit was reached: " + root.describe());
    }

    @Test
    void aReportedPatternsThreadsAreDroppedForTheRestOfTheScan() {
        // \W{4} matches at once; its counting threads would multiply the states of q.{6}z (a
        // window of up to 2^7 thread sets) for the whole text. Once reported they are dropped
        // (without that: 252 states here).
        RegexSet set = RegexSet.compile(List.of("\\W{4}", "q.{6}z"));
        Random rnd = new Random(5);
        StringBuilder sb = new StringBuilder("!!!!");
        while (sb.length() < 20_000) {
            sb.append("qa -x".charAt(rnd.nextInt(5)));
        }
        assertArrayEquals(new int[] {0}, set.matches(sb));
        long states = set.engines().engine().dfa().statesBuilt();
        assertTrue(states < 190, states + " states: " + set.engines().describe());
        // Dropped patterns leave the others' answers exact: matches after the drop, at the end
        // (the final step), at word boundaries, and in another search from the same states.
        String[] ps = {"\\W{4}", "q.{6}z", "x$", "\\bqa\\b", "a{3}", "(?m)^-"};
        RegexSet more = RegexSet.compile(List.of(ps));
        for (String in : List.of(sb + " qa zzzzzz aaa x", "!!!! qa\n-", "qaaaaaaz....", sb.substring(0, 300) + "\n-x")) {
            assertArrayEquals(expected(ps, in, true), more.matches(in), in);
            assertArrayEquals(expected(ps, in, true), more.matches(in), in);
        }
    }

    @Test
    void warmSearchCostsOneStepPerUnitEvenAtTheEdges() {
        // Anchors and word boundaries make the region's first position, its last two and the
        // final step depend on the input; those transitions are cached per assertion outcome,
        // so once warm a search does not take the whole set's entry closure there.
        RegexSet set = RegexSet.compile(List.of("\\bid\\b", "^GET ", "x$", "(?m)^b", "a\\B", "[a-z]+z\\b", "\\d{3}\\z"));
        String text = "GET /?id=1&q=xyz b\nb 123";
        int[] expected = expected(new String[] {"\\bid\\b", "^GET ", "x$", "(?m)^b", "a\\B", "[a-z]+z\\b", "\\d{3}\\z"},
                text, false);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected, set.matches(text));
        }
        long before = set.engines().steps();
        assertArrayEquals(expected, set.matches(text));
        assertEquals(text.length(), set.engines().steps() - before, "steps of a warm search");
        String other = "id x";
        set.matches(other);
        before = set.engines().steps();
        assertArrayEquals(expected(new String[] {"\\bid\\b", "^GET ", "x$", "(?m)^b", "a\\B", "[a-z]+z\\b",
            "\\d{3}\\z"}, other, false), set.matches(other));
        assertEquals(other.length(), set.engines().steps() - before, "steps of a warm search");
    }

    @Test
    void longInputsAcrossScanChunksAndNonStringInputs() {
        // The DFA scans a copy of the text in chunks; matches that straddle a chunk's end, and
        // inputs that are not Strings, must give the same answers.
        Random rnd = new Random(11);
        for (int round = 0; round < 20; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 900 + rnd.nextInt(3000);
            while (sb.length() < len) {
                String alphabet = "abcxyz GET id\n\u00e9\uD83D\uDE00 123 ";
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            RegexSet set = RegexSet.compile(Arrays.asList(PATTERNS));
            int[] expected = expected(PATTERNS, text, false);
            assertArrayEquals(expected, set.matches(text), text);
            assertArrayEquals(expected, set.matches(new StringBuilder(text)), text);
            assertArrayEquals(expected, set.matches(text), text); // warm
        }
    }

    /** Rules with and without required literals, (?i), overlapping literals, flags. */
    static final String[] LITERAL_RULES = {
        "(?i)union\\s+select", "(?i)\\bselect\\b", "<script", "(?i)on(load|error)\\s*=", "he|she", "hers?", "[0-9]+x",
        "\\W{3}", "(?i)k\u00e9[a-z]*", "(?iu)\u03c3\u03bf", "^GET /", "x$", "ab[0-9]cd", "etc/passwd", "(?i)passwd|shadow",
        "\\$\\{[a-z]+\\}", "cd", "[\\n\\r]", "(a|b)+c{2}", "\\x{1F600}ab",
    };

    @Test
    void literalPrefilterKeepsTheAnswersAndSkipsParts() {
        // A tiny cache splits the set into parts (literal rules apart from the others first), so
        // the prefilter decides which parts run; its answers must equal the set without it and each rule alone.
        RegexSet on = literalSet(true);
        RegexSet off = literalSet(false);
        List<String> inputs = new ArrayList<>(List.of("", "GET /etc/passwd", "q=1 UnIoN  SeLeCt pw", "<script>x",
                "ONLOAD =", "ushers", "\u212A\u00c9z", "\u03a3\u039f", "ab1cd", "${abc}", "line\n", "aabcc",
                "\uD83D\uDE00ab", "zzzz", "cd", "ab9cd etc/pass"));
        Random rnd = new Random(17);
        String[] words = {"union", "SELECT", " ", "<", "script", "on", "load", "=", "he", "rs", "k", "\u00c9", "\u03c3",
            "\u03bf", "GET /", "x", "ab", "7", "cd", "etc/", "passwd", "SHADOW", "${", "}", "\n", "a", "b", "c", "!!",
            "\uD83D\uDE00", "_"};
        for (int i = 0; i < 600; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = i < 2 ? 20_000 : rnd.nextInt(10); n > 0; n--) { // two long texts make the DFA split
                if (i < 2 && rnd.nextInt(8) == 0) {
                    b.append("q" + (char) ('a' + rnd.nextInt(6)) + "q");
                }
                b.append(words[rnd.nextInt(words.length)]);
            }
            inputs.add(b.toString());
        }
        for (int round = 0; round < 2; round++) { // the split happens during the first searches
            for (String in : inputs) {
                int[] want = expected(LITERAL_SET, in, false);
                assertArrayEquals(want, on.matches(in), () -> "with prefilter: " + in);
                assertArrayEquals(want, off.matches(in), () -> "without prefilter: " + in);
                assertEquals(want.length > 0, on.anyMatch(in), in);
            }
        }
        assertTrue(on.engines().parts() > 1, "the set was split: " + on.engines().describe());
        assertTrue(on.engines().skipped() > 0, "some parts were skipped");
        assertEquals(0, off.engines().skipped());
    }

    @Test
    void splitSetScansItsPartsInPairsWithTheSameAnswersAndLinearWork() {
        // Once split, a set's parts are scanned two at a time over the text (their DFA walks
        // interleaved); one of a pair may finish early (all its candidates matched) and the
        // other goes on alone. Answers must equal each rule alone, for Strings and other
        // CharSequences, and the work stays linear in the text.
        for (boolean prefilter : new boolean[] {true, false}) {
            RegexSet set = literalSet(prefilter);
            Random rnd = new Random(23);
            String[] words = {"union", "SELECT", " ", "<", "script", "on", "load", "=", "he", "rs", "x", "ab", "7",
                "cd", "etc/", "passwd", "${", "}", "\n", "a", "b", "c", "!!", "\u00e9", "\uD83D\uDE00", "q", "z", "3"};
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                StringBuilder b = new StringBuilder(i % 3 == 0 ? "GET /" : "");
                for (int n = i < 3 ? 20_000 : 1 + rnd.nextInt(3000); n > 0; n--) {
                    if (rnd.nextInt(8) == 0) {
                        b.append("q" + (char) ('a' + rnd.nextInt(6)) + "q");
                    }
                    b.append(words[rnd.nextInt(words.length)]);
                }
                inputs.add(b.toString());
            }
            for (String in : inputs) {
                int[] want = expected(LITERAL_SET, in, false);
                assertArrayEquals(want, set.matches(in), () -> "prefilter " + prefilter + ": " + in);
                assertArrayEquals(want, set.matches(new StringBuilder(in)), () -> "prefilter " + prefilter + ": " + in);
            }
            int parts = set.engines().parts();
            assertTrue(parts >= 3, "split into several parts: " + set.engines().describe());
            // Linear: work per unit bounded by the program's size, and twice the text about twice the work.
            long bound = 2L * set.engines().engine().program().size() + 2;
            for (String in : inputs.subList(0, 3)) {
                long before = set.engines().steps();
                set.matches(in);
                long steps1 = set.engines().steps() - before;
                assertTrue(steps1 <= bound * in.length(), steps1 + " steps for " + in.length() + " units");
                before = set.engines().steps();
                set.matches(in + in);
                long steps2 = set.engines().steps() - before;
                assertTrue(steps2 < 3 * steps1, steps1 + " then " + steps2);
            }
        }
    }

    @Test
    void literalPassIsLeftOutWhileItSavesNoWorkAndTriedAgain() {
        // Literals that occur without their rules matching: every part with literal rules scans
        // the whole input anyway, so after a few such searches the pass is left out for a while.
        String[] rules = java.util.stream.Stream.concat(java.util.stream.Stream.of("(?i)union\\s+select", "etc/passwd"),
                java.util.stream.IntStream.range(0, 6).mapToObj(k -> "q[^q]*" + (char) ('a' + k) + "[^z]*" + k + "z"))
                .toArray(String[]::new);
        RegexSet.Builder b = RegexSet.builder().cacheBytes(24 << 10);
        for (String r : rules) {
            b.add(r);
        }
        RegexSet set = b.build();
        Random rnd = new Random(29);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 40_000) {
            // Digits 6-9: no rule matches (a search drops the rules it has reported, and with
            // them the threads that make this set's DFA outgrow its cache and split).
            sb.append("q").append((char) ('a' + rnd.nextInt(6))).append(6 + rnd.nextInt(4)).append(rnd.nextBoolean() ? "z" : "x");
        }
        String longText = sb.toString();
        assertArrayEquals(expected(rules, longText, false), set.matches(longText)); // splits the set
        assertTrue(set.engines().parts() > 1, set.engines().describe());
        // Every rule's literal occurs (the q rules' "0z" ... "5z" too), none of them matches.
        String noSave = "UNION x etc/passw 0z1z2z3z4z5z " + longText.substring(0, 2000);
        int[] want = expected(rules, noSave, false);
        long before = set.literalPasses();
        int searches = 3 * (RegexSet.PREFILTER_MISSES + RegexSet.PREFILTER_REST);
        for (int i = 0; i < searches; i++) {
            assertArrayEquals(want, set.matches(noSave));
        }
        long passes = set.literalPasses() - before;
        assertTrue(passes > 0 && passes <= 3L * RegexSet.PREFILTER_MISSES + 1, passes + " literal passes in " + searches);
        // Inputs where the pass skips parts keep it on once it is tried again.
        String saves = longText.substring(0, 2000);
        for (int i = 0; i < RegexSet.PREFILTER_REST + 1; i++) {
            assertArrayEquals(expected(rules, saves, false), set.matches(saves));
        }
        before = set.literalPasses();
        for (int i = 0; i < 10; i++) {
            set.matches(saves);
        }
        assertEquals(10, set.literalPasses() - before);
    }

    /** {@link #LITERAL_RULES} and long-lived loops, so that the combined DFA does not fit a tiny cache and splits. */
    static final String[] LITERAL_SET = java.util.stream.Stream.concat(Arrays.stream(LITERAL_RULES),
            java.util.stream.IntStream.range(0, 6).mapToObj(k -> "q[^q]*" + (char) ('a' + k) + "[^z]*" + k + "z"))
            .toArray(String[]::new);

    private static RegexSet literalSet(boolean prefilter) {
        RegexSet.Builder b = RegexSet.builder().cacheBytes(24 << 10).literalPrefilter(prefilter);
        for (String p : LITERAL_SET) {
            b.add(p);
        }
        return b.build();
    }
}
