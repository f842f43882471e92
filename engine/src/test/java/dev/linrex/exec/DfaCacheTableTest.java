package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The flat transition table of {@link DfaCache}: entries name states by row and tags, rows map
 * back to the states (for every class count, across the table's growth), links land in the
 * table, and growth stops at the budget.
 */
class DfaCacheTableTest {
    private static LazyDfa.Scratch scratch() {
        return new LazyDfa.Scratch(4, null);
    }

    @Test
    void entriesNameTheirStatesForEveryClassCount() {
        for (int classes : new int[] {1, 2, 3, 7, 33, 300, 1021, 4099}) {
            DfaCache cache = new DfaCache(64L << 20, classes, 6);
            DfaCache.Generation g = cache.current();
            LazyDfa.Scratch sc = scratch();
            DfaState[] made = new DfaState[200];
            for (int i = 0; i < made.length; i++) {
                made[i] = g.intern(new DfaState.Key(0, new int[] {i}), sc);
                assertEquals(0, made[i].row % classes, "row of a state is a multiple of the class count");
            }
            for (DfaState s : made) {
                assertSame(s, g.stateOf(s.entry), classes + " classes: entry " + s.entry);
                assertSame(s, g.stateOf(s.row));
                assertTrue(s.entry > 0, "an ordinary state's entry is positive (the scan takes it)");
            }
            assertNull(g.stateOf(0));
            assertEquals(cache.recountBytes(), cache.memoryBytes(), classes + " classes");
        }
    }

    @Test
    void specialStatesAndSentinelsAreTagged() {
        DfaCache cache = new DfaCache(1 << 20, 5, 6);
        DfaCache.Generation g = cache.current();
        LazyDfa.Scratch sc = scratch();
        DfaState match = g.intern(new DfaState.Key(DfaState.MATCH, new int[] {1}), sc);
        DfaState empty = g.intern(new DfaState.Key(DfaState.RESTART, new int[0]), sc);
        assertEquals(DfaCache.SPECIAL | DfaCache.MATCH, match.entry & DfaCache.TAGS);
        assertEquals(DfaCache.SPECIAL | DfaCache.EMPTY, empty.entry & DfaCache.TAGS);
        for (DfaState sentinel : new DfaState[] {DfaCache.DEAD, DfaCache.DEAD_MATCH, DfaCache.QUIT}) {
            assertTrue((sentinel.entry & (DfaCache.SPECIAL | DfaCache.LOOK)) == (DfaCache.SPECIAL | DfaCache.LOOK));
            assertSame(sentinel, g.stateOf(sentinel.entry));
        }
        assertTrue(DfaCache.isDead(DfaCache.DEAD.entry) && DfaCache.isDead(DfaCache.DEAD_MATCH.entry));
        assertTrue(!DfaCache.isDead(DfaCache.QUIT.entry));
        g.link(match, 3, empty);
        g.link(empty, 0, DfaCache.DEAD_MATCH);
        assertSame(empty, g.next(match, 3));
        assertSame(DfaCache.DEAD_MATCH, g.next(empty, 0));
        assertNull(g.next(match, 0), "not computed yet");
    }

    @Test
    void tableGrowthStaysWithinTheBudget() {
        long budget = 16 * 1024;
        DfaCache cache = new DfaCache(budget, 40, 6);
        DfaCache.Generation g = cache.current();
        LazyDfa.Scratch sc = scratch();
        int added = 0;
        while (g.intern(new DfaState.Key(0, new int[] {added}), sc) != null) {
            added++;
            assertTrue(cache.memoryBytes() <= budget, "charged " + cache.memoryBytes());
        }
        assertTrue(added > 8, "only " + added + " states fit");
        assertEquals(cache.recountBytes(), cache.memoryBytes());
        // The table holds every state's row.
        assertTrue(g.table.length >= (long) (DfaCache.SENTINEL_ROWS + added) * 40);
    }
}
