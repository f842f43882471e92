package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.nfa.Compiler;
import dev.linrex.syntax.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MinUnits}: the fewest UTF-16 units a match consumes, never more than the truth. */
class MinUnitsTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "abc => 3", "a|bc => 1", "a* => 0", "(?:ab)+c => 3", "\\pL => 1", "[\\x{1F600}-\\x{1F607}] => 2",
        "x\\b => 1", "a{3,5} => 3", "(?:abc|d)e{2} => 3", "(a|)b => 1", "^$ => 0", "(?i)keyword => 7",
        "\\p{L}{14}|\\p{L}{5} => 5", "(?:a*b*)+c => 1", "[\\u4e00-\\u9fa5]{3,} => 3", "\\R => 1",
        "(?s).*x => 1"})
    void fewestUnits(String re, int expected) {
        assertEquals(expected, MinUnits.of(Compiler.compile(Parser.parse(re, 0))), re);
    }

    /** {@link MinUnits#toMatch} from the start is {@link MinUnits#of}, and nowhere more than the truth. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "abc => 3", "a|bc => 1", "a* => 0", "(?:ab)+c => 3", "\\pL => 1", "[\\x{1F600}-\\x{1F607}] => 2",
        "x\\b => 1", "a{3,5} => 3", "(?:abc|d)e{2} => 3", "(a|)b => 1", "^$ => 0", "(?i)keyword => 7",
        "\\p{L}{14}|\\p{L}{5} => 5", "(?:a*b*)+c => 1", "[\\u4e00-\\u9fa5]{3,} => 3", "\\R => 1",
        "(?s).*x => 1"})
    void fewestUnitsFromEachInstruction(String re, int expected) {
        dev.linrex.nfa.Program prog = Compiler.compile(Parser.parse(re, 0));
        int[] toMatch = MinUnits.toMatch(prog);
        assertEquals(expected, toMatch[prog.start], re);
        for (int pc = 0; pc < prog.size(); pc++) {
            int op = prog.op[pc];
            if (op == dev.linrex.nfa.Program.MATCH) {
                assertEquals(0, toMatch[pc], re);
            } else if (op == dev.linrex.nfa.Program.RANGE || op == dev.linrex.nfa.Program.CLASS) {
                assertEquals(1 + toMatch[prog.out[pc]], toMatch[pc], re + " at " + pc);
            } else if (op == dev.linrex.nfa.Program.SPLIT) {
                assertEquals(Math.min(toMatch[prog.out[pc]], toMatch[prog.arg[pc]]), toMatch[pc], re + " at " + pc);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void eachAlternativeOfACountedAlternationNeedsItsCount() {
        dev.linrex.nfa.Program prog = Compiler.compile(Parser.parse("(\\p{L}{14})|(\\p{L}{7})|x", 0));
        int[] toMatch = MinUnits.toMatch(prog);
        java.util.Set<Integer> atSplits = new java.util.TreeSet<>();
        for (int pc = 0; pc < prog.size(); pc++) {
            if (prog.op[pc] == dev.linrex.nfa.Program.SPLIT) {
                atSplits.add(toMatch[prog.out[pc]]);
                atSplits.add(toMatch[prog.arg[pc]]);
            }
        }
        // The alternation's SPLITs see 14 for the first alternative, 7 for the second, 1 for x.
        org.junit.jupiter.api.Assertions.assertTrue(atSplits.containsAll(java.util.List.of(1, 7, 14)), atSplits.toString());
    }
}
