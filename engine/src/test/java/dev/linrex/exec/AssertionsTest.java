package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Assertions}' word-boundary fast path for ASCII units. */
class AssertionsTest {
    @Test
    void asciiWordUnitsAreWordCharactersUnderEveryDefinition() {
        for (char c = 0; c < 128; c++) {
            boolean want = Character.isLetterOrDigit(c) || c == '_';
            assertEquals(want, Assertions.isAsciiWord(c), "unit " + (int) c);
            assertEquals(want, Assertions.isWord(c, true), "unit " + (int) c + ", Unicode");
            assertEquals(want, Assertions.isWord(c, false), "unit " + (int) c);
            assertEquals(want, java.util.regex.Pattern.compile("\\w").matcher(String.valueOf(c)).matches(), "unit " + (int) c);
        }
    }
}
