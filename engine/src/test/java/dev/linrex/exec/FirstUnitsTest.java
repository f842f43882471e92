package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Parser;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link FirstUnits}: the units a match can begin with must include every real first unit (a
 * missing one would make the backtracker skip a match), and patterns that can match empty get no
 * set at all.
 */
class FirstUnitsTest {
    private static FirstUnits of(String re, int flags) {
        return FirstUnits.of(Compiler.compile(Parser.parse(re, flags)));
    }

    @Test
    void alternativesAndClassesContributeTheirFirstUnits() {
        FirstUnits f = of("(?:GET|POST) +x|\\d+", 0);
        assertNotNull(f);
        for (char c : "GP0123456789".toCharArray()) {
            assertTrue(f.contains(c), String.valueOf(c));
        }
        for (char c : "ET x/aé".toCharArray()) {
            assertFalse(f.contains(c), String.valueOf(c));
        }
    }

    @Test
    void assertionsAndGroupsBeforeTheFirstUnitAreLookedThrough() {
        FirstUnits f = of("(?i)\\b(password|token)=", 0);
        assertNotNull(f);
        for (char c : "pPtT".toCharArray()) {
            assertTrue(f.contains(c), String.valueOf(c));
        }
        assertFalse(f.contains('a'));
        assertFalse(f.contains('='));
    }

    /** With lookarounds read as true, except a positive lookahead that must consume: its body's first units. */
    @Test
    void relaxedFirstUnitsOfLookaroundPatterns() {
        FirstUnits f = FirstUnits.relaxed(Compiler.compile(Parser.parse("\\B(?=(\\d{3})+(?!\\d))", 0)));
        assertNotNull(f, "the lookahead's body must consume");
        assertTrue(f.contains('7'));
        assertFalse(f.contains('a'));
        f = FirstUnits.relaxed(Compiler.compile(Parser.parse("(?<!x)(?!b)[ab]|(?=a?)c", 0)));
        assertNotNull(f);
        assertTrue(f.contains('a'));
        assertTrue(f.contains('b')); // a negative lookahead is read as true
        assertTrue(f.contains('c')); // a body that may match empty is read as true
        assertFalse(f.contains('x'));
        assertNull(FirstUnits.relaxed(Compiler.compile(Parser.parse("(?!a)", 0))));
        assertNull(of("(?=a)b", 0), "the plain walk does not model lookarounds");
    }

    @Test
    void nonAsciiUnitsAreAllowedWholesaleOnceAnyIs() {
        FirstUnits f = of("[aé]", 0);
        assertTrue(f.contains('a'));
        assertTrue(f.contains('é'));
        assertTrue(f.contains('\u4e2d')); // coarse: any non-ASCII unit
        assertFalse(f.contains('b'));
        assertFalse(of("a|b", 0).contains('\u4e2d'));
    }

    @Test
    void aMultiShapeClassContributesItsUnits() {
        FirstUnits f = of("[^A-Z]x|\\p{L}y", 0); // both compile to a DISPATCH (BMP units and surrogate pairs)
        assertNotNull(f);
        assertTrue(f.contains('a'));
        assertTrue(f.contains('\u00e9'));
        assertTrue(f.contains('1'));
        assertFalse(of("\\p{L}", 0).contains('1'));
    }

    @Test
    void patternsThatCanMatchEmptyHaveNoSet() {
        assertNull(of("a*", 0));
        assertNull(of("(a|)", 0));
        assertNull(of("^", 0));
        assertNull(of("x?(?=y)", 0));
    }

    @Test
    void aBoundedLookAheadGivesUpPastItsLimit() {
        Program prog = Compiler.compile(Parser.parse("abcdefghij|k", 0));
        int[] marks = new int[prog.size()];
        assertNull(FirstUnits.of(prog, prog.startAtFrom, 3, marks, 1));
        FirstUnits f = FirstUnits.of(prog, prog.startAtFrom, prog.size(), marks, 2);
        assertNotNull(f);
        assertTrue(f.contains('a') && f.contains('k'));
        assertFalse(f.contains('b'));
    }

    @Test
    void theBacktrackerFindsTheSameMatchesWithTheFilterAsThePikeVm() {
        // Loops whose exit needs a given unit (ASCII or not), exits that may be empty, lazy loops.
        String[] patterns = {"(?i)\\b(password|token|secret)=([^\\s&]+)", "\\d+", "b", "(?m)^\\s+at\\s+(\\w+)", "é+x|y",
            "^(?:GET|POST) +([^ ]+) HTTP", "(a|é)+(é|x)", "\\S+é", "(?:ab|a)+?b", "([^ ]*)(?: |$)", "(\\w+)\\s(\\w+)?",
            "(\\p{L}+)\\s", "[^ ]+x", "(?:\\p{L}|\\d)+?\\d"};
        String[] texts = {"user=service password=hunter2 token=abc123XYZ path=/api", "order 12345 on 2025-03-22",
                "ababab", "x\n  at foo\n\tat bar", "aéééx y", "", "GET /a b HTTP/1.1", "aéaéé ab abab",
                "\uD83D\uDE00é x\uD83D", "Grüße \uD835\uDC00x 42 wörter1"};
        for (String re : patterns) {
            Program prog = Compiler.compile(Parser.parse(re, 0));
            PikeVM vm = new PikeVM(prog);
            PikeVM.Cache pc = vm.newCache();
            Backtracker bt = new Backtracker(prog);
            Backtracker.Cache bc = bt.newCache();
            for (String text : texts) {
                SearchInput in = SearchInput.of(text);
                for (Anchor anchor : Anchor.values()) {
                    for (int from = 0; from <= text.length(); from++) {
                        int[] exp = new int[prog.slotCount];
                        int[] act = new int[prog.slotCount];
                        Arrays.fill(exp, -1);
                        Arrays.fill(act, -1);
                        boolean e = vm.search(in, from, text.length(), anchor, exp, pc);
                        boolean a = bt.search(in, from, text.length(), anchor, act, bc);
                        String where = re + " on " + text + " " + anchor + " from " + from;
                        assertEquals(e, a, where);
                        assertEquals(Arrays.toString(exp), Arrays.toString(act), where);
                    }
                }
            }
        }
    }
}
