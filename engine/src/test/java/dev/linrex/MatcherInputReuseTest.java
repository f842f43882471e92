package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A Matcher keeps what its engines read (the text, region and bounds) across {@code reset()} when
 * the text is a String and the region the whole of it (so replaceAll on a reused Matcher builds
 * nothing new); every other change must still be seen by the next search.
 */
class MatcherInputReuseTest {
    @Test
    void aRegionSetAfterSearchesOnTheWholeTextBoundsTheNextSearch() {
        Matcher m = Pattern.compile("a+").matcher("aaa-aaaa");
        assertTrue(m.find());
        assertEquals("0,3", m.start() + "," + m.end());
        m.region(5, 7);
        assertTrue(m.find());
        assertEquals("5,7", m.start() + "," + m.end());
        m.reset();
        assertTrue(m.find());
        assertEquals("0,3", m.start() + "," + m.end());
        assertTrue(m.region(1, 2).matches());
        assertFalse(m.region(2, 4).matches());
    }

    @Test
    void replaceAllTwiceOnOneMatcherGivesTheSameString() {
        Matcher m = Pattern.compile("a*").matcher("abc");
        assertEquals("xxbxcx", m.replaceAll("x"));
        assertEquals("xxbxcx", m.replaceAll("x"));
        assertEquals("xbc", m.replaceFirst("x"));
    }

    @Test
    void aNewTextOrChangedBoundsAreSeen() {
        Matcher m = Pattern.compile("\\bb").matcher("ab");
        assertFalse(m.find());
        m.reset("a b");
        assertTrue(m.find());
        m.reset("ab");
        m.region(1, 2);
        assertTrue(m.find()); // opaque bounds: no word character before b
        m.useTransparentBounds(true);
        m.reset();
        m.region(1, 2);
        assertFalse(m.find());
    }

    @Test
    void aMutableTextIsReadAgainAfterReset() {
        StringBuilder sb = new StringBuilder("xyz");
        Matcher m = Pattern.compile("y+").matcher(sb);
        assertTrue(m.find());
        assertEquals("1,2", m.start() + "," + m.end());
        sb.setCharAt(0, 'y');
        m.reset();
        assertTrue(m.find());
        assertEquals("0,2", m.start() + "," + m.end());
    }
}
