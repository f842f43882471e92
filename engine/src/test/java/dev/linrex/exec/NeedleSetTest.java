package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NeedleSet} must find exactly where {@link Prefilter}'s own candidate scan finds the
 * leftmost literal, for any sequence of searches sharing one memo (a find loop, searches going
 * back, other limits, another text), and scan each needle's stretch of text once per find loop.
 */
class NeedleSetTest {

    /** {@code spec}: one literal; an upper-case letter stands for both cases (as {@code (?i)} gives). */
    private static char[][] literal(String spec) {
        char[][] lit = new char[spec.length()][];
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            lit[i] = Character.isUpperCase(c) ? new char[] {c, Character.toLowerCase(c)} : new char[] {c};
        }
        return lit;
    }

    private static List<char[][]> literals(String... specs) {
        List<char[][]> out = new ArrayList<>();
        for (String s : specs) {
            out.add(literal(s));
        }
        return out;
    }

    @Test
    void agreesWithTheCandidateScan() {
        Random rnd = new Random(20261201);
        char[] alphabet = {'a', 'b', 'c', 'x', 'A', 'B', ' '};
        for (int round = 0; round < 300; round++) {
            String[] specs = new String[1 + rnd.nextInt(4)];
            for (int k = 0; k < specs.length; k++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                    sb.append("abcxAB".charAt(rnd.nextInt(6)));
                }
                specs[k] = sb.toString();
            }
            List<char[][]> lits = literals(specs);
            Prefilter pf = new Prefilter(lits);
            NeedleSet needles = NeedleSet.of(lits.toArray(new char[0][][]));
            if (needles == null) {
                continue; // a single plain literal: Prefilter's own indexOf path
            }
            NeedleSet.Memo memo = new NeedleSet.Memo();
            for (int t = 0; t < 3; t++) {
                StringBuilder text = new StringBuilder();
                for (int i = 50 + rnd.nextInt(600); i > 0; i--) {
                    char c = alphabet[rnd.nextInt(alphabet.length)];
                    text.append(Character.isUpperCase(c) && rnd.nextBoolean() ? Character.toLowerCase(c) : c);
                }
                String s = text.toString();
                // A find loop (from moves on past each match), then searches that go back and use other limits.
                int from = 0;
                while (from <= s.length()) {
                    int want = pf.find(s, from, s.length());
                    assertEquals(want, needles.find(s, from, s.length(), pf, memo), String.join("|", specs) + " from " + from + " in " + s);
                    from = want < 0 ? s.length() + 1 : want + 1;
                }
                for (int q = 0; q < 40; q++) {
                    int lo = rnd.nextInt(s.length() + 1);
                    int hi = lo + rnd.nextInt(s.length() - lo + 1);
                    assertEquals(pf.find(s, lo, hi), needles.find(s, lo, hi, pf, memo),
                            String.join("|", specs) + " [" + lo + ", " + hi + ") in " + s);
                }
            }
        }
    }

    @Test
    void longSearchesMatchJdk() {
        Random rnd = new Random(77);
        String[] patterns = {"Sherlock Holmes|John Watson|Irene Adler", "(?i)sherlock|watson|adler", "(?i)keyword_to_find",
            "ab|ba|abc", "(?i)ab|c", "foo(?:bar|baz)|qux", "(?i)x_y|zz"};
        String[] words = {"sherlock", "Holmes", "Sherlock Holmes", "john", "John Watson", "IRENE ADLER", "keyword_to_find",
            "KEYWORD_TO_FIND", "ab", "ba", "abc", "foobar", "foobaz", "qux", "x_y", "X_Y", "zz", "ZZ", "the", " ", ", "};
        for (String re : patterns) {
            for (int t = 0; t < 20; t++) {
                StringBuilder sb = new StringBuilder();
                while (sb.length() < 2000) {
                    sb.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(4) == 0 ? "\n" : " ");
                }
                String text = sb.toString();
                java.util.regex.Matcher jm = java.util.regex.Pattern.compile(re).matcher(text);
                dev.linrex.Matcher lm = dev.linrex.Pattern.compile(re).matcher(text);
                List<String> want = new ArrayList<>();
                List<String> got = new ArrayList<>();
                while (jm.find()) {
                    want.add(jm.start() + "-" + jm.end());
                }
                while (lm.find()) {
                    got.add(lm.start() + "-" + lm.end());
                }
                assertEquals(want, got, re);
                int a = rnd.nextInt(1000);
                int b = Math.min(text.length(), a + 500 + rnd.nextInt(1000));
                jm.region(a, b);
                lm.region(a, b);
                assertEquals(jm.find(), lm.find(), re + " region");
            }
        }
    }

    @Test
    void aFindLoopScansEachNeedleOnce() {
        // "ab" occurs every 3 units; "zq" and "(?i)w" never: without the memo every find would
        // rescan the rest of the text for them (quadratic).
        List<char[][]> lits = literals("ab", "zq", "W");
        Prefilter pf = new Prefilter(lits);
        NeedleSet needles = NeedleSet.of(lits.toArray(new char[0][][]));
        assertNotNull(needles);
        String text = "ab ".repeat(20_000);
        NeedleSet.Memo memo = new NeedleSet.Memo();
        int from = 0;
        int count = 0;
        while (true) {
            int p = needles.find(text, from, text.length(), pf, memo);
            if (p < 0) {
                break;
            }
            count++;
            from = p + 2;
        }
        assertEquals(20_000, count);
        // Four needles (ab, zq, W, w), each crossing the text about once.
        assertTrue(memo.steps <= 5L * text.length(), "units scanned " + memo.steps);
    }

    @Test
    void theMemoFollowsTheText() {
        List<char[][]> lits = literals("abc", "Xy");
        Prefilter pf = new Prefilter(lits);
        NeedleSet needles = NeedleSet.of(lits.toArray(new char[0][][]));
        NeedleSet.Memo memo = new NeedleSet.Memo();
        String one = "---- xy abc";
        String two = "abc ---- xy";
        assertEquals(5, needles.find(one, 0, one.length(), pf, memo));
        assertEquals(0, needles.find(two, 0, two.length(), pf, memo));
        assertEquals(9, needles.find(two, 1, two.length(), pf, memo));
        assertEquals(-1, needles.find(two, 1, 10, pf, memo), "xy does not fit before 10");
        assertEquals(5, needles.find(one, 0, one.length(), pf, memo));
    }

    @Test
    void notBuiltWhereItCannotHelp() {
        char[][] wide = {{'a', 'b', 'c'}, {'a', 'b', 'c'}};
        assertNull(NeedleSet.of(new char[][][] {wide}), "no position with at most two units");
        List<char[][]> many = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            many.add(literal("Q" + (char) ('A' + k)));
        }
        assertNull(NeedleSet.of(many.toArray(new char[0][][])), "18 needles");
    }
}
