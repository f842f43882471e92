package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * Which patterns have their leading lookarounds checked apart ({@link LeadingLookarounds}), and
 * that such a search stays linear. Agreement with java.util.regex is checked by
 * LookaroundDifferentialTest (rows after "leading lookarounds") and the fuzz properties.
 */
class LeadingLookaroundsTest {
    private static LeadingLookarounds of(String pattern, int flags) {
        Ast.Root root = Parser.parse(pattern, flags);
        return LeadingLookarounds.of(root, Strategy.compile(root).program());
    }

    @Test
    void anchoredConjunctionsQualify() {
        for (String p : new String[] {"^(?=.*\\d)(?=.*[a-z]).{8,}$", "\\A(?!x)(?<!y)(a)(b)", "^(?=a)", "^(?=(?!b)a)\\w"}) {
            assertNotNull(of(p, 0), p);
        }
    }

    @Test
    void otherShapesDoNot() {
        for (String p : new String[] {"(?=.*\\d).{8,}$", "^a(?=b)", "^(?=(a))a", "^(?=a)b(?=c)", "^(?=a)(?:b|(?<=b))",
            "(?m)^(?=a)a", "^(?=a)|b", "^\\b(?=a)a"}) {
            assertNull(of(p, 0), p);
        }
    }

    @Test
    void longAnchoredSearchIsLinear() {
        Strategy s = Strategy.compile(Parser.parse("^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", 0));
        long[] steps = new long[2];
        for (int k = 0; k < 2; k++) {
            String text = "aB".repeat(20_000 << k) + "7";
            Strategy.Scratch scratch = s.newScratch();
            int[] slots = new int[2];
            assertTrue(s.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
            assertEquals(text.length(), slots[1]);
            steps[k] = scratch.steps();
        }
        assertTrue(steps[0] >= 40_000, "the work is counted: " + steps[0]);
        assertTrue(steps[1] <= 2.2 * steps[0], "steps " + steps[0] + " then " + steps[1] + " for twice the input");
    }
}
