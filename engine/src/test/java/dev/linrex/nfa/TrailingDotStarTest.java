package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrailingDotStarTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "(?s)x.* => true", "(?s).*x.* => true", "x[\\s\\S]* => true", "(?s)a(.*) => true", "(?s)b(?:.*) => true",
        "(?is).*\\b(you|your)\\b.* => true",
        "(?s)x.*? => false", "x.* => false", "(?s)x.+ => false", "(?s)x.{0,5} => false", "(?s).*x => false",
        "[^\\n]* => false", "(?s)x|.* => false", "(?s)(x.*)* => false", "(?s)x.*$ => false", "(?s)x.*\\b => false"})
    void endsWithAGreedyRepeatOfEveryCodePoint(String re, boolean expected) {
        assertEquals(expected, TrailingDotStar.of(Parser.parse(re, 0).node()), re);
    }
}
