package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Ast.CharSet#codePoints} against the running JDK: java.util.regex evaluates a code-point
 * (non-BMP) class by reading a whole code point, so at a region end that cuts a surrogate pair it
 * reports hitEnd without matching, while a BMP class reads the high half alone (which no BMP class
 * contains) and does not. That observable difference tells which kind the JDK built.
 */
class PredicateKindTest {
    private static final int[] FLAGS = {0, Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
        Pattern.UNICODE_CHARACTER_CLASS};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "a", "k", "é", "ß", "0", "\\x{1F600}", "\\uD83D", "\\uDE00", "\\x{100}", "\\x{212A}", "\\x{FB00}",
        "[a]", "[ab]", "[a-c]", "[é]", "[ÿ]", "[µ]", "[k]", "[\\x{100}]", "[\\x{100}-\\x{200}]", "[a-\\x{D7FF}]",
        "[a-\\x{D800}]", "[\\x{E000}-\\x{FFFF}]", "[\\x{E000}-\\x{10000}]", "[\\x{1F600}]", "[^a]", "[^\\x{100}]",
        "[a&&b]", "[a-z&&[^b]]", "[a-z&&c-d]", "[\\x{100}&&\\x{100}-\\x{200}]", "[a[b]]", "[a[^b]]", "[\\d]", "[\\w\\s]",
        "[\\D]", "[\\h]", "[\\v]", "[\\H]", "[\\p{L}]", "[\\p{Lower}]", "[\\p{ASCII}]", "[\\P{ASCII}]", "[a\\p{Alpha}]",
        "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\h", "\\H", "\\v", "\\V",
        "\\pL", "\\p{Lu}", "\\p{L1}", "\\p{ASCII}", "\\p{Alnum}", "\\p{Alpha}", "\\p{Blank}", "\\p{Cntrl}", "\\p{Digit}",
        "\\p{Graph}", "\\p{Lower}", "\\p{Print}", "\\p{Punct}", "\\p{Space}", "\\p{Upper}", "\\p{XDigit}", "\\P{Space}",
        "\\p{^Space}", "\\p{IsAlpha}", "\\p{IsASCII}", "\\p{IsPunct}", "\\p{IsL1}", "\\p{IsLatin}", "\\p{InBasicLatin}",
        "\\p{javaLowerCase}", "\\p{gc=Lu}", "\\p{general_category=ASCII}", "\\p{Zs}", "\\pZ", "\\p{all}",
    })
    void sameKindAsTheJdk(String klass) {
        for (int flags : FLAGS) {
            Pattern jdk;
            try {
                jdk = Pattern.compile(klass, flags);
            } catch (java.util.regex.PatternSyntaxException e) {
                continue; // a name this JDK does not know
            }
            Matcher m = jdk.matcher("\uD83D\uDE00").region(0, 1);
            boolean jdkCodePoints = !m.lookingAt() && m.hitEnd();
            Ast.Node n = Parser.parse(klass, flags).node();
            boolean ours = n instanceof Ast.CharSet cs && cs.codePoints();
            assertEquals(jdkCodePoints, ours, klass + " flags 0x" + Integer.toHexString(flags));
        }
    }
}
