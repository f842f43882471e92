package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Unicode property sets are built once and shared: compiling {@code \p{L}} again must not redo
 * the union of categories, and the compiler keeps its UTF-16 form with the shared set.
 */
class PropertyCacheTest {
    @Test
    void categoryUnionsAndCompositesAreShared() {
        assertSame(UnicodeProperties.forProperty("L", false), UnicodeProperties.forProperty("L", false));
        assertSame(UnicodeProperties.word(), UnicodeProperties.word());
        assertSame(UnicodeProperties.whiteSpace(), UnicodeProperties.whiteSpace());
        assertSame(charSet("\\p{L}"), charSet("\\p{L}"));
        assertSame(charSet("\\p{IsAlphabetic}"), charSet("\\p{IsAlphabetic}"));
    }

    @Test
    void cachedSetsHaveTheRightMembers() {
        CodePointSet letters = UnicodeProperties.forProperty("L", false);
        for (int cp = 0; cp <= CodePointSet.MAX; cp += 7) {
            assertEquals(Character.isLetter(cp), letters.contains(cp), Integer.toHexString(cp));
        }
        CodePointSet graph = UnicodeProperties.graph();
        assertSame(graph, UnicodeProperties.graph());
        assertEquals(false, graph.contains(' '));
        assertEquals(true, graph.contains('x'));
    }

    @Test
    void derivedFormIsKeptWithTheSet() {
        CodePointSet s = CodePointSet.range('a', 'z');
        assertEquals(null, s.derived());
        s.derive("form");
        assertEquals("form", s.derived());
    }

    private static CodePointSet charSet(String re) {
        return ((Ast.CharSet) Parser.parse(re, 0).node()).set();
    }
}
