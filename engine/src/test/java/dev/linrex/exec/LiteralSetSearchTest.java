package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.linrex.Matcher;
import dev.linrex.Pattern;
import dev.linrex.nfa.Literals;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Large literal alternations (more than Literals' small-set limit) are searched by Aho–Corasick
 * with java.util.regex's leftmost-first answers: the leftmost start, then the first alternative
 * in the pattern's order (not the longest), for find, lookingAt and matches.
 */
class LiteralSetSearchTest {
    private static String alternation(Random rnd, int n, String alphabet, int maxLen) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append('|');
            }
            for (int k = 1 + rnd.nextInt(maxLen); k > 0; k--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }

    @Test
    void largeAlternationsAreLiteralSets() {
        String p = alternation(new Random(1), 200, "abc", 5);
        assertNotNull(Literals.of(Parser.parse(p, 0)).largeExact());
        assertNotNull(LiteralSetSearch.of(Literals.of(Parser.parse(p, 0)).largeExact()));
        assertNotNull(Literals.of(Parser.parse("(?i)(?:" + p + ")", 0)).largeExact());
    }

    @Test
    void answersEqualTheJdksLeftmostFirst() {
        Random rnd = new Random(3);
        for (int round = 0; round < 60; round++) {
            String body = alternation(rnd, 70 + rnd.nextInt(200), "abcd", 1 + rnd.nextInt(6));
            String p = switch (round % 4) {
                case 0 -> body;
                case 1 -> "(?:" + body + ")";
                case 2 -> "(?i)(" + body + ")";
                default -> "(" + body + ")x?"; // not a literal set: the automata answer, for contrast
            };
            Pattern mine = Pattern.compile(p);
            java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(p);
            for (int t = 0; t < 40; t++) {
                StringBuilder text = new StringBuilder();
                for (int k = rnd.nextInt(40); k > 0; k--) {
                    text.append("abcdABx".charAt(rnd.nextInt(7)));
                }
                String s = text.toString();
                Matcher m = mine.matcher(s);
                java.util.regex.Matcher j = jdk.matcher(s);
                List<String> a = new ArrayList<>();
                List<String> b = new ArrayList<>();
                while (m.find()) {
                    a.add(m.start() + "-" + m.end());
                }
                while (j.find()) {
                    b.add(j.start() + "-" + j.end());
                }
                assertEquals(b, a, () -> p + " on " + s);
                // The same text as a StringBuilder takes the CharSequence copy of the scan.
                List<String> c = new ArrayList<>();
                Matcher mb = mine.matcher(new StringBuilder(s));
                while (mb.find()) {
                    c.add(mb.start() + "-" + mb.end());
                }
                assertEquals(b, c, () -> p + " on StringBuilder " + s);
                assertEquals(jdk.matcher(s).lookingAt(), mine.matcher(s).lookingAt(), () -> "lookingAt " + p + " on " + s);
                assertEquals(jdk.matcher(s).matches(), mine.matcher(s).matches(), () -> "matches " + p + " on " + s);
                if (s.length() > 2) {
                    Matcher mr = mine.matcher(s).region(1, s.length() - 1);
                    java.util.regex.Matcher jr = jdk.matcher(s).region(1, s.length() - 1);
                    assertEquals(jr.find() ? jr.start() + "-" + jr.end() : "none",
                            mr.find() ? mr.start() + "-" + mr.end() : "none", () -> "region " + p + " on " + s);
                }
            }
        }
    }

    @Test
    void priorityIsTheAlternationOrderNotTheLength() {
        StringBuilder b = new StringBuilder("ab|abcd|abc");
        for (int i = 0; i < 100; i++) {
            b.append("|z").append(i);
        }
        Pattern p = Pattern.compile(b.toString());
        Matcher m = p.matcher("xabcd");
        assertEquals(true, m.find());
        assertEquals("ab", m.group());
        Pattern q = Pattern.compile(b.toString().replace("ab|abcd|abc", "abcd|ab|abc"));
        Matcher n = q.matcher("xabcd z77");
        assertEquals(true, n.find());
        assertEquals("abcd", n.group());
        assertEquals(true, n.find());
        assertEquals("z7", n.group());
    }
}
