package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * The prefix-literal search of {@link Strategy}: an anchored DFA run per candidate, until the
 * candidates turn out to be dense and failing, then one unanchored pass. Work counted in DFA runs.
 */
class PrefixSearchTest {
    private static final String RE = "<<!(image|media|link)(\\([^\\)]*\\))?/?>?>";

    @Test
    void denseFailingCandidatesSwitchToOneUnanchoredPass() {
        Strategy st = Strategy.compile(Parser.parse(RE, 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String text = "<<!image ".repeat(1000);
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[2];
        assertTrue(!st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        // One anchored run per candidate up to the check, then one unanchored forward run.
        assertTrue(scratch.fwd.searches() <= Strategy.DENSE_CANDIDATES + 1, "DFA runs " + scratch.fwd.searches());
    }

    @Test
    void answersAfterTheSwitchAreThoseOfJavaUtilRegex() {
        Strategy st = Strategy.compile(Parser.parse(RE, 0), LazyDfa.DEFAULT_CACHE_BYTES);
        String[] texts = {"<<!image ".repeat(40) + "<<!media(a b)>", "<<!image ".repeat(40) + "x<<!link/>>",
            "<<!image ".repeat(17) + "<<!image>", "<<<!link> " + "<<!".repeat(30), "<<!image ".repeat(20)};
        java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(RE);
        for (String text : texts) {
            java.util.regex.Matcher m = jdk.matcher(text);
            Strategy.Scratch scratch = st.newScratch();
            int[] slots = new int[2];
            int from = 0;
            while (st.search(SearchInput.of(text), from, Anchor.UNANCHORED, slots, scratch)) {
                assertTrue(m.find(), text);
                assertEquals(m.start(), slots[0], text);
                assertEquals(m.end(), slots[1], text);
                from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
            }
            assertTrue(!m.find(), text);
        }
        assertEquals(0, st.inconsistencies());
    }
}
