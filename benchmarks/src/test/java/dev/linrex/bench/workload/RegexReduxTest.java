package dev.linrex.bench.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.LinrexEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegexReduxTest {

    @Test
    void variantCountsAreRebars() {
        Workload w = RebarSuite.load(SharedDataAssumption.shared()).stream()
                .filter(x -> x.operation() == Operation.REGEX_REDUX).findFirst().orElseThrow();
        List<CompiledRegex> compiled = new ArrayList<>();
        for (String re : w.regexes()) {
            compiled.add(new LinrexEngine().compile(re, w.flags()));
        }
        long[] expected = RegexRedux.EXPECTED_VARIANT_COUNTS.stream().mapToLong(Long::longValue).toArray();
        assertArrayEquals(expected, RegexRedux.variantCounts(compiled, w.inputs().get(0)));
    }
}
