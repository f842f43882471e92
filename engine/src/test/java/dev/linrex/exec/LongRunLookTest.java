package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Compiler;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * Which patterns Strategy looks for near the search start by reading runs of one class
 * ({@link LongRunLook}), that a find at such a match needs no DFA while one past the window does,
 * and that a find loop over sparse runs still charges work linear in the text
 * (LongRunParityTest checks the answers against java.util.regex).
 */
class LongRunLookTest {

    @Test
    void shapes() {
        for (String ok : new String[] {"[\u4e00-\u9fa5]{3,}", "[a-c]{2,5}", "(?:[a-cx-z]{4})", "(?i)k{2,}", "\\d{2,}"}) {
            assertNotNull(look(ok), ok);
        }
        // Lazy, not a single class, groups, anchors, members that are surrogates or beyond the
        // BMP, and n = 1 (ClassRunSearch's C+) are left to the other paths.
        for (String no : new String[] {"[a-c]{2,}?", "(?:ab){2,}", "([a-c]{2,})", "^[a-c]{2,}", "[^a]{3,}",
                "\\x{1F600}{2,}", "[\uD800-\uDBFF]{2,}", "[a-c]+", "[a-c]{1,3}", "[a-c]{0,3}", "[a-c]{2,}x"}) {
            assertNull(look(no), no);
        }
    }

    private static LongRunLook look(String regex) {
        Ast.Root root = Parser.parse(regex, 0);
        return LongRunLook.of(root.node(), Compiler.compile(root));
    }

    @Test
    void aMatchNearTheStartNeedsNoDfa() {
        String cjk = "\u8fd9\u662f\u4e00\u4e2a\u4e2d\u6587\u6d4b\u8bd5\u53e5\u5b50 ";
        assertEquals(0, firstFind(cjk.repeat(200), 0, 10), "a match at the start");
        assertEquals(0, firstFind(". \u4e00\u4e00 " + cjk.repeat(200), 5, 15), "after a shorter run");
        assertTrue(firstFind("x".repeat(40) + cjk.repeat(200), 40, 50) > 0, "a match past the window");
    }

    /** The DFA bytes after one find of [一-龥]{3,} in {@code text}, whose match must be {@code [start, end)}. */
    private static long firstFind(String text, int start, int end) {
        Strategy st = Strategy.compile(Parser.parse("[\u4e00-\u9fa5]{3,}", 0));
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[2];
        assertEquals(Strategy.MATCH, st.searchLazily(new SearchInput(text, 0, text.length(), false, true), 0,
                Anchor.UNANCHORED, slots, scratch));
        assertEquals(start, slots[0]);
        assertEquals(end, slots[1]);
        return st.dfaBytesUsed();
    }

    @Test
    void aFindLoopOverSparseRunsChargesLinearWork() {
        for (String gap : new String[] {"x".repeat(90), " \u4e00\u4e00".repeat(30) + " ", " "}) {
            long small = findLoopWork(gap, 50_000);
            long large = findLoopWork(gap, 100_000);
            assertTrue(large <= 2.2 * small, gap.length() + " between matches: " + small + " then " + large + " units");
            assertTrue(large <= 8L * 100_000, gap.length() + " between matches: " + large + " units for 100,000");
        }
    }

    /** Units charged by a find loop of [一-龥]{3,} over about {@code n} units of matches {@code gap} apart. */
    private static long findLoopWork(String gap, int n) {
        String run = "\u4e2d\u6587\u6d4b\u8bd5";
        int copies = n / (run.length() + gap.length());
        int[] matches = new int[1];
        long work = FindLoop.work("[\u4e00-\u9fa5]{3,}", (run + gap).repeat(copies), (start, end) -> {
            assertEquals(run.length(), end - start);
            return matches[0]++;
        });
        assertEquals(copies, matches[0], "matches");
        return work;
    }
}
