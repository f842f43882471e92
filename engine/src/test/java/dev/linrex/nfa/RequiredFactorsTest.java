package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.Pattern;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Required factors: sound (every match contains one) and useful where a pattern has literals. */
class RequiredFactorsTest {
    /** The factor pattern as a linrex Pattern-equivalent: does it occur in {@code s}? */
    private static boolean factorOccurs(Ast.Root factors, String s) {
        dev.linrex.exec.SetEngine e = new dev.linrex.exec.SetEngine(
                SetCompiler.combine(List.of(Compiler.compile(factors)), new int[] {0}, Integer.MAX_VALUE), 1, 1 << 20);
        return e.search(dev.linrex.exec.SearchInput.of(s), 1)[0] != 0;
    }

    @Test
    void literalsAlternationsAndCaseFolds() {
        Ast.Root f = RequiredFactors.of(Parser.parse("(?i)union\\s+select", 0));
        assertNotNull(f);
        assertTrue(factorOccurs(f, "x UnIoN y"));
        assertFalse(factorOccurs(f, "onion selec"), "needs union or select");
        Ast.Root alt = RequiredFactors.of(Parser.parse("foo\\d+|bar[a-z]", 0));
        assertTrue(factorOccurs(alt, "xxbarx"));
        assertTrue(factorOccurs(alt, "foo"));
        assertFalse(factorOccurs(alt, "fo ba"));
    }

    @Test
    void nothingUsefulMeansNull() {
        assertNull(RequiredFactors.of(Parser.parse("a*", 0)));
        assertNull(RequiredFactors.of(Parser.parse("[a-z]+\\d", 0)));
        assertNull(RequiredFactors.of(Parser.parse("abc|x*", 0)), "a branch without factors");
        assertNull(RequiredFactors.of(Parser.parse("", 0)));
    }

    @Test
    void everyMatchContainsAFactor() {
        String[] patterns = {"(?i)\\b(?:select|union)\\b.{1,10}from", "x?abc(def)?", "(ab|cd){2}e", "a(b|c)d+e?f",
            "(?i)[\"'`]\\s*or\\s", "\\d{3}-\\d{4}ab", "(?:https?|ftp)://", "q(?:)?r"};
        String[] inputs = {"select 1 from t", "xabcdef", "abcde", "acddf", "' OR 1", "555-1234ab", "https://x", "qr",
            "SELECT * FROM x", "abab e", "cdabe", "ftp://a"};
        for (String p : patterns) {
            Ast.Root f;
            try {
                f = RequiredFactors.of(Parser.parse(p, 0));
            } catch (RuntimeException e) {
                continue;
            }
            if (f == null) {
                continue;
            }
            for (String in : inputs) {
                dev.linrex.Matcher m = Pattern.compile(p).matcher(in);
                if (m.find()) {
                    assertTrue(factorOccurs(f, in.substring(m.start(), m.end())), p + " matched " + in + " without a factor");
                }
            }
        }
        assertEquals(1.0, RequiredFactors.score(List.of(List.of(dev.linrex.syntax.CodePointSet.of('a')))));
    }
}
