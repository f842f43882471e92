package dev.linrex.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SccTest {
    @Test
    void componentsAndTheirOrder() {
        // 0 → 1 ⇄ 2 → 3 (self-loop), 4 alone
        int[][] g = {{1}, {2}, {1, 3}, {3}, {}};
        int[] c = Scc.components(g);
        assertEquals(c[1], c[2]);
        assertNotEquals(c[0], c[1]);
        assertNotEquals(c[2], c[3]);
        // Successors complete first: a component's number is above its successors'.
        assertTrue(c[0] > c[1]);
        assertTrue(c[1] > c[3]);
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        int n = 200_000;
        int[][] g = new int[n][];
        for (int i = 0; i < n; i++) {
            g[i] = i + 1 < n ? new int[] {i + 1} : new int[] {0};
        }
        int[] c = Scc.components(g);
        assertEquals(c[0], c[n - 1]);
    }
}
