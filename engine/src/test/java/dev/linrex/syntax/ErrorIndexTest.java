package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed patterns: linrex must throw the JDK's own PatternSyntaxException (not a subclass)
 * with the description and index that the running JDK reports.
 */
class ErrorIndexTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "(", "(a", "((a)", "(a|", "a)", ")", "a)b(", "[", "[a", "[]", "[^]", "[a-", "[[a]", "[a&&", "*a", "+", "?",
        "a**", "a|*", "(*)", "a{", "a{1", "a{1,", "a{x}", "a{2,1}", "a{,3}", "{", "x{99999999999}",
        "x{2147483648}", "x{1,2147483648}", "a{1 ,x}", "\\", "a\\", "(a\\", "\\q", "\\E", "\\y", "\\x", "\\xg",
        "\\x{", "\\x{110000}", "\\x{12", "\\x{FFFFFFFFF}", "\\u12", "\\uXYZW", "\\c", "\\N", "\\N{", "\\N{FOO BAR}",
        "\\p", "\\p{", "\\p{}", "\\p{Foo}", "\\p{IsFoo}", "\\p{InFoo}", "\\p{foo=bar}", "\\p{sc=Foo}", "\\pX",
        "\\p{isalphabetic}", "\\p{Alphabetic}", "[\\p{Foo}]", "[z-a]", "[a-\\d]", "[&&]", "(?<", "(?<1a>x)",
        "(?<a", "(?<a>x)(?<a>y)", "(?<a-b>x)", "(?z)", "(?i", "(?$)", "(?@)", "(?", "(?#comment)", "\\k", "\\k<",
        "\\k<a>", "\\k<a", "(?<n>a)\\k<m>", "\\0", "\\08", "\\09", "[\\b]",
        "[\\1]", "[\\A]", "[\\R]", "[\\X]", "[\\k<a>]", "\\b{", "\\b{x}", "\\b{g", "(?x)[ ", 
        "(?x)( a", "😀)", "😀[", "\\Q(\\E)", "\\Qab\\E*+*", "[a-\\x]", "ab\\", "a{1}{2}{", "(?i:a", "(?<na>a)(",
        "[\\Q]", "\\p{Is}", "\\p{In}", "\\P{gc=Xx}", "\\p{block=NotABlock}", "a{1,2}?+*"
    })
    void sameErrorAsJdk(String pattern) {
        PatternSyntaxException jdk = assertThrows(PatternSyntaxException.class, () -> Pattern.compile(pattern),
                "the JDK accepts " + pattern);
        PatternSyntaxException ours = assertThrows(PatternSyntaxException.class, () -> Parser.parse(pattern, 0));
        assertSame(PatternSyntaxException.class, ours.getClass(), () -> "got " + ours);
        assertEquals(jdk.getDescription(), ours.getDescription(), pattern);
        assertEquals(jdk.getIndex(), ours.getIndex(), pattern);
        assertEquals(jdk.getPattern(), ours.getPattern(), pattern);
    }

    /**
     * JDK 17 accepts an intersection with an empty right operand after bare members and fails
     * at match time (null predicate); later JDKs reject it. We always reject it.
     */
    @org.junit.jupiter.api.Test
    void badIntersectionIsAlwaysAnError() {
        PatternSyntaxException e = assertThrows(PatternSyntaxException.class, () -> Parser.parse("[a[b]c&&]", 0));
        assertEquals("Bad intersection syntax", e.getDescription());
        assertEquals(7, e.getIndex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?i)(", "a b c )", "[a b", "x{ 2 }", "(?-x: (a)"})
    void sameErrorAsJdkUnderFlags(String pattern) {
        int flags = Pattern.COMMENTS | Pattern.CASE_INSENSITIVE;
        PatternSyntaxException jdk = assertThrows(PatternSyntaxException.class,
                () -> Pattern.compile(pattern, flags));
        PatternSyntaxException ours = assertThrows(PatternSyntaxException.class, () -> Parser.parse(pattern, flags));
        assertSame(PatternSyntaxException.class, ours.getClass(), () -> "got " + ours);
        assertEquals(jdk.getDescription(), ours.getDescription(), pattern);
        assertEquals(jdk.getIndex(), ours.getIndex(), pattern);
    }
}
