package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The set operations against a bit-set model: union is a merge of two sorted range lists and
 * fromPairs has a path for pairs already in order, so overlapping, adjacent and nested ranges,
 * in and out of order, are what these draw.
 */
class CodePointSetTest {
    /** Small universe near 0, plus the top of the code space, so adjacency and MAX both occur. */
    private static final int SPAN = 64;

    private static int point(Random r) {
        int p = r.nextInt(SPAN);
        return r.nextInt(8) == 0 ? CodePointSet.MAX - p : p;
    }

    private static int[] pairs(Random r, int n, boolean sorted) {
        int[] p = new int[2 * n];
        for (int i = 0; i < n; i++) {
            int a = point(r);
            int b = r.nextInt(6) == 0 ? a - 1 - r.nextInt(3) : Math.min(CodePointSet.MAX, a + r.nextInt(5)); // some empty pairs
            p[2 * i] = a;
            p[2 * i + 1] = b;
        }
        if (sorted) {
            // ascending by lo, as a class read in order gives them
            for (int i = 1; i < n; i++) {
                for (int j = i; j > 0 && p[2 * j] < p[2 * (j - 1)]; j--) {
                    int lo = p[2 * j];
                    int hi = p[2 * j + 1];
                    p[2 * j] = p[2 * (j - 1)];
                    p[2 * j + 1] = p[2 * (j - 1) + 1];
                    p[2 * (j - 1)] = lo;
                    p[2 * (j - 1) + 1] = hi;
                }
            }
        }
        return p;
    }

    private static BitSet model(int[] pairs) {
        BitSet b = new BitSet();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] <= pairs[i + 1]) {
                b.set(pairs[i], pairs[i + 1] + 1);
            }
        }
        return b;
    }

    private static BitSet model(CodePointSet s) {
        BitSet b = new BitSet();
        for (int i = 0; i < s.rangeCount(); i++) {
            b.set(s.lo(i), s.hi(i) + 1);
        }
        return b;
    }

    /** Sorted, disjoint and non-adjacent, as the class promises. */
    private static void assertNormalized(CodePointSet s) {
        for (int i = 0; i < s.rangeCount(); i++) {
            assertTrue(s.lo(i) <= s.hi(i), s.toString());
            if (i > 0) {
                assertTrue(s.lo(i) > s.hi(i - 1) + 1, s.toString());
            }
        }
    }

    @Test
    void operationsAgreeWithTheModel() {
        Random r = new Random(20261201);
        for (int t = 0; t < 2_000; t++) {
            int[] pa = pairs(r, r.nextInt(6), r.nextBoolean());
            int[] pb = pairs(r, r.nextInt(6), r.nextBoolean());
            CodePointSet a = CodePointSet.fromPairs(pa, pa.length);
            CodePointSet b = CodePointSet.fromPairs(pb, pb.length);
            assertNormalized(a);
            assertEquals(model(pa), model(a));

            CodePointSet u = a.union(b);
            assertNormalized(u);
            BitSet expected = model(pa);
            expected.or(model(pb));
            assertEquals(expected, model(u), a + " | " + b);

            CodePointSet i = a.intersect(b);
            expected = model(pa);
            expected.and(model(pb));
            assertEquals(expected, model(i), a + " & " + b);

            CodePointSet d = a.subtract(b);
            expected = model(pa);
            expected.andNot(model(pb));
            assertEquals(expected, model(d), a + " - " + b);
        }
    }

    @Test
    void unionThatAddsNothingIsTheSetItself() {
        CodePointSet az = CodePointSet.range('a', 'z');
        assertSame(az, az.union(CodePointSet.range('c', 'f')));
        assertSame(az, CodePointSet.range('c', 'f').union(az));
        assertSame(az, az.union(CodePointSet.EMPTY));
        assertSame(az, CodePointSet.EMPTY.union(az));
        assertEquals(CodePointSet.range('a', 'z'), CodePointSet.range('a', 'm').union(CodePointSet.range('n', 'z')));
    }

    @Test
    void latin1SingletonsAreShared() {
        assertSame(CodePointSet.of('x'), CodePointSet.of('x'));
        assertSame(CodePointSet.of(0xFF), CodePointSet.of(0xFF));
        assertEquals(CodePointSet.of(0x100), CodePointSet.of(0x100));
        assertTrue(CodePointSet.of(0x1F600).isSingle());
    }
}
