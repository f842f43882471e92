package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RegexSet#matchesEach}: several sets, each over its own input, with their scans
 * interleaved in fours and pairs, answer as each set's {@link RegexSet#matches} and as each
 * pattern alone in java.util.regex; the work stays one step per unit per set once warm.
 */
class RegexSetMatchesEachTest {
    /** Path rules as CRS's LFI ones: their DFA rests in an accelerated state (see RegexSetTest). */
    static final String[] PATH_RULES = {"(?:^|[\\\\/])\\.\\.(?:[\\\\/]|$)", "/etc/passwd"};
    /** A lookahead: searched on its own, not in the combined program. */
    static final String[] WITH_LOOKAROUND = {"a(?=b)", "\\bselect\\b", "x$"};

    private static int[] jdk(String[] patterns, CharSequence in) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < patterns.length; i++) {
            if (java.util.regex.Pattern.compile(patterns[i]).matcher(in).find()) {
                r.add(i);
            }
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String text(Random rnd, int len, String alphabet) {
        StringBuilder b = new StringBuilder();
        while (b.length() < len) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            if (rnd.nextInt(150) == 0) {
                b.append(rnd.nextBoolean() ? "/../" : " select ");
            }
        }
        return b.toString();
    }

    @Test
    void eachSetOverItsOwnInputAnswersAsEachPatternAlone() {
        String[][] patternLists = {RegexSetTest.PATTERNS, RegexSetTest.LITERAL_RULES, PATH_RULES, WITH_LOOKAROUND,
            {"abc"}};
        List<RegexSet> all = new ArrayList<>();
        for (String[] ps : patternLists) {
            all.add(RegexSet.compile(List.of(ps)));
        }
        Random rnd = new Random(29);
        String alphabet = "abcdxyzqéGET \n\r0129/.\\\u0301\uD83D\uDE00_";
        // Lengths around the edges (first position, last two) and the scan's 1,024-unit chunks.
        int[] lengths = {0, 1, 2, 3, 4, 17, 1022, 1023, 1024, 1025, 2049, 3000};
        for (int round = 0; round < 150; round++) {
            int k = 1 + rnd.nextInt(6);
            List<RegexSet> sets = new ArrayList<>();
            List<String[]> patterns = new ArrayList<>();
            List<CharSequence> inputs = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                int which = rnd.nextInt(all.size()); // the same set may come twice, with two inputs
                sets.add(all.get(which));
                patterns.add(patternLists[which]);
                int len = rnd.nextInt(3) == 0 ? lengths[rnd.nextInt(lengths.length)] : rnd.nextInt(60);
                String t = text(rnd, len, alphabet);
                inputs.add(rnd.nextInt(4) == 0 ? new StringBuilder(t) : t);
            }
            int[][] got = RegexSet.matchesEach(sets, inputs);
            assertEquals(k, got.length);
            for (int j = 0; j < k; j++) {
                int jj = j;
                assertArrayEquals(jdk(patterns.get(j), inputs.get(j)), got[j],
                        () -> "round set " + jj + " " + Arrays.toString(patterns.get(jj)) + " on " + inputs.get(jj));
                assertArrayEquals(sets.get(j).matches(inputs.get(j)), got[j]);
            }
        }
    }

    @Test
    void anAcceleratedStateSkipsOnItsOwnInsideAPair() {
        // The path rules' scan skips through its resting state while the other set's scan goes
        // on unit by unit; positions part and meet again, and answers stay exact.
        RegexSet path = RegexSet.compile(List.of(PATH_RULES));
        RegexSet words = RegexSet.compile(List.of(RegexSetTest.PATTERNS));
        RegexSet literal = RegexSet.compile(List.of(RegexSetTest.LITERAL_RULES));
        Random rnd = new Random(3);
        String alpha = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789=&?\u00e9\u4e2d";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 30_000) {
            sb.append(alpha.charAt(rnd.nextInt(alpha.length())));
            if (rnd.nextInt(200) == 0) {
                sb.append('/');
            }
        }
        String base = sb.toString();
        String other = text(rnd, 5_000, "abcxyz GET id\n\u00e9 123 ");
        for (int i = 0; i < 3; i++) {
            RegexSet.matchesEach(List.of(path, words), List.of(base, other));
        }
        assertTrue(path.engines().engine().dfa().acceleratedStates() > 0, path.engines().describe());
        for (int at : new int[] {0, 1, 1023, 1024, 2047, 5000, base.length() - 12, base.length()}) {
            for (String ins : List.of("/../", "/etc/passwd", "/etc/passwdx", "..\\", "x/..")) {
                String t = base.substring(0, at) + ins + base.substring(at);
                for (CharSequence o : List.<CharSequence>of(other, other.substring(0, Math.min(other.length(), at)))) {
                    int[][] got = RegexSet.matchesEach(List.of(words, path), List.of(o, t));
                    assertArrayEquals(jdk(PATH_RULES, t), got[1], at + ins);
                    assertArrayEquals(jdk(RegexSetTest.PATTERNS, o), got[0], at + ins);
                    // Four scans in one loop: the path rules' scan skips while three walk.
                    got = RegexSet.matchesEach(List.of(words, path, literal, words), List.of(o, t, base, t));
                    assertArrayEquals(jdk(RegexSetTest.PATTERNS, o), got[0], at + ins);
                    assertArrayEquals(jdk(PATH_RULES, t), got[1], at + ins);
                    assertArrayEquals(jdk(RegexSetTest.LITERAL_RULES, base), got[2], at + ins);
                    assertArrayEquals(jdk(RegexSetTest.PATTERNS, t), got[3], at + ins);
                }
            }
        }
    }

    @Test
    void aScanThatGivesUpInAPairGoesOnAsItsSetsOwnSearch() {
        // "an a, then k arbitrary letters" in a tiny cache: the DFA gives up (and the set splits
        // or runs the Pike VM) in the middle of a pair; the other scan goes on alone.
        RegexSet.Builder b = RegexSet.builder().cacheBytes(64 << 10);
        String[] exploding = new String[8];
        for (int k = 0; k < exploding.length; k++) {
            exploding[k] = "a[ab]{" + (8 + k) + "}c";
            b.add(exploding[k]);
        }
        RegexSet hard = b.build();
        RegexSet hard4 = b.build(); // its own cache, first searched in a scan of four
        RegexSet easy = RegexSet.compile(List.of(RegexSetTest.PATTERNS));
        Random rnd = new Random(5);
        for (int round = 0; round < 6; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 30_000; i++) {
                s.append(rnd.nextBoolean() ? 'a' : 'b');
                if (rnd.nextInt(5000) == 0) {
                    s.append('c');
                }
            }
            String t = s.toString();
            String o = text(rnd, 1 + rnd.nextInt(40_000), "abcxyz GET id\n\u00e9 123 ");
            int[][] got = RegexSet.matchesEach(List.of(hard, easy), List.of(t, o));
            assertArrayEquals(jdk(exploding, t), got[0]);
            assertArrayEquals(jdk(RegexSetTest.PATTERNS, o), got[1]);
            String shortText = o.substring(0, o.length() / 3);
            got = RegexSet.matchesEach(List.of(easy, hard4, easy, easy), List.of(o, t, shortText, t));
            assertArrayEquals(jdk(RegexSetTest.PATTERNS, o), got[0]);
            assertArrayEquals(jdk(exploding, t), got[1]);
            assertArrayEquals(jdk(RegexSetTest.PATTERNS, shortText), got[2]);
            assertArrayEquals(jdk(RegexSetTest.PATTERNS, t), got[3]);
        }
        assertTrue(hard4.engines().splits() > 0 || hard4.engines().engine().dfa().gaveUps() > 0,
                "the cache was exceeded in a scan of four: " + hard4.engines().describe());
        dev.linrex.exec.SetShard root = hard.engines();
        assertTrue(root.splits() > 0 || root.engine().dfa().gaveUps() > 0, "the cache was exceeded: " + root.describe());
    }

    @Test
    void warmPairsCostOneStepPerUnitPerSet() {
        // Linear work: once their states are built, two sets scanned together take exactly one
        // step per unit each, edges included, whatever the lengths of their inputs.
        String[] a = {"\\bid\\b", "^GET ", "x$", "(?m)^b", "a\\B", "[a-z]+z\\b", "\\d{3}\\z"};
        String[] c = {"(?i)union\\s+select", "<script", "etc/passwd", "\\W{3}"};
        RegexSet sa = RegexSet.compile(List.of(a));
        RegexSet sc = RegexSet.compile(List.of(c));
        String ta = "GET /?id=1&q=xyz b\nb 123";
        for (String tc : List.of("q=1 union  select", "", "x", "<scrip", "q=1 union  select".repeat(300))) {
            for (int i = 0; i < 3; i++) {
                RegexSet.matchesEach(List.of(sa, sc), List.of(ta, tc));
            }
            long beforeA = sa.engines().steps();
            long beforeC = sc.engines().steps();
            int[][] got = RegexSet.matchesEach(List.of(sa, sc), List.of(ta, tc));
            assertArrayEquals(jdk(a, ta), got[0]);
            assertArrayEquals(jdk(c, tc), got[1]);
            assertEquals(ta.length(), sa.engines().steps() - beforeA, "steps of a warm search of the first set");
            if (got[1].length < c.length) { // a search that has found every pattern stops early
                assertEquals(tc.length(), sc.engines().steps() - beforeC, "steps of a warm search of the second set");
            }
            // Four scans in one loop (each set twice, over inputs of other lengths).
            String ta2 = ta + " id";
            List<CharSequence> four = List.of(ta, tc, ta2, tc + "x");
            for (int i = 0; i < 3; i++) {
                RegexSet.matchesEach(List.of(sa, sc, sa, sc), four);
            }
            beforeA = sa.engines().steps();
            beforeC = sc.engines().steps();
            got = RegexSet.matchesEach(List.of(sa, sc, sa, sc), four);
            assertArrayEquals(jdk(a, ta), got[0]);
            assertArrayEquals(jdk(c, tc), got[1]);
            assertArrayEquals(jdk(a, ta2), got[2]);
            assertArrayEquals(jdk(c, tc + "x"), got[3]);
            assertEquals(ta.length() + ta2.length(), sa.engines().steps() - beforeA, "steps of the first set's two searches");
            if (got[1].length < c.length && got[3].length < c.length) {
                assertEquals(2 * tc.length() + 1, sc.engines().steps() - beforeC, "steps of the second set's two searches");
            }
        }
    }

    @Test
    void listsOfOtherSizesOrNullsAreRejected() {
        RegexSet s = RegexSet.compile(List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> RegexSet.matchesEach(List.of(s, s), List.of("a")));
        assertThrows(NullPointerException.class, () -> RegexSet.matchesEach(Arrays.asList(s, null), List.of("a", "b")));
        assertThrows(NullPointerException.class, () -> RegexSet.matchesEach(List.of(s, s), Arrays.asList("a", null)));
        assertEquals(0, RegexSet.matchesEach(List.of(), List.of()).length);
    }
}
