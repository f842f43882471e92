package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The parts of Pattern that need no engine: constants, quote, argument checks. */
class PatternStaticsTest {

    @Test
    void flagConstantsAreTheJdks() {
        assertEquals(java.util.regex.Pattern.UNIX_LINES, Pattern.UNIX_LINES);
        assertEquals(java.util.regex.Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE);
        assertEquals(java.util.regex.Pattern.COMMENTS, Pattern.COMMENTS);
        assertEquals(java.util.regex.Pattern.MULTILINE, Pattern.MULTILINE);
        assertEquals(java.util.regex.Pattern.LITERAL, Pattern.LITERAL);
        assertEquals(java.util.regex.Pattern.DOTALL, Pattern.DOTALL);
        assertEquals(java.util.regex.Pattern.UNICODE_CASE, Pattern.UNICODE_CASE);
        assertEquals(java.util.regex.Pattern.CANON_EQ, Pattern.CANON_EQ);
        assertEquals(java.util.regex.Pattern.UNICODE_CHARACTER_CLASS, Pattern.UNICODE_CHARACTER_CLASS);
    }

    @Test
    void quoteIsTheJdks() {
        String[] samples = {"", "a.b", "\\E", "a\\Eb", "\\Q\\E", "\\E\\E", "\\", "x\\", "\\\\E", "E\\", "\\Q"};
        for (String s : samples) {
            assertEquals(java.util.regex.Pattern.quote(s), Pattern.quote(s), s);
        }
        assertThrows(NullPointerException.class, () -> Pattern.quote(null));
    }

    @Test
    void unknownFlagBitsAreRejectedFirst() {
        for (int flags : new int[] {0x200, 0x1000, -1, 0x80000000}) {
            IllegalArgumentException jdk = assertThrows(IllegalArgumentException.class,
                    () -> java.util.regex.Pattern.compile("a", flags));
            IllegalArgumentException ours = assertThrows(IllegalArgumentException.class,
                    () -> Pattern.compile("a", flags));
            assertEquals(jdk.getMessage(), ours.getMessage());
        }
        // The JDK checks the flags before the pattern, so a null pattern still gets this error.
        assertThrows(IllegalArgumentException.class, () -> Pattern.compile(null, 0x400));
    }

    @Test
    void nullPatternIsNullPointerException() {
        assertThrows(NullPointerException.class, () -> Pattern.compile(null));
        assertThrows(NullPointerException.class, () -> Pattern.compile(null, Pattern.MULTILINE));
    }
}
