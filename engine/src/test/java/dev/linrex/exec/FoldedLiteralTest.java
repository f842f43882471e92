package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.linrex.nfa.Literals;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FoldedLiteral}, the search of one {@code (?i)} ASCII literal: which literals take it,
 * that its search is the naive one, and that patterns using it give java.util.regex's find loops,
 * groups, hit-end flags, regions and replacements, on text full of case variants and of the
 * non-ASCII letters that fold to ASCII ones only under {@code UNICODE_CASE}
 * ({@code ſ} U+017F, {@code K} U+212A, {@code İ} U+0130, {@code ı} U+0131).
 */
class FoldedLiteralTest {
    /** Units of the random literals: letters (compared folded) and others (plain, or 0x20 pairs). */
    private static final String LITERAL_UNITS = "abkszi_1@`X";
    /** Units of the random texts: both cases, the non-ASCII look-alikes, 0x20 neighbours. */
    private static final String TEXT_UNITS = "abkszi_1@`xABKSZI \u017f\u212a\u0130\u0131\u007f\u0000\u00e9";

    @Test
    void takesOneLiteralWithAFoldedPosition() {
        for (String re : new String[] {"(?i)keyword_to_find", "(?i)ab", "(?iu)ab", "(?i)\u00e9t\u00e9x", "[aA][bB]", "x[@`]y", "(?i)k"}) {
            assertNotNull(of(re), re);
        }
        for (String re : new String[] {"abc", "(?iu)sk", "(?iu)k", "(?i)ab|cd", "(?iu)x\u00b5"}) {
            assertNull(of(re), re);
        }
    }

    private static FoldedLiteral of(String re) {
        List<char[][]> exact = Literals.of(Parser.parse(re, 0)).exact();
        if (exact == null || exact.size() != 1) {
            return null;
        }
        char[][] lit = exact.get(0);
        char[] folded = new char[lit.length];
        char[] mask = new char[lit.length];
        for (int i = 0; i < lit.length; i++) {
            if (lit[i].length == 1) {
                folded[i] = lit[i][0];
            } else if (lit[i].length == 2 && (lit[i][0] ^ lit[i][1]) == 0x20) {
                folded[i] = (char) (lit[i][0] | 0x20);
                mask[i] = 0x20;
            } else {
                return null;
            }
        }
        return FoldedLiteral.of(folded, mask);
    }

    @Test
    void findIsTheNaiveSearch() {
        Random rnd = new Random(20261202);
        for (int t = 0; t < 3000; t++) {
            String lit = randomLiteral(rnd);
            FoldedLiteral f = of("(?i)" + java.util.regex.Pattern.quote(lit));
            if (f == null) {
                continue; // no letter in it: a plain literal, not this search
            }
            String text = randomText(rnd, lit, 40);
            int from = rnd.nextInt(text.length() + 1);
            int limit = from + rnd.nextInt(text.length() - from + 1);
            assertEquals(naive(lit, text, from, limit), f.find(text, from, limit), lit + " in " + text + " [" + from + "," + limit + ")");
        }
    }

