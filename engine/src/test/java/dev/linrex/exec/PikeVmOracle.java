package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

/**
 * The Pike VM as the oracle for one {@link Strategy#search} call: same found-or-not, same slots
 * when found (unset groups -1), same hit-end and require-end. For tests of a strategy shortcut
 * that must answer exactly as the reference engine.
 */
final class PikeVmOracle {
    private final Strategy strategy;
    private final Strategy.Scratch scratch;
    private final PikeVM vm;
    private final PikeVM.Cache cache;

    PikeVmOracle(Strategy strategy) {
        this.strategy = strategy;
        this.scratch = strategy.newScratch();
        this.vm = new PikeVM(strategy.program());
        this.cache = vm.newCache();
    }

    /** The strategy's scratch, to read its counters after the searches. */
    Strategy.Scratch scratch() {
        return scratch;
    }

    /** Searches {@code in} from {@code from} with both engines, {@code slots} slots, and compares. */
    void assertSameSearch(SearchInput in, int from, Anchor anchor, int slots, String where) {
        int[] exp = new int[slots];
        int[] act = new int[slots];
        Arrays.fill(exp, -1);
        boolean e = vm.search(in, from, anchor, exp, cache);
        boolean a = strategy.search(in, from, anchor, act, scratch);
        assertEquals(e, a, where);
        if (e) {
            assertEquals(Arrays.toString(exp), Arrays.toString(act), where);
        }
        assertEquals(cache.hitEnd(), scratch.hitEnd(), where);
        assertEquals(cache.requireEnd(), scratch.requireEnd(), where);
    }
}
