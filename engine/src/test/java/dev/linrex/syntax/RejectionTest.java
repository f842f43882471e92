package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.UnsupportedPatternException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Well-formed patterns using constructs linrex rejects: named, and pointed at. */
class RejectionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "(a)\\1;backreference \\1;3",
        "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10;backreference \\10;30",
        "(a)\\12;backreference \\1;3",
        "x\\9;backreference \\9;1",
        "(?<n>a)\\k<n>;named backreference \\k<n>;7",
        // Lookarounds are accepted (LookaroundParseTest); what stays rejected inside them:
        "(?=(a))b|c;capturing group inside an optional or repeated lookaround;0",
        "(?:x(?=(a)))?b;capturing group inside an optional or repeated lookaround;4",
        "(?!(a))\\w;capturing group inside a negative lookaround;0",
        "x(?<!(a));capturing group inside a negative lookaround;1",
        "(?=(a)|b)c;capturing group inside a lookaround, on an optional path;0",
        "(?=x(?>a));atomic group (?>;4",
        "(?<=a*+)b;possessive quantifier;5",
        "x(?>a|ab)c;atomic group (?>;1",
        "a*+;possessive quantifier;1",
        "ab++;possessive quantifier;2",
        "a?+;possessive quantifier;1",
        "a{1,3}+;possessive quantifier;1",
        "(ab)*+;possessive quantifier;4",
        "\\Ga;\\G;0",
        "a\\X;\\X;1",
        "a\\b{g};\\b{g};1",
        "(?c)a;CANON_EQ;2",
        "😀\\1;backreference \\1;2",
        "\\Q(\\E(?=x)\\1;backreference \\1;10",
        "(?=(?<=a)\\1);backreference \\1;9",
    })
    void rejected(String pattern, String construct, int index) {
        Pattern.compile(pattern); // the JDK accepts it
        UnsupportedPatternException e = assertThrows(UnsupportedPatternException.class,
                () -> Parser.parse(pattern, 0));
        assertTrue(e.getConstruct().contains(construct), e.getConstruct());
        assertTrue(e.getMessage().contains(construct), e.getMessage());
        assertEquals(index, e.getIndex());
    }

    @Test
    void canonEqFlag() {
        UnsupportedPatternException e = assertThrows(UnsupportedPatternException.class,
                () -> Parser.parse("a", Pattern.CANON_EQ));
        assertTrue(e.getConstruct().contains("CANON_EQ"));
        assertEquals(-1, e.getIndex());
    }

    /** A syntax error anywhere wins over an unsupported construct, as the JDK would report it. */
    @Test
    void syntaxErrorWinsOverUnsupported() {
        for (String p : new String[] {"(a)\\1(", "(?=a)[", "a*+{", "(?<=a)b)"}) {
            PatternSyntaxException jdk = assertThrows(PatternSyntaxException.class, () -> Pattern.compile(p));
            PatternSyntaxException ours = assertThrows(PatternSyntaxException.class, () -> Parser.parse(p, 0));
            assertEquals(PatternSyntaxException.class, ours.getClass(), p);
            assertEquals(jdk.getIndex(), ours.getIndex(), p);
            assertEquals(jdk.getDescription(), ours.getDescription(), p);
        }
    }

    @Test
    void unknownFlagBits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parser.parse("a", 0x1000));
        assertEquals("Unknown flag 0x1000", e.getMessage());
    }
}
