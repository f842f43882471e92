package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SparseSet against a boolean array, through clears that leave stale contents behind; ChargedBytes' bookkeeping. */
class SparseSetTest {
    @Test
    void agreesWithABooleanArrayAcrossClears() {
        int cap = 50;
        SparseSet set = new SparseSet(cap);
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            set.clear();
            boolean[] in = new boolean[cap];
            int[] order = new int[cap];
            int n = 0;
            for (int k = 0; k < rnd.nextInt(80); k++) {
                int x = rnd.nextInt(cap);
                assertEquals(!in[x], set.add(x), "add " + x);
                if (!in[x]) {
                    in[x] = true;
                    order[n++] = x;
                }
            }
            assertEquals(n, set.size);
            assertArrayEquals(Arrays.copyOf(order, n), Arrays.copyOf(set.dense, set.size), "insertion order");
            for (int x = 0; x < cap; x++) {
                assertEquals(in[x], set.contains(x), "contains " + x);
            }
        }
    }

    @Test
    void chargedBytesNeverExceedTheBudget() {
        ChargedBytes b = new ChargedBytes(10, 100);
        assertTrue(b.reserve(90));
        assertFalse(b.reserve(1));
        assertEquals(100, b.get());
        b.release(30);
        assertEquals(30, b.free());
        assertFalse(b.reserve(31));
        assertTrue(b.reserve(30));
        assertEquals(0, b.free());
    }
}
