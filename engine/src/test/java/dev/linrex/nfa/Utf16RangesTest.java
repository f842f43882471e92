package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.linrex.syntax.CodePointSet;
import org.junit.jupiter.api.Test;

/** The UTF-16 shapes of a set, and their sharing between equal sets ({@link Utf16Ranges#of}). */
class Utf16RangesTest {

    @Test
    void equalSetsBuiltApartShareTheirShapes() {
        CodePointSet a = CodePointSet.of('"').complement();
        CodePointSet b = CodePointSet.of('"').complement();
        assertEquals(a, b);
        assertSame(Utf16Ranges.of(a), Utf16Ranges.of(b));
    }

    @Test
    void negatedBmpMemberSplitsIntoUnitsLoneHighsAndPairs() {
        Utf16Ranges u = Utf16Ranges.of(CodePointSet.of('|').complement());
        // Every unit but '|' and the high surrogates on its own (lone lows decode as themselves).
        assertArrayEquals(new char[] {0, '|' - 1, '|' + 1, 0xD7FF, 0xDC00, 0xFFFF}, u.single);
        assertArrayEquals(new char[] {0xD800, 0xDBFF}, u.loneHigh);
        assertEquals(1, u.pairs.size());
        assertEquals(0xD800, u.pairs.get(0).highLo());
        assertEquals(0xDBFF, u.pairs.get(0).highHi());
        assertArrayEquals(new char[] {0xDC00, 0xDFFF}, u.pairs.get(0).lows());
    }

    @Test
    void setsPastTheLimitAreStillConvertedCorrectly() {
        // More distinct sets than are shared: each still gets its own, correct shapes.
        for (int i = 0; i < Utf16Ranges.SHARED_LIMIT + 10; i++) {
            CodePointSet s = CodePointSet.range(0x10000 + 2 * i, 0x10000 + 2 * i);
            Utf16Ranges u = Utf16Ranges.of(s);
            char hi = Character.highSurrogate(0x10000 + 2 * i);
            char lo = Character.lowSurrogate(0x10000 + 2 * i);
            assertEquals(1, u.pairs.size());
            assertEquals(hi, u.pairs.get(0).highLo());
            assertArrayEquals(new char[] {lo, lo}, u.pairs.get(0).lows());
        }
    }
}
