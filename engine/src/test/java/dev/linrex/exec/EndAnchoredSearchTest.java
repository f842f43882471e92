package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.EndAnchor;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Patterns whose every match ends at the end of the input ({@link EndAnchor}) are searched
 * backwards from the end. Their results must be java.util.regex's for every kind of final line
 * terminator, region and bounds; inputs are longer than {@link Strategy#SHORT_REGION} so the DFAs
 * (not the backtracker) answer.
 */
class EndAnchoredSearchTest {
    static final String[] PATTERNS = {
        "a$", "\\s+$", "a+\\z", "(a+)\\Z", "(?d)a$", "(?:ab|a)(b*)$", "a+?$", "(x|xa)$", "a$|b\\z", "(?:a$)",
        "[^x]*$", "$", "\\z", "\\Z", "\\b\\w+$", "(a)|b$", "(?m)a$", "a$\\n?", "(?i)A+$", "\\p{L}+$",
    };

    static final String[] TAILS = {
        "", "a", "aa", "aab", "a\n", "a\r\n", "a\r", "a\u0085", "a\u2028", "a\u2029", "a\n\n", "ab\n", " \n", "aa ",
        "b", "xa", "\u00e9a\u00e9", "a\r\n\r\n", "\n", "\r\n", "a\n\r", "\ud83d\ude00a",
    };

    @Test
    void endAnchoringIsRecognised() {
        assertTrue(EndAnchor.endsAtEndOfInput(Parser.parse("\\s+$", 0).node()));
        assertTrue(EndAnchor.endsAtEndOfInput(Parser.parse("(a|b\\z)$", 0).node()));
        assertTrue(EndAnchor.endsAtEndOfInput(Parser.parse("a$|b\\Z", 0).node()));
        assertFalse(EndAnchor.endsAtEndOfInput(Parser.parse("(?m)a$", 0).node()), "MULTILINE $ is a line end");
        assertFalse(EndAnchor.endsAtEndOfInput(Parser.parse("a$|b", 0).node()));
        assertFalse(EndAnchor.endsAtEndOfInput(Parser.parse("a$\\n?", 0).node()));
        assertFalse(EndAnchor.endsAtEndOfInput(Parser.parse("(?:a$)?", 0).node()));
    }

    @Test
    void longInputsMatchJdk() {
        String[] fills = {"a".repeat(150), " ".repeat(120) + "a", "ab\n".repeat(50), "x".repeat(130)};
        for (String re : PATTERNS) {
            for (String fill : fills) {
                for (String tail : TAILS) {
                    compare(re, fill + tail);
                }
            }
        }
    }

    @Test
    void randomInputsMatchJdk() {
        Random rnd = new Random(20261201);
        String[] units = {"a", "b", " ", "\n", "\r", "\r\n", "x", "\u2028"};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 101 + rnd.nextInt(60); k > 0; k--) {
                text.append(units[rnd.nextInt(units.length)]);
            }
            compare(PATTERNS[rnd.nextInt(PATTERNS.length)], text.toString());
        }
    }

    @Test
    void workIsTheSuffixNotTheInput() {
        // Stack Exchange 2016: a line of spaces that does not end the input. Backwards from the
        // end the DFA dies on the first unit; forwards it would read every space.
        Strategy st = Strategy.compile(Parser.parse("\\s+$", 0));
        Strategy.Scratch scratch = st.newScratch();
        String text = " ".repeat(100_000) + "!";
        assertFalse(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, new int[2], scratch));
        assertTrue(scratch.dfaSteps() < 100, "steps " + scratch.dfaSteps());
    }

    private static void compare(String re, String text) {
        // README, deliberate differences: a match ending with \z reports requireEnd() == true.
        withRequireEnd = !re.contains("\\z");
        java.util.regex.Pattern jp = java.util.regex.Pattern.compile(re);
        dev.linrex.Pattern lp = dev.linrex.Pattern.compile(re);
        String what = re + " on \"" + DfaTestSupport.escape(text) + "\"";
        assertEquals(run(jp.matcher(text)), run(lp.matcher(text)), what);
        int n = text.length();
        assertEquals(run(jp.matcher(text).region(1, n - 1)), run(lp.matcher(text).region(1, n - 1)), "region " + what);
        assertEquals(run(jp.matcher(text).region(0, n - 2).useAnchoringBounds(false)),
                run(lp.matcher(text).region(0, n - 2).useAnchoringBounds(false)), "non-anchoring region " + what);
        assertEquals(run(jp.matcher(text).region(3, n).useTransparentBounds(true)),
                run(lp.matcher(text).region(3, n).useTransparentBounds(true)), "transparent region " + what);
    }

    private static boolean withRequireEnd;

    private static List<String> run(java.util.regex.Matcher m) {
        return transcript(m, m::find, m::hitEnd, m::requireEnd);
    }

    private static List<String> run(dev.linrex.Matcher m) {
        return transcript(m, m::find, m::hitEnd, m::requireEnd);
    }

    /** Every find() with its groups and end flags, then hitEnd after the last one. */
    private static List<String> transcript(java.util.regex.MatchResult m, BooleanSupplier find, BooleanSupplier hitEnd,
                                           BooleanSupplier requireEnd) {
        List<String> out = new ArrayList<>();
        while (find.getAsBoolean()) {
            StringBuilder sb = new StringBuilder("find");
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(' ').append(m.start(g)).append(',').append(m.end(g));
            }
            out.add(sb.append(" hitEnd ").append(hitEnd.getAsBoolean())
                    .append(withRequireEnd ? " requireEnd " + requireEnd.getAsBoolean() : "").toString());
        }
        out.add("end " + hitEnd.getAsBoolean());
        return out;
    }
}
