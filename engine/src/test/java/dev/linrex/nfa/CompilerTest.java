package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.PatternTooLargeException;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompilerTest {
    private static Ast.Root root(Ast.Node n, int groups) {
        return new Ast.Root(n, groups, Map.of(), "test", 0);
    }

    private static Ast.Node lit(char c) {
        return new Ast.CharSet(CodePointSet.of(c));
    }

    @Test
    void nestedCountedRepetitionHitsTheSizeLimitCleanly() {
        // ((a{1000}){1000}){1000}: a billion instructions if expanded.
        Ast.Node n = new Ast.Repeat(new Ast.Group(1, null,
                new Ast.Repeat(new Ast.Group(2, null, new Ast.Repeat(lit('a'), 1000, 1000, true)), 1000, 1000, true)),
                1000, 1000, true);
        PatternTooLargeException e = assertThrows(PatternTooLargeException.class, () -> Compiler.compile(root(n, 2)));
        assertTrue(e.getMessage().contains("linrex.maxProgramSize"), e.getMessage());
    }

    @Test
    void sizeLimitIsConfigurable() {
        Ast.Node n = new Ast.Repeat(lit('a'), 100, 100, true);
        assertThrows(PatternTooLargeException.class, () -> Compiler.compile(root(n, 0), 50));
        assertTrue(Compiler.compile(root(n, 0), 1000).size() > 100);
    }

    @Test
    void plainLoopsCompileToTheTextbookShape() {
        // a* : save0, split, range (looping back to the split), save1, match.
        Program p = Compiler.compile(root(new Ast.Repeat(lit('a'), 0, Ast.UNBOUNDED, true), 0));
        assertEquals(5, p.size(), p.dump());
    }

    @Test
    void supplementaryCodePointsCompileToSurrogatePairs() {
        Program p = Compiler.compile(root(new Ast.CharSet(CodePointSet.of(0x1F600)), 0));
        String dump = p.dump();
        assertTrue(dump.contains("range d83d-d83d"), dump);
        assertTrue(dump.contains("range de00-de00"), dump);
    }

    @Test
    void alternationKeepsPriorityOrder() {
        Program p = Compiler.compile(root(new Ast.Alternation(List.of(lit('a'), lit('b'))), 0));
        int split = -1;
        for (int pc = 0; pc < p.size(); pc++) {
            if (p.op[pc] == Program.SPLIT) {
                split = pc;
            }
        }
        assertEquals('a', p.arg[p.out[split]], p.dump());
        assertEquals('b', p.arg[p.arg[split]], p.dump());
    }

    @Test
    void deepNestingOnASmallStackIsAPatternErrorNotAnError() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("(?:a|");
        }
        sb.append('a');
        for (int i = 0; i < 300; i++) {
            sb.append(")*");
        }
        String re = sb.toString();
        Throwable[] thrown = new Throwable[1];
        boolean[] compiled = new boolean[1];
        Thread t = new Thread(null, () -> {
            try {
                compiled[0] = dev.linrex.Pattern.compile(re).matcher("aaa").matches();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 128 * 1024);
        t.start();
        t.join();
        // Either it fits this stack and works, or it is rejected with the documented exception.
        assertTrue(compiled[0] || thrown[0] instanceof PatternTooLargeException, String.valueOf(thrown[0]));
        // On an ordinary stack the same pattern compiles and matches.
        assertTrue(dev.linrex.Pattern.compile(re).matcher("aaa").matches());
    }

    @Test
    void wordBoundariesNotedAsEmittedAreExactlyThoseInTheProgram() {
        // Program.hasWordBoundaries is set by the compiler as it emits, not by a pass over the
        // program: it must still say whether an ASSERT of the program is \b or \B.
        int checked = 0;
        for (String re : List.of("\\bfoo\\b", "foo", "\\Bx", "(?U)\\b\\w+\\b", "a(?=\\b)b", "(?:\\b){0}x", "(\\b|x)*y",
                "^\\d+$", "(a|\\b)+", "x{2,5}\\B", "(?m)^a$", "\\b{0,1}a")) {
            for (int flags : new int[] {0, 2, 0x100}) {
                Program p = Compiler.compile(dev.linrex.syntax.Parser.parse(re, flags));
                boolean scanned = false;
                for (int pc = 0; pc < p.size(); pc++) {
                    int code = p.arg[pc];
                    scanned |= p.op[pc] == Program.ASSERT && code >= 0 && code < dev.linrex.syntax.AssertionKind.values().length
                            && dev.linrex.syntax.AssertionKind.values()[code].name().contains("WORD_BOUNDARY");
                }
                assertEquals(scanned, p.hasWordBoundaries, re + " flags " + flags);
                checked += scanned ? 1 : 0;
            }
        }
        assertTrue(checked > 10, "some programs have word boundaries: " + checked);
    }

    @Test
    void programsWithoutLatchedLoopsShareAnEmptyLatchTable() {
        Program plain = Compiler.compile(dev.linrex.syntax.Parser.parse("(a)b+(?:cd)+", 0));
        assertEquals(0, plain.latchSlotCount);
        assertEquals(0, plain.latchSlot.length);
        // (ab){1,3} latches group 1 (java.util.regex's GroupCurly): its first latch slot is 0.
        Program latched = Compiler.compile(dev.linrex.syntax.Parser.parse("x(ab){1,3}y", 0));
        assertEquals(2, latched.latchSlotCount);
        assertEquals(0, latched.latchSlot[1]);
        assertEquals(-1, latched.latchSlot[0]);
    }
}
