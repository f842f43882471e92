package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadingDotStarTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "(?s).*x => true", "(?s).*? => true", "[\\s\\S]*y => true", "(?s)(.*)a => true", "(?s)(?:.*)b => true",
        ".*x => false", "(?s).+x => false", "(?s).{0,5}x => false", "x(?s).* => false", "[^\\n]*x => false",
        "(?s).*|x => false", "(?s)(.*x)* => false"})
    void beginsWithARepeatOfEveryCodePoint(String re, boolean expected) {
        assertEquals(expected, LeadingDotStar.of(Parser.parse(re, 0).node()), re);
    }
}
