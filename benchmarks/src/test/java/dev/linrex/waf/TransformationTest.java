package dev.linrex.waf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransformationTest {
    @Test
    void urlDecoding() {
        assertEquals("a b'c", Transformation.URL_DECODE.apply("a+b%27c"));
        assertEquals("100%", Transformation.URL_DECODE.apply("100%"));
        assertEquals("%zz", Transformation.URL_DECODE.apply("%zz"));
        assertEquals("é", Transformation.URL_DECODE.apply("%C3%A9"));
        assertEquals("\u00ff", Transformation.URL_DECODE.apply("%FF"), "invalid UTF-8 decodes as Latin-1");
        assertEquals("<s", Transformation.URL_DECODE_UNI.apply("%u003cs"));
        assertEquals("<", Transformation.URL_DECODE_UNI.apply("%uFF1C"), "full-width to ASCII");
        assertEquals("%u003c", Transformation.URL_DECODE.apply("%u003c"));
    }

    @Test
    void htmlEntities() {
        assertEquals("<script>", Transformation.HTML_ENTITY_DECODE.apply("&lt;script&gt;"));
        assertEquals("<a", Transformation.HTML_ENTITY_DECODE.apply("&#60;&#x61;"));
        assertEquals("&unknown; &", Transformation.HTML_ENTITY_DECODE.apply("&unknown; &"));
    }

    @Test
    void pathsWhitespaceCommandLines() {
        assertEquals("/etc/passwd", Transformation.NORMALIZE_PATH.apply("/var/www/../../etc/./passwd"));
        assertEquals("a b", Transformation.COMPRESS_WHITESPACE.apply("a \t\n b"));
        assertEquals("ab", Transformation.REMOVE_WHITESPACE.apply("a \t b"));
        assertEquals("ab", Transformation.REMOVE_NULLS.apply("a\0b"));
        assertEquals("cat/etc/passwd x", Transformation.CMD_LINE.apply("C\\a\"t /etc/pa'ss^wd;X"));
        assertEquals("lowercase", Transformation.LOWERCASE.apply("LowerCase"));
    }

    @Test
    void chains() {
        List<Transformation> chain = Transformation.parse("t:none,t:urlDecodeUni,t:lowercase");
        assertEquals(List.of(Transformation.URL_DECODE_UNI, Transformation.LOWERCASE), chain);
        assertEquals("union select", Transformation.applyAll(chain, "UNION%20SELECT"));
        assertEquals(List.of(), Transformation.parse("t:lowercase,t:none"));
        assertThrows(IllegalArgumentException.class, () -> Transformation.parse("t:sqlHexDecode"));
    }
}
