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
}
