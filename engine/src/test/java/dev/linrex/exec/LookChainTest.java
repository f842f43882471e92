package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Lookaround;
import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * Which lookarounds are walked as a chain ({@link LookChain}), and that a search using chains
 * does one step per chain entry per question, not a probe or table pass. Agreement with the
 * tables is checked by LookaroundFastPathTest (probes and chains against tables) and the
 * differential tests.
 */
class LookChainTest {
    private static Lookaround only(String pattern) {
        var looks = Strategy.compile(Parser.parse(pattern, 0)).program().looks;
        assertEquals(1, looks.size(), pattern);
        return looks.get(0);
    }

    @Test
    void fixedBodiesAreChains() {
        assertEquals(1, only("(?<=\\$)\\d").chainUnits);
        assertEquals(4, only("(?<!\\bthe )foo").chainUnits);
        assertEquals(3, only("(?!\\d\\d\\d)\\d").chainUnits);
        assertEquals(0, only("(?=\\b)x").chainUnits);
        assertTrue(LookChain.applies(only("(?<!\\w)x")));
        assertTrue(LookChain.applies(only("x(?=(ab))")), "a lookahead with groups: holds is a yes/no");
    }

    @Test
    void branchingBodiesAreNot() {
        for (String p : new String[] {"(?=a|b)x", "(?=.)x", "(?=a*)x", "(?<=a?)x", "(?<=a{1,3})x"}) {
            Lookaround l = only(p);
            assertEquals(null, l.chain, p);
            assertFalse(LookChain.applies(l), p);
        }
        assertFalse(LookChain.applies(only("(?<=(a))b")), "a lookbehind with groups keeps its table");
    }

    @Test
    void chainQuestionsCostTheirLength() {
        String text = "the foo ".repeat(5_000);
        SearchInput in = SearchInput.of(text);
        var looks = Strategy.compile(Parser.parse("(?<!\\bthe )foo", 0)).program().looks;
        LookTables tables = new LookTables(in, looks, new Budget());
        int asked = 0;
        for (int p = 0; p <= text.length(); p++) {
            boolean want = !(p >= 4 && text.startsWith("the ", p - 4) && (p == 4 || text.charAt(p - 5) == ' '));
            assertEquals(want, tables.holds(0, p), "at " + p);
            asked++;
        }
        int chainLength = looks.get(0).chain.length;
        assertTrue(tables.steps() <= (long) asked * chainLength, "steps " + tables.steps() + " for " + asked + " questions");
    }
}
