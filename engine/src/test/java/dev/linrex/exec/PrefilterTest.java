package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Literals;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Literal-set patterns (answered by {@link Prefilter} alone) and patterns with prefix literals
 * (prefilter, then anchored DFA runs) must give java.util.regex's results: every match of a
 * find loop with its groups, matches/lookingAt, regions, hitEnd/requireEnd.
 */
class PrefilterTest {
    static final String[] LITERAL_SETS = {
        "abc", "Sherlock Holmes", "a|ab", "ab|a", "foo|bar|baz|foobar", "(?:a|ab)(?:c|bc)", "(?:ab){2}", "(foo|bar)",
        "(a)(b)|(ab)", "(?i)abc", "(?i)sherlock|holmes", "(?iu)\u0448\u0435\u0440\u043b\u043e\u043a", "(?i)k",
        "(?iu)k|s", "\u00e9t\u00e9", "x{3}", "(?:x|y){2}z", "\\Qa.b\\E",
        // Positions allowing a pair of units that differ only in bit 0x20 (compared folded): letters and others.
        "(?i)keyword_to_find", "x[@`]y", "[aA][bB]|ab", "(?i)x_@", "[Kk][\\x00 ]",
    };

    static final String[] PREFIXED = {
        "foo\\d+", "(?i)hello\\w*", "\\bfoo\\b", "ab+c", "(?:cat|dog)s?\\b", "a.*b", "Holmes.{0,5}Watson|Watson.{0,5}Holmes",
        "(a|ab)(c|bcd)(d*)", "x[ab]*y", "ab$", "(?m)^ab", "(?i)ab(c|d)+",
    };

    static final String[] TEXTS = {
        "", "a", "ab", "abc", "xabcabc", "aabcAbCABC", "foobar foo bar baz", "Sherlock Holmes and sherlock holmes",
        "abab ababab", "abcbc ac abc", "xxxyyxz xyz", "\u0428\u0435\u0440\u043b\u043e\u043a \u0448\u0435\u0440\u043b\u043e\u043a",
        "K k \u212a s S \u017f", "\u00e9t\u00e9 \u00c9T\u00c9", "a.b a-b", "foo123 foo foo9x", "hello HELLOworld hElLo_1",
        "cats dog dogs catsup", "a..b ab aab", "Holmes and Watson, Watson---Holmes", "abcdd abd", "xay xaby xy xcy",
        "ab\nab", "abcd abdc ABDDD",
        "KEYWORD_TO_FIND keyword_to_find kEyWoRd_To_FiNd keyword\u007fto_find KEYWORD_TO_FINd",
        "x@y x`y x y x\u0000y x\u0060y X@Y x_@ X_` x\u007f@", "k\u0000 K  k@ \u000b\u0000 Ab aB",
    };

    @Test
    void literalFactsAreRead() {
        assertEquals(1, Literals.of(Parser.parse("abc", 0)).exact().size());
        assertEquals(2, Literals.of(Parser.parse("a|ab", 0)).exact().size());
        assertNull(Literals.of(Parser.parse("foo\\d+", 0)).exact());
        assertNotNull(Literals.of(Parser.parse("foo\\d+", 0)).prefixes());
        assertNull(Literals.of(Parser.parse("\\bfoo\\b", 0)).exact(), "assertions are not literals");
        assertNotNull(Literals.of(Parser.parse("\\bfoo\\b", 0)).prefixes());
        assertNull(Literals.of(Parser.parse("a*b", 0)).prefixes(), "a match may start with b");
        assertNull(Literals.of(Parser.parse("a|", 0)).prefixes(), "the empty string is a match");
        assertNull(Literals.of(Parser.parse("\\w+", 0)).prefixes());
    }

    @Test
    void literalSetsMatchJdk() {
        for (String re : LITERAL_SETS) {
            assertNotNull(Literals.of(Parser.parse(re, 0)).exact(), re);
            for (String text : TEXTS) {
                compare(re, text);
            }
        }
    }

    @Test
    void prefixedPatternsMatchJdk() {
        for (String re : PREFIXED) {
            for (String text : TEXTS) {
                compare(re, text);
            }
        }
    }

    @Test
    void randomLiteralsMatchJdk() {
        Random rnd = new Random(4_2026);
        String[] pieces = {"a", "b", "ab", "ba", "c", "(?:a|b)", "(a|ab)", "(?i:a)", "[bc]", "\\d", "x+", "a{2}"};
        char[] units = {'a', 'b', 'c', 'A', 'B', '1', 'x'};
        for (int i = 0; i < 400; i++) {
            StringBuilder re = new StringBuilder();
            int alts = 1 + rnd.nextInt(3);
            for (int a = 0; a < alts; a++) {
                if (a > 0) {
                    re.append('|');
                }
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    re.append(pieces[rnd.nextInt(pieces.length)]);
                }
            }
            StringBuilder text = new StringBuilder();
            for (int k = rnd.nextInt(30); k > 0; k--) {
                text.append(units[rnd.nextInt(units.length)]);
            }
            compare(re.toString(), text.toString());
        }
    }

    @Test
    void manyFailedCandidatesStayLinear() {
        // Every 'a' is a candidate and the anchored run from it reads to the end: the search must
        // switch to the unanchored DFA instead of going quadratic.
        Strategy st = Strategy.compile(Parser.parse("a[ab]*c", 0));
        Strategy.Scratch scratch = st.newScratch();
        String text = "a".repeat(20_000);
        assertTrue(!st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, new int[2], scratch));
        assertTrue(scratch.dfaSteps() < 20L * text.length(), "steps " + scratch.dfaSteps());
    }

    private static void compare(String re, String text) {
        java.util.regex.Pattern jp = java.util.regex.Pattern.compile(re);
        dev.linrex.Pattern lp = dev.linrex.Pattern.compile(re);
        assertEquals(run(jp.matcher(text)), run(lp.matcher(text)), re + " on \"" + DfaTestSupport.escape(text) + "\"");
        if (text.length() >= 2) {
            assertEquals(run(jp.matcher(text).region(1, text.length() - 1)),
                    run(lp.matcher(text).region(1, text.length() - 1)), re + " region on \"" + DfaTestSupport.escape(text) + "\"");
        }
    }

    private static List<String> run(java.util.regex.Matcher m) {
        List<String> out = new ArrayList<>();
        out.add("matches " + m.matches() + " " + m.hitEnd() + " " + m.requireEnd());
        out.add("lookingAt " + m.lookingAt() + " " + m.hitEnd());
        m.reset();
        while (m.find()) {
            StringBuilder sb = new StringBuilder("find");
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(' ').append(m.start(g)).append(',').append(m.end(g));
            }
            out.add(sb.toString());
        }
        out.add("end " + m.hitEnd()); // requireEnd after a failed find already differs on main (\\bfoo\\b on "")
        return out;
    }

    private static List<String> run(dev.linrex.Matcher m) {
        List<String> out = new ArrayList<>();
        out.add("matches " + m.matches() + " " + m.hitEnd() + " " + m.requireEnd());
        out.add("lookingAt " + m.lookingAt() + " " + m.hitEnd());
        m.reset();
        while (m.find()) {
            StringBuilder sb = new StringBuilder("find");
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(' ').append(m.start(g)).append(',').append(m.end(g));
            }
            out.add(sb.toString());
        }
        out.add("end " + m.hitEnd()); // requireEnd after a failed find already differs on main (\\bfoo\\b on "")
        return out;
    }
}
