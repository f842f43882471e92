package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreedyLeadingDotStarTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "(?s).*x => true", "[\\s\\S]*(x) => true", "(?s)(?:.*)x => true", "(?s:.*)x => true", "(?s)(?:(?:.*)a)b => true",
        "(?is).*\\b(you|your)\\b.* => true", "(?s).* => true",
        "(?s).*?x => false", "(?s)(.*)x => false", "(?s)((?:.*)x) => false", ".*x => false", "(?s).+x => false",
        "(?s).{0,5}x => false", "(?s)x.* => false", "(?s)(?:.*)*x => false", "(?s).*x|y => false", "(?s)(?<n>.*)x => false"})
    void beginsWithAGreedyRepeatOfEveryCodePointOutsideAnyGroup(String re, boolean expected) {
        assertEquals(expected, GreedyLeadingDotStar.of(Parser.parse(re, 0).node()), re);
    }
}
