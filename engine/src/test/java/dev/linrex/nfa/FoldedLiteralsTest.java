package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FoldedLiterals: the strings are folded, long enough, and one of them is in every match. */
class FoldedLiteralsTest {
    private static List<String> of(String p, int flags) {
        return FoldedLiterals.of(Parser.parse(p, flags), FoldedLiterals.MIN_LENGTH);
    }

    @Test
    void wordsBecomeFoldedStrings() {
        assertEquals(List.of("ab", "cd"), of("ab|cd", 0));
        assertEquals(List.of("sele"), of("(?i)SELECT", 0));
        assertEquals(List.of("sele"), of("SeLeCt", java.util.regex.Pattern.CASE_INSENSITIVE));
        // "xfoo" contains "foo": the longer literal adds nothing.
        assertEquals(List.of("foo"), of("x?foo\\d+", 0));
    }

    @Test
    void aPositionThatDoesNotFoldToOneUnitCutsTheFactor() {
        // [0-9] cuts the factor "a[0-9]bc" into "a" and "bc": the longer run is kept.
        assertEquals(List.of("bc"), of("a[0-9]bc", 0));
        // A supplementary code point is not one unit.
        assertEquals(List.of("ab"), of("ab\\x{1F600}x", 0));
    }

    @Test
    void patternsWithoutALongEnoughLiteralHaveNone() {
        assertNull(of("[a-z]+", 0));
        assertNull(of("a|bc", 0), "one branch's literal is a single unit");
        assertNull(of("a*", 0));
        assertNull(of("x[0-9]y", 0));
        assertNull(of("", 0));
    }

    @Test
    void everyMatchContainsOneOfTheLiterals() {
        String[] patterns = {"(?i)union\\s+select", "ab|cd", "(?i)k\u00e9x", "(?iu)stra\u00dfe", "x(ab|cd)+y",
            "(?i)[\"'`](or|and)\\b", "foo.{0,3}bar", "(?u)(?i)\u03c3\u03bf"};
        Random rnd = new Random(5);
        String alphabet = "abcdxyKk\u212A\u00e9\u00c9foOBARUNIONselectSELECT \"'oraNDs\u03c3\u03a3\u03c2\u03bf";
        for (String p : patterns) {
            List<String> lits = of(p, 0);
            assertNotNull(lits, p);
            java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(p);
            int found = 0;
            for (int i = 0; i < 3000 + SAMPLES.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int n = rnd.nextInt(14); n > 0; n--) {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                if (i >= 3000) {
                    b.append(SAMPLES[i - 3000]);
                }
                java.util.regex.Matcher m = jdk.matcher(b);
                while (m.find()) {
                    found++;
                    String folded = fold(m.group());
                    assertTrue(lits.stream().anyMatch(folded::contains), p + " matched " + m.group() + " without " + lits);
                }
            }
            assertTrue(found > 0, "no match generated for " + p);
        }
    }

    /** Texts that match the patterns above, in some case variant. */
    private static final String[] SAMPLES = {"UNION \t SeLeCt", "cd", "\u212A\u00c9X", "STRASSE", "Stra\u00dfe", "xabcdy",
        "'OR ", "\"aNd(", "foo12bar", "\u03a3\u039f", "\u03c2\u03bf"};

    private static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(FoldedLiterals.fold(s.charAt(i)));
        }
        return b.toString();
    }
}