    /** The first p >= from where lit occurs before limit, each letter in either ASCII case. */
    private static int naive(String lit, String text, int from, int limit) {
        for (int p = from; p + lit.length() <= limit; p++) {
            boolean ok = true;
            for (int i = 0; i < lit.length() && ok; i++) {
                char l = lit.charAt(i);
                char u = text.charAt(p + i);
                ok = u == l || (l >= 'a' && l <= 'z' || l >= 'A' && l <= 'Z') && (u ^ 0x20) == l;
            }
            if (ok) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void patternsGiveTheJdksResults() {
        Random rnd = new Random(42);
        for (int t = 0; t < 1500; t++) {
            String lit = randomLiteral(rnd);
            String quoted = lit.replaceAll("[^a-zA-Z0-9_ ]", "\\\\$0");
            String re = (rnd.nextInt(4) == 0 ? "(?i)(" + quoted + ")" : "(?i)" + quoted);
            int flags = rnd.nextInt(5) == 0 ? java.util.regex.Pattern.UNICODE_CASE : 0;
            String text = randomText(rnd, lit, rnd.nextInt(60));
            java.util.regex.Pattern jp = java.util.regex.Pattern.compile(re, flags);
            dev.linrex.Pattern lp = dev.linrex.Pattern.compile(re, flags);
            String where = re + " flags " + flags + " on \"" + DfaTestSupport.escape(text) + "\"";
            assertEquals(transcript(jp.matcher(text)), transcript(lp.matcher(text)), where);
            if (text.length() >= 2) {
                int from = rnd.nextInt(text.length());
                int to = from + rnd.nextInt(text.length() - from + 1);
                assertEquals(transcript(jp.matcher(text).region(from, to)), transcript(lp.matcher(text).region(from, to)),
                        where + " region " + from + "," + to);
            }
            assertEquals(jp.matcher(text).replaceAll("<$0>"), lp.matcher(text).replaceAll("<$0>"), where);
            int start = rnd.nextInt(text.length() + 1);
            java.util.regex.Matcher jm = jp.matcher(text);
            dev.linrex.Matcher lm = lp.matcher(text);
            assertEquals(jm.find(start) ? jm.start() + "," + jm.end() + " " + jm.hitEnd() : "- " + jm.hitEnd(),
                    lm.find(start) ? lm.start() + "," + lm.end() + " " + lm.hitEnd() : "- " + lm.hitEnd(), where + " find(" + start + ")");
        }
    }

    @Test
    void denseMatchesOnALongText() {
        // The benchmark's shape: a find loop over many adjacent matches, and one find on a fresh Matcher.
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(5);
        while (sb.length() < 20_000) {
            String w = rnd.nextInt(5) == 0 ? "keyword_to_fin\u212a" : rnd.nextInt(3) == 0 ? "KEYWORD_TO_FIND" : "kEyWoRd_tO_fInD";
            sb.append(w).append(rnd.nextInt(3) == 0 ? "_" : " ");
        }
        String text = sb.toString();
        for (int flags : new int[] {0, java.util.regex.Pattern.UNICODE_CASE}) {
            java.util.regex.Pattern jp = java.util.regex.Pattern.compile("(?i)keyword_to_find", flags);
            dev.linrex.Pattern lp = dev.linrex.Pattern.compile("(?i)keyword_to_find", flags);
            assertEquals(jp.matcher(text).replaceAll(""), lp.matcher(text).replaceAll(""), "flags " + flags);
            assertEquals(transcript(jp.matcher(text)), transcript(lp.matcher(text)), "flags " + flags);
            assertEquals(transcript(jp.matcher(text).region(7, 15_000)), transcript(lp.matcher(text).region(7, 15_000)));
        }
    }

    private static String randomLiteral(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
            sb.append(LITERAL_UNITS.charAt(rnd.nextInt(LITERAL_UNITS.length())));
        }
        return sb.toString();
    }

    /** Random units with case variants of {@code lit} (whole or cut short) mixed in. */
    private static String randomText(Random rnd, String lit, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            if (rnd.nextInt(3) == 0) {
                int n = rnd.nextInt(4) == 0 ? rnd.nextInt(lit.length() + 1) : lit.length();
                for (int i = 0; i < n; i++) {
                    char c = lit.charAt(i);
                    int r = rnd.nextInt(8);
                    sb.append(r < 3 ? Character.toUpperCase(c) : r < 6 ? Character.toLowerCase(c)
                            : r == 6 ? lookAlike(c) : (char) (c ^ 0x20));
                }
            } else {
                sb.append(TEXT_UNITS.charAt(rnd.nextInt(TEXT_UNITS.length())));
            }
        }
        return sb.toString();
    }

    /** A non-ASCII unit that folds to {@code c} under Unicode case rules, else {@code c}. */
    private static char lookAlike(char c) {
        switch (Character.toLowerCase(c)) {
            case 'k': return '\u212a';
            case 's': return '\u017f';
            case 'i': return '\u0130';
            default: return c;
        }
    }

    private static List<String> transcript(java.util.regex.Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder sb = new StringBuilder("find");
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(' ').append(m.start(g)).append(',').append(m.end(g));
            }
            out.add(sb.append(' ').append(m.hitEnd()).append(' ').append(m.requireEnd()).toString());
        }
        out.add("end " + m.hitEnd());
        out.add("lookingAt " + m.lookingAt() + " " + m.hitEnd() + " " + m.requireEnd());
        out.add("matches " + m.matches() + " " + m.hitEnd() + " " + m.requireEnd());
        return out;
    }

    private static List<String> transcript(dev.linrex.Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder sb = new StringBuilder("find");
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(' ').append(m.start(g)).append(',').append(m.end(g));
            }
            out.add(sb.append(' ').append(m.hitEnd()).append(' ').append(m.requireEnd()).toString());
        }
        out.add("end " + m.hitEnd());
        out.add("lookingAt " + m.lookingAt() + " " + m.hitEnd() + " " + m.requireEnd());
        out.add("matches " + m.matches() + " " + m.hitEnd() + " " + m.requireEnd());
        return out;
    }
}
