package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * Which lookaheads the backtracker compares as a fixed string in its step loop, and that a short
 * search of a pattern whose every lookaround is one builds no lookaround tables. Agreement with
 * java.util.regex is LiteralLookaheadParityTest's.
 */
class LiteralLookaheadTest {
    private static Strategy compile(String pattern) {
        return Strategy.compile(Parser.parse(pattern, 0));
    }

    @Test
    void fixedStringLookaheadsNeedNoTables() {
        for (String p : new String[] {"^(?:TLS|SSL)_((?:(?!_WITH_).)+)_WITH_(.*)$", "a(?=bc)", "x(?!y)z?", "(?=ab)(?!abc)a."}) {
            assertFalse(new Backtracker(compile(p).program()).needsLookTables(), p);
        }
    }

    @Test
    void otherLookaroundsKeepTheirTables() {
        for (String p : new String[] {
            "(?!a|b)x", "(?=a[bc])x", "(?<!ab)c", "(?<=a)b", "x(?=(ab))", "(?i)x(?!ab)", "(?!\\bab)x", "(?=a*)x",
            "a(?=bc)(?<=a)", // one literal lookahead is not enough: every LOOK must be one
        }) {
            assertTrue(new Backtracker(compile(p).program()).needsLookTables(), p);
        }
        assertFalse(new Backtracker(compile("abc").program()).needsLookTables(), "no lookaround at all");
    }

    @Test
    void aShortSearchBuildsNoTablesForLiteralLookaheads() {
        String line = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
        Strategy literal = compile("^(?:TLS|SSL)_((?:(?!_WITH_).)+)_WITH_(.*)_(.*)$");
        Strategy.Scratch scratch = literal.newScratch();
        int[] slots = new int[2];
        assertTrue(literal.search(SearchInput.of(line), 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals(0, slots[0]);
        assertEquals(line.length(), slots[1]);
        assertNull(scratch.lookTables, "compared in place");
        assertTrue(scratch.backtrackSteps() > 0, "the backtracker answered");

        Strategy tabled = compile("^(?:TLS|SSL)_((?:(?!_WITH_|_AND_).)+)_WITH_(.*)_(.*)$");
        Strategy.Scratch other = tabled.newScratch();
        assertTrue(tabled.search(SearchInput.of(line), 0, Anchor.UNANCHORED, slots, other));
        assertNotNull(other.lookTables, "an alternation in the body is asked of the tables");
    }
}
