package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.linrex.syntax.CodePointSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf16Ranges#literalUnits}, which the literal walk reads for a set the compiler has
 * converted, gives exactly what the walk computes from the set itself: its code points when it
 * has 1 to {@link Literals#MAX_UNITS} of them and all are BMP non-surrogates, else null.
 */
class Utf16RangesLiteralUnitsTest {

    private static void check(CodePointSet set) {
        char[] want = Literals.unitsOf(set); // the walk over the code points
        char[] got = Utf16Ranges.compute(set).literalUnits(); // (not of(): that would fill the shared table)
        if (want == null) {
            assertNull(got, set.toString());
        } else {
            assertArrayEquals(want, got, set.toString());
        }
    }

    @Test
    void namedCases() {
        check(CodePointSet.of('a'));
        check(CodePointSet.fromPairs(new int[] {'S', 'S', 's', 's', 0x17F, 0x17F}, 6)); // [Ssſ]
        check(CodePointSet.range('a', 'd'));                     // four: units
        check(CodePointSet.range('a', 'e'));                     // five: none
        check(CodePointSet.fromPairs(new int[0], 0));            // empty: none
        check(CodePointSet.of(0xD800));                          // lone high surrogate
        check(CodePointSet.of(0xDC00));                          // lone low surrogate
        check(CodePointSet.fromPairs(new int[] {'a', 'a', 0xDBFF, 0xDC00}, 4)); // both halves
        check(CodePointSet.of(0x1F600));                         // supplementary
        check(CodePointSet.fromPairs(new int[] {'k', 'k', 0x212A, 0x212A}, 4)); // [kK-sign]
        check(CodePointSet.range(0xFFFE, 0x10001));              // across the BMP's end
        check(CodePointSet.of('a').complement());
    }

    @Test
    void randomSmallSetsNearTheSurrogatesAndTheBmpEnd() {
        Random r = new Random(7);
        int[] bases = {0, 'a', 0xD7FD, 0xDBFE, 0xDFFD, 0xFFFD, 0x10000};
        for (int t = 0; t < 5_000; t++) {
            int n = 1 + r.nextInt(3);
            int[] pairs = new int[2 * n];
            int at = bases[r.nextInt(bases.length)];
            for (int i = 0; i < n; i++) {
                int lo = at + r.nextInt(3);
                int hi = lo + r.nextInt(3);
                pairs[2 * i] = lo;
                pairs[2 * i + 1] = hi;
                at = hi + 2;
            }
            check(CodePointSet.fromPairs(pairs, pairs.length));
        }
    }
}
