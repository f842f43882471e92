package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Lookaround;
import dev.linrex.syntax.Parser;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which lookaheads are scanned as {@code S*C} ({@link LookStarScan}), and that questions in
 * order cost about one step per unit while any order stays within the probes' bound. Agreement
 * with the tables is checked by LookaroundFastPathTest.
 */
class LookStarScanTest {
    private static Lookaround only(String pattern) {
        var looks = Strategy.compile(Parser.parse(pattern, 0)).program().looks;
        assertEquals(1, looks.size(), pattern);
        return looks.get(0);
    }

    @Test
    void starThenChainBodiesQualify() {
        for (String p : new String[] {"(?=.*\\d)", "(?!.*[a-z])x", "(?s)(?=.*x)", "(?d)(?=.*x)", "(?=[^,]*,)",
            "(?=.*ab\\b)", "(?=.*(\\d))"}) {
            assertNotNull(only(p).starChain, p);
        }
    }

    @Test
    void otherBodiesDoNot() {
        // lazy star; a star over a set without surrogates; a chain that begins with a surrogate,
        // an assertion or a branch; no chain; a lookbehind; a plus.
        for (String p : new String[] {"(?=.*?\\d)", "(?=\\w*\\d)", "(?=.*\\uD83D\\uDE00)", "(?=.*\\bx)", "(?=.*(?:a|b))",
            "(?=.*)", "(?<=.*x)", "(?=.+x)", "(?=.*[\\uD800-\\uDFFF])"}) {
            assertNull(only(p).starChain, p);
        }
    }

    private static long stepsOver(String text, int[] order) {
        SearchInput in = SearchInput.of(text);
        var looks = Strategy.compile(Parser.parse("(?=.*\\d)", 0)).program().looks;
        LookTables tables = new LookTables(in, looks, new Budget());
        LookTables reference = new LookTables(in, looks, new Budget());
        reference.probing = false;
        for (int pos : order) {
            assertEquals(reference.holds(0, pos), tables.holds(0, pos), "at " + pos);
        }
        return tables.steps();
    }

    @Test
    void questionsInOrderCostAboutOneStepPerUnit() {
        String text = "abcdefghij".repeat(3_000) + "1" + "\n" + "xyz".repeat(3_000);
        int n = text.length();
        int[] up = new int[n + 1];
        int[] down = new int[n + 1];
        for (int p = 0; p <= n; p++) {
            up[p] = p;
            down[p] = n - p;
        }
        assertTrue(stepsOver(text, up) <= 3L * n, "increasing order");
        assertTrue(stepsOver(text, down) <= 3L * n, "decreasing order");
    }

    @Test
    void anyOrderStaysLinear() {
        // Alternating between two long stretches would re-scan each time: past the probes' work
        // bound the table answers, so the work stays a few times the length.
        String text = "a".repeat(20_000) + "\n" + "b".repeat(20_000) + "1";
        int n = text.length();
        Random r = new Random(5);
        int[] order = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            order[i] = i % 2 == 0 ? r.nextInt(20_000) : 20_001 + r.nextInt(20_000);
        }
        long steps = stepsOver(text, order);
        assertTrue(steps <= (LookProbes.WORK_PER_UNIT + 20L) * n, "steps " + steps + " for " + n + " units");
    }
}
