package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Work, not wall time, for lookaround patterns built to be hard: all the work of a whole
 * {@code find} loop (Pike VM steps, lookaround table passes, body runs for captures) must grow
 * linearly with the input. For n = 1,000 ... 64,000 each doubling of the input may at most
 * multiply the steps by {@value #MAX_RATIO}.
 */
class LookaroundLinearityTest {
    static final double MAX_RATIO = 2.2;
    static final int[] SIZES = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000};

    private record Family(String pattern, boolean groups, String inputDescription, IntFunction<String> input) {}

    private static String nestedLookaheads(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(i % 2 == 0 ? "(?=a*" : "(?<=a*");
        }
        return sb.append(")".repeat(depth)).append("a").toString();
    }

    private static List<Family> families() {
        return List.of(
                new Family("(?=(a+)+b)", true, "\"a\"×n + \"b\"", n -> "a".repeat(n) + "b"),
                new Family("(?=(a+)+b)", false, "\"a\"×n", n -> "a".repeat(n)),
                new Family("(?=(?:a|a)*b)a", false, "\"a\"×n", n -> "a".repeat(n)),
                new Family("(?!(?:a|a)*b)a", false, "\"a\"×n", n -> "a".repeat(n)),
                new Family(nestedLookaheads(20), false, "\"a\"×n", n -> "a".repeat(n)),
                new Family("(?=a(?=a(?=a(?=a(?=a(?=a(?=a(?=a(?=a(?=a.*b))))))))))", false, "\"a\"×n",
                        n -> "a".repeat(n)),
                new Family("(?<=a.{0,50})b", false, "\"a\" + \"xb\"×n/2", n -> "a" + "xb".repeat(n / 2)),
                new Family("(?<=a.*)b", false, "\"a\" + \"b\"×n", n -> "a" + "b".repeat(n)),
                new Family("(?<=(a.*))b", true, "\"a\" + \"b\"×n", n -> "a" + "b".repeat(n)),
                new Family("(?<!a.{0,100})b", false, "\"b\"×n", n -> "b".repeat(n)),
                new Family("^(?=.*\\d)(?=.*[a-z]).{8,}$", false, "\"a\"×n", n -> "a".repeat(n)),
                new Family("(?=.*\\d)(?=.*[a-z])\\w", false, "\"a\"×n", n -> "a".repeat(n)),
                new Family("\\w+(?!\\d)", false, "\"a\"×n + \"1\"", n -> "a".repeat(n) + "1"),
                new Family("(?=(\\w+))\\w", true, "(\"ab \")×n/3", n -> "ab ".repeat(n / 3)),
                // Questions answered one position at a time (LookProbes) until the work bound:
                // each probe reads to the end, or scans a whole lookbehind window.
                new Family("x(?=.*y)", false, "\"x\"×n", n -> "x".repeat(n)),
                new Family("x(?!(?:a|a)*y)", false, "(\"x\" + \"a\"×9)×n/10", n -> ("x" + "a".repeat(9)).repeat(n / 10)),
                new Family("(?<!ab{0,60})c", false, "\"c\"×n", n -> "c".repeat(n)),
                new Family("foo(?=(?:o|o)*(?<=o{0,60})x)", false, "\"foo\"×n/3", n -> "foo".repeat(n / 3)),
                new Family("\\bfoo(?!bar)", false, "(\"foo \")×n/4", n -> "foo ".repeat(n / 4)),
                // The backtracker by segments (LookSegments): n matches inside one long segment
                // (the barrier scan is not repeated per find), a segment per short number, and
                // lookarounds answered by walking their chain (LookChain) at every position.
                new Family("(?<!b)a", false, "\"a\"×n", n -> "a".repeat(n)),
                new Family("(?<=\\$)\\d+(\\.\\d\\d)?", true, "(\"$12.50 \")×n/7", n -> "$12.50 ".repeat(n / 7)),
                new Family("(?!\\d\\d\\d)\\d+", false, "\"1\"×n", n -> "1".repeat(n)),
                new Family("(?<!\\bthe )\\bfoo\\w*", false, "(\"the foo food \")×n/13", n -> "the foo food ".repeat(n / 13)),
                new Family("a(?<=\\ba)(?!b)", false, "\"a\"×n", n -> "a".repeat(n)),
                // Without barriers: segments end at the relaxed DFA's empty points.
                new Family("(?s)(?<!a)b.?", false, "\"b\"×n", n -> "b".repeat(n)),
                new Family("(?s)(?<!a)b.*?c", false, "\"b\"×n", n -> "b".repeat(n)),
                new Family("(?s)\"(.*?)(?<!\\\\)\"\\s+(.*)", true, "(\"\\\"x\\\\\\\" y\\n\")×n/8",
                        n -> "\"x\\\" y\n".repeat(n / 8)));
    }

    @TestFactory
    Stream<DynamicTest> stepsGrowLinearly() {
        return families().stream().map(f -> DynamicTest.dynamicTest(
                (f.pattern().length() > 40 ? f.pattern().substring(0, 40) + "…" : f.pattern())
                        + (f.groups() ? " with groups" : "") + " on " + f.inputDescription(),
                () -> checkLinear(f)));
    }

    private static void checkLinear(Family f) {
        Strategy s = Strategy.compile(Parser.parse(f.pattern(), 0));
        long[] steps = new long[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            steps[i] = findLoopSteps(s, f.input().apply(SIZES[i]), f.groups());
        }
        StringBuilder table = new StringBuilder();
        boolean linear = true;
        for (int i = 0; i < SIZES.length; i++) {
            table.append(String.format("  n=%,7d steps=%,14d", SIZES[i], steps[i]));
            if (i > 0) {
                double ratio = (double) steps[i] / Math.max(1, steps[i - 1]);
                table.append(String.format("  x%.2f", ratio));
                if (ratio > MAX_RATIO) {
                    linear = false;
                    table.append("  <-- over ").append(MAX_RATIO);
                }
            }
            table.append('\n');
        }
        System.out.print("[linrex lookaround linearity] " + f.pattern() + " on " + f.inputDescription() + "\n" + table);
        assertTrue(steps[0] > 0, "the step counter did not move");
        assertTrue(linear, "steps of " + f.pattern() + " on " + f.inputDescription() + " are not linear:\n" + table);
    }

    /**
     * The whole {@code while (m.find())} loop on one Matcher (the tables are reused across
     * finds), then, if {@code groups}, the last match again with its groups: recovering the groups
     * of a lookaround re-runs its body once for that match. (Each reported match pays that run, as
     * each search pays for settling its own match: over a find loop asking for groups on every
     * match, the work is linear per match, not over the loop.)
     */
    private static long findLoopSteps(Strategy s, String text, boolean groups) {
        Strategy.Scratch scratch = s.newScratch();
        SearchInput in = SearchInput.of(text);
        int[] slots = new int[2];
        int from = 0;
        int last = -1;
        while (from <= text.length() && s.search(in, from, Anchor.UNANCHORED, slots, scratch)) {
            last = slots[0];
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
        }
        if (groups && last >= 0) {
            int[] all = new int[2 * (s.groupCount() + 1)];
            assertTrue(s.search(in, last, Anchor.UNANCHORED, all, scratch));
            assertTrue(all[2] >= 0, "group 1 is set");
        }
        return scratch.steps();
    }

    /**
     * The tables are per input: a new input (or region) gets new tables, the same input keeps them.
     * The first finds answer the lookahead one position at a time ({@link LookProbes}), each
     * probe reading to the end; within a few finds the probes' work bound is reached and the
     * table is built, which every later find reads without new work.
     */
    @Test
    void tablesAreReusedAcrossFindsOnTheSameInput() {
        Strategy s = Strategy.compile(Parser.parse("a(?=.*z)", 0));
        String text = "a".repeat(10_000) + "z";
        Strategy.Scratch scratch = s.newScratch();
        SearchInput in = SearchInput.of(text);
        int[] slots = new int[2];
        assertTrue(s.search(in, 0, Anchor.UNANCHORED, slots, scratch));
        long first = scratch.steps();
        for (int from = 1; from < 10; from++) {
            assertTrue(s.search(in, from, Anchor.UNANCHORED, slots, scratch));
        }
        long warm = scratch.steps();
        for (int from = 10; from < 100; from++) {
            assertTrue(s.search(in, from, Anchor.UNANCHORED, slots, scratch));
        }
        long later = scratch.steps() - warm;
        assertTrue(later * 10 < first, "later finds on the same input recomputed lookaround work: first " + first
                + ", 90 later finds " + later);
        long before = scratch.steps();
        assertTrue(s.search(SearchInput.of(text), 1, Anchor.UNANCHORED, slots, scratch));
        long fresh = scratch.steps() - before;
        assertTrue(fresh * 2 > first, "a new input must get new tables: " + first + " then " + fresh);
    }
}
