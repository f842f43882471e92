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
}
