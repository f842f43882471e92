package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.UnsupportedPatternException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link GroupCurlyLimits} rejects (named, pointed at) and what it lets through. */
class GroupCurlyLimitsTest {
    private static final String NESTED = "capturing group inside a repeated fixed-length group";
    private static final String LINE_ENDING = "\\R inside a repeated fixed-length group";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "(?:(a))*b;" + NESTED + ";3",
        "(?:(a))*b|a;" + NESTED + ";3",
        "c(([ab]))*.;" + NESTED + ";2",
        "x(?:(a))*b|xa;" + NESTED + ";4",
        "(?:(a))+?b;" + NESTED + ";3",
        "(?:x(?<n>a)){1,3};" + NESTED + ";4",
        "(?:(\\b))*c|.;" + NESTED + ";3",
        "(())*;" + NESTED + ";1",
        // exact, but bypassable, repeated or in an alternation: a failed path can leave a value
        "(?:(?:(a)){2})?a;" + NESTED + ";6",
        "(?:(a)){2}|b;" + NESTED + ";3",
        "(?:(?:(a)){1}|b){2};" + NESTED + ";6",
        "(?:(?:(a)){1}b)*;" + NESTED + ";6",
        "(?=(?:(a)){1})a;" + NESTED + ";6",
        // the index is found by parsing again (see GroupOpenIndexes): still a char index of the original text
        "\\Qa(b\\E(?:(a))*b;" + NESTED + ";10",
        "\uD83D\uDE00(?:x(a))*b;" + NESTED + ";6",
        "(a)(b)(?:(c)(d))*;" + NESTED + ";9",
        "(?:\\R\\R)+\\n;" + LINE_ENDING + ";0",
        "x(?:\\R\\n){2};" + LINE_ENDING + ";1",
        "(?:\\R\\b){2};" + LINE_ENDING + ";0",
        "(?:\\R(?:[^a])){1,2};" + LINE_ENDING + ";0",
    })
    void rejected(String pattern, String construct, int index) {
        Pattern.compile(pattern); // the JDK accepts it
        UnsupportedPatternException e = assertThrows(UnsupportedPatternException.class,
                () -> Parser.parse(pattern, 0));
        assertTrue(e.getConstruct().contains(construct), e.getConstruct());
        assertEquals(index, e.getIndex());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "(a)*b", "((a))?b", "(?:(a)|x)*b", "(?:(a)b*)*", "(?:(a))?b", "(?:(a)){0,1}b", "(?:(a)){2}b",
        "x*((a)b){2}c", "(?:(?:(a)){1}b+){2}", "(?:\\R)+\\n", "(?:a\\R)*\\n", "(?:\\Rb)+", "(?:\\R[^\\n])+",
        "(?:\\R{2}x)+", "(?:(?:\\R){2}x)+", "(\\R|x)+\\n", "(?:\\R\\R|x)+",
    })
    void accepted(String pattern) {
        Parser.parse(pattern, 0);
    }

    /** The stale values the rejection is about, as java.util.regex reports them (JDK 17 and later). */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = ';', value = {
        "(?:(a))*b;aacb;1;1,2",
        "c(([ab]))*.;cb;2;1,2",
        "x(?:(a))*b|xa;xaa;1;2,3",
        "(?:())*x|y;ay;1;1,1",
    })
    void jdkKeepsStaleValues(String pattern, String input, int group, String span) {
        Matcher m = Pattern.compile(pattern).matcher(input);
        assertTrue(m.find());
        assertEquals(span, m.start(group) + "," + m.end(group));
    }
}
