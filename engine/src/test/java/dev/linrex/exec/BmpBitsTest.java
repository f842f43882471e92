package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;
import dev.linrex.syntax.Parser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link BmpBits} answers membership of every BMP unit as the set does, and stores each distinct
 * block of 256 units once (a property class stays a few KB).
 */
class BmpBitsTest {

    private static CodePointSet setOf(String cls) {
        return ((Ast.CharSet) Parser.parse(cls, 0).node()).set();
    }

    private static void check(CodePointSet set, String name) {
        BmpBits bits = BmpBits.of(set);
        Set<List<Boolean>> distinct = new HashSet<>();
        for (int b = 0; b < 256; b++) {
            Boolean[] block = new Boolean[256];
            for (int u = 0; u < 256; u++) {
                int cp = (b << 8) | u;
                assertEquals(set.contains(cp), bits.contains((char) cp), name + " at U+" + Integer.toHexString(cp));
                block[u] = set.contains(cp);
            }
            distinct.add(List.of(block));
        }
        assertEquals(4 * distinct.size(), bits.wordCount(), name + ": one copy of each distinct block");
    }

    @Test
    void everyUnitAnsweredAsTheSetDoesWithEachDistinctBlockStoredOnce() {
        for (String cls : List.of("\\p{L}", "\\w", "\\d", "[a-zA-Z]", "[^a]", ".", "(?s).", "[\\x{0}-\\x{FFFF}]",
                "[\\uD800-\\uDFFF]", "[\\x{10000}-\\x{10FFFF}]", "\\p{IsAlphabetic}", "[\\x{3F}-\\x{40}\\x{7F}-\\x{80}\\x{FF}-\\x{1FF}]",
                "[\\x{0}\\x{FFFF}]", "[\\x{FF00}-\\x{1F000}]", "\\p{Lu}", "[a-c&&[^b]]", "\\s", "[\\x{40}-\\x{7F}\\x{C0}-\\x{FF}]")) {
            check(setOf(cls), cls);
        }
        check(CodePointSet.EMPTY, "empty");
        check(CodePointSet.ALL, "all");
        for (int lo = 0; lo < 300; lo += 7) {
            check(CodePointSet.range(lo, lo + 63), "range from " + lo);
            check(CodePointSet.range(lo, lo + 64), "range of 65 from " + lo);
        }
    }
}
