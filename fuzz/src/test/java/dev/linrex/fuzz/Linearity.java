package dev.linrex.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.exec.Anchor;
import dev.linrex.exec.PikeVM;
import dev.linrex.exec.SearchInput;
import dev.linrex.exec.Strategy;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Work, not wall time: for generated patterns and pumped inputs {@code prefix + pump×k + suffix},
 * the step counters of one search (the Pike VM alone, and the Strategy with its DFAs) grow at most
 * linearly in k: each doubling of k may at most multiply the steps by {@value #MAX_RATIO}, and
 * the Pike VM never exceeds {@code 3 × (program size + 1) × (input length + 2)} steps. Patterns
 * with lookarounds (at the generator's modest weight, and lookaround-heavy ones in their own
 * property) are measured through the Strategy, whose steps include the lookaround table passes.
 */
@AddLifecycleHook(FuzzSettings.class)
class Linearity {
    static final double MAX_RATIO = 2.2;
    static final int[] PUMPS = {64, 128, 256, 512};

    record Pumped(String pattern, int flags, String prefix, String pump, String suffix) {
        String input(int k) {
            return prefix + pump.repeat(k) + suffix;
        }

        @Override
        public String toString() {
            return "pattern " + Chars.show(pattern) + " flags 0x" + Integer.toHexString(flags) + " input " + Chars.show(prefix)
                    + " + " + Chars.show(pump) + "×k + " + Chars.show(suffix);
        }
    }

    @Property
    @FuzzSettings.Scale(0.2)
    void stepsGrowLinearlyInThePumpCount(@ForAll("pumped") Pumped c) {
        check(c);
    }

    /** The same for lookaround-heavy patterns, whose table passes count in the Strategy's steps. */
    @Property
    @FuzzSettings.Scale(0.2)
    void lookaroundStepsGrowLinearlyInThePumpCount(@ForAll("pumpedLookarounds") Pumped c) {
        check(c);
    }

    /**
     * For a pattern with lookarounds the Pike VM alone cannot run (its LOOK instructions read the
     * Strategy's lookaround tables), so only the Strategy, tables included, is measured.
     */
    private static void check(Pumped c) {
        Ast.Root root;
        try {
            root = Parser.parse(c.pattern(), c.flags());
        } catch (PatternSyntaxException e) {
            return;
        }
        Strategy st = Strategy.compile(root);
        Program prog = st.program();
        PikeVM vm = new PikeVM(prog);
        long[] pike = new long[PUMPS.length];
        long[] strategy = new long[PUMPS.length];
        for (int i = 0; i < PUMPS.length; i++) {
            String text = c.input(PUMPS[i]);
            SearchInput in = SearchInput.of(text);
            Strategy.Scratch scratch = st.newScratch();
            st.search(in, 0, Anchor.UNANCHORED, new int[prog.slotCount], scratch);
            strategy[i] = scratch.steps();
            if (prog.hasLooks()) {
                continue;
            }
            PikeVM.Cache cache = vm.newCache();
            vm.search(in, 0, Anchor.UNANCHORED, new int[prog.slotCount], cache);
            pike[i] = cache.steps();
            long bound = 3L * (prog.size() + 1) * (text.length() + 2);
            assertTrue(pike[i] <= bound, "Pike VM took " + pike[i] + " steps, over the bound " + bound + " for " + c
                    + " with k=" + PUMPS[i]);
        }
        checkRatios("Pike VM", pike, c);
        checkRatios("Strategy", strategy, c);
    }

    private static void checkRatios(String engine, long[] steps, Pumped c) {
        for (int i = 1; i < steps.length; i++) {
            double ratio = (double) steps[i] / Math.max(1, steps[i - 1]);
            if (steps[i] > 1000 && ratio > MAX_RATIO) {
                StringBuilder table = new StringBuilder();
                for (int j = 0; j < steps.length; j++) {
                    table.append(" k=").append(PUMPS[j]).append(": ").append(steps[j]);
                }
                throw new AssertionError(engine + " steps not linear for " + c + ":" + table);
            }
        }
    }

    @Provide
    Arbitrary<Pumped> pumped() {
        return pumped(RegexArbitraries.pattern());
    }

    @Provide
    Arbitrary<Pumped> pumpedLookarounds() {
        return pumped(RegexArbitraries.lookaroundHeavyPattern());
    }

    private static Arbitrary<Pumped> pumped(Arbitrary<RegexTree> patterns) {
        return patterns.flatMap(tree -> {
            String pattern = tree.render();
            return Combinators.combine(RegexArbitraries.compileFlags(), InputArbitraries.input(tree, 3),
                            InputArbitraries.input(tree, 3).filter(s -> !s.isEmpty()), InputArbitraries.input(tree, 3))
                    .as((flags, prefix, pump, suffix) -> new Pumped(pattern, flags, prefix, pump, suffix));
        });
    }
}
