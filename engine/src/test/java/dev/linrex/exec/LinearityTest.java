package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Parser;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Work, not wall time: the Pike VM's step counter over the whole find loop must grow linearly
 * with the input on the classic catastrophic-backtracking families. For n = 1,000 ... 64,000 each
 * doubling of the input may at most multiply the steps by {@value #MAX_RATIO}.
 */
class LinearityTest {
    static final double MAX_RATIO = 2.2;
    static final int[] SIZES = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000};

    /** Cloudflare WAF rule 100137 (2019 outage), as quoted in their postmortem. */
    static final String CLOUDFLARE = "(?:(?:\\\"|'|\\]|\\}|\\\\|\\d|(?:nan|infinity|true|false|null|undefined|symbol|math)"
            + "|\\`|\\-|\\+)+[)]*;?((?:\\s|-|~|!|\\{\\}|\\|\\||\\+)*.*(?:.*=.*)))";

    private record Family(String pattern, String inputDescription, IntFunction<String> input) {}

    private static List<Family> families() {
        return List.of(
                new Family("(x+)+y", "\"x\"×n", n -> "x".repeat(n)),
                new Family("(x+)+?y", "\"x\"×n", n -> "x".repeat(n)),
                new Family("(a|a)*b", "\"a\"×n", n -> "a".repeat(n)),
                new Family("(.*){12}x", "\"a\"×n", n -> "a".repeat(n)),
                new Family("\\s+$", "\" \"×n + \"x\"", n -> " ".repeat(n) + "x"),
                new Family(CLOUDFLARE, "\"math x=\" + \"x\"×n", n -> "math x=" + "x".repeat(n)));
    }

    @TestFactory
    Stream<DynamicTest> stepsGrowLinearly() {
        return families().stream().map(f -> DynamicTest.dynamicTest(
                (f.pattern().length() > 30 ? "cloudflare" : f.pattern()) + " on " + f.inputDescription(),
                () -> checkLinear(f)));
    }

    private static void checkLinear(Family f) {
        Program prog = Compiler.compile(Parser.parse(f.pattern(), 0));
        PikeVM vm = new PikeVM(prog);
        long[] steps = new long[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            steps[i] = findLoopSteps(vm, prog, f.input().apply(SIZES[i]));
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
        System.out.print("[linrex linearity] " + f.pattern() + " on " + f.inputDescription() + "\n" + table);
        assertTrue(steps[0] > 0, "the step counter did not move");
        assertTrue(linear, "steps of " + f.pattern() + " on " + f.inputDescription() + " are not linear:\n" + table);
    }

    /** The whole {@code while (m.find())} loop, as a user runs it: empty matches advance by one. */
    private static long findLoopSteps(PikeVM vm, Program prog, String text) {
        PikeVM.Cache cache = vm.newCache();
        SearchInput in = SearchInput.of(text);
        int[] slots = new int[prog.slotCount];
        int from = 0;
        while (from <= text.length() && vm.search(in, from, Anchor.UNANCHORED, slots, cache)) {
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
        }
        return cache.steps();
    }

    /** {@code (a|b)*} over a million chars: the JDK recurses per iteration (StackOverflowError). */
    @Test
    void longAlternationLoopThroughThePublicApi() {
        String text = "ab".repeat(500_000);
        dev.linrex.Matcher m = dev.linrex.Pattern.compile("(a|b)*").matcher(text);
        assertTrue(m.matches(), "(a|b)* must match 1,000,000 chars of a/b");
        assertEquals(text.length() - 1, m.start(1), "group 1 is the last b");
        assertEquals(text.length(), m.end(1));
    }
}
