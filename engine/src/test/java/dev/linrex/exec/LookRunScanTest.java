package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Lookaround;
import dev.linrex.syntax.Parser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which lookaheads are answered from the length of a run of one class ({@link LookRunScan}),
 * and that their questions cost about one step per unit in order and stay bounded in any order.
 * Agreement with the tables is checked by LookaroundFastPathTest.
 */
class LookRunScanTest {
    private static List<Lookaround> looks(String pattern) {
        return Strategy.compile(Parser.parse(pattern, 0)).program().looks;
    }

    /** The outermost lookaround (inner ones come first). */
    private static Lookaround outer(String pattern) {
        List<Lookaround> l = looks(pattern);
        return l.get(l.size() - 1);
    }

    @Test
    void runBodiesQualify() {
        for (String p : new String[] {"\\B(?=(\\d{3})+(?!\\d))", "(?=\\d+(?=\\d))", "(?=(?:[ab]{2})*)", "(?!\\d*)"}) {
            assertTrue(outer(p).runClass >= 0, p);
        }
    }

    @Test
    void otherBodiesDoNot() {
        for (String p : new String[] {"(?=\\d+x)", "(?=(\\d{3})+\\b)", "(?=\\d+(?!x))", "(?=\\d+(?<=\\d))", "(?=.*)",
            "(?=\\d+(?!\\d\\d))", "(?<=\\d+)x"}) {
            assertEquals(-1, outer(p).runClass, p);
        }
    }

    private static long stepsOver(String pattern, String text, int[] order) {
        SearchInput in = SearchInput.of(text);
        List<Lookaround> ls = looks(pattern);
        int id = ls.size() - 1;
        LookTables tables = new LookTables(in, ls, new Budget());
        LookTables reference = new LookTables(in, ls, new Budget());
        reference.probing = false;
        for (int pos : order) {
            assertEquals(reference.holds(id, pos), tables.holds(id, pos), "at " + pos);
        }
        return tables.steps();
    }

    @Test
    void questionsInOrderCostAboutOneStepPerUnit() {
        String text = "1234567 ".repeat(4_000) + "9".repeat(20_000);
        int n = text.length();
        int[] up = new int[n + 1];
        int[] down = new int[n + 1];
        for (int p = 0; p <= n; p++) {
            up[p] = p;
            down[p] = n - p;
        }
        String pattern = "(?=(\\d{3})+(?!\\d))";
        // the scans, plus the per-length answers up to the longest run (a bounded body walk each)
        assertTrue(stepsOver(pattern, text, up) <= 40L * n, "increasing order");
        assertTrue(stepsOver(pattern, text, down) <= 40L * n, "decreasing order");
        long scans = stepsOver(pattern, "1234567 ".repeat(10_000), up);
        assertTrue(scans <= 3L * 80_000 + 1_000, "short runs: the answers are computed once: " + scans);
    }

    @Test
    void anyOrderStaysLinear() {
        String text = "1".repeat(20_000) + " " + "2".repeat(20_000);
        int n = text.length();
        Random r = new Random(3);
        int[] order = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            order[i] = i % 2 == 0 ? r.nextInt(20_000) : 20_001 + r.nextInt(20_000);
        }
        long steps = stepsOver("(?=(\\d{3})+(?!\\d))", text, order);
        assertTrue(steps <= 60L * n, "steps " + steps + " for " + n + " units");
    }
}
