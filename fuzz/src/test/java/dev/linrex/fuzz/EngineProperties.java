package dev.linrex.fuzz;

import dev.linrex.exec.SearchInput;
import dev.linrex.exec.Strategy;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Every internal engine agrees with the Pike VM on generated patterns and inputs: the
 * {@link Strategy} path (forward and reverse lazy DFA, then the Pike VM on the span) under a tiny
 * DFA cache (constant clearing and giving up) and under the default budget.
 */
@AddLifecycleHook(FuzzSettings.class)
class EngineProperties {
    /** Small enough that most patterns' DFAs clear their cache or give up within a search. */
    static final long TINY_BUDGET = 6 * 1024;

    @Property
    void strategyAgreesWithPikeVmUnderATinyCache(@ForAll("cases") FuzzCase c) {
        check(c, TINY_BUDGET);
    }

    @Property
    @FuzzSettings.Scale(0.5)
    void strategyAgreesWithPikeVmUnderTheDefaultCache(@ForAll("cases") FuzzCase c) {
        check(c, dev.linrex.exec.LazyDfa.DEFAULT_CACHE_BYTES);
    }

    private static void check(FuzzCase c, long budget) {
        Campaign.tick("engines, DFA budget " + budget);
        Ast.Root root;
        try {
            root = Parser.parse(c.pattern(), c.flags());
        } catch (PatternSyntaxException e) {
            Statistics.label("engines").collect("syntax error");
            return; // syntax errors are the differential property's business
        }
        Strategy st = Strategy.compile(root, budget);
        if (st.program().hasLooks()) {
            // Lookaround patterns run on the Pike VM with the Strategy's lookaround tables only
            // (no DFA, no backtracker): nothing to compare here; DifferentialProperties covers them.
            Statistics.label("engines").collect("lookarounds: Pike VM with tables only");
            return;
        }
        long b = budget;
        while (st.forwardDfa() == null && b < (1 << 20)) {
            b *= 4;
            st = Strategy.compile(root, b);
        }
        Statistics.label("engines").collect(st.forwardDfa() == null ? "Pike VM only" : "DFAs");
        Statistics.label("one-pass").collect(dev.linrex.exec.OnePass.of(st.program()) != null);
        SearchInput in = c.hasRegion()
                ? new SearchInput(c.input(), c.regionStart(), c.regionEnd(), c.transparent(), c.anchoring())
                : SearchInput.of(c.input());
        String d = EngineAgreement.disagreement(root, st, in);
        if (d != null) {
            Campaign.disagreement("ENGINES DISAGREE on " + c + " (DFA budget " + budget + ")\n    " + d);
        }
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        return InputArbitraries.cases();
    }
}
