package dev.linrex.syntax;

/**
 * Zero-width assertions, each resolved by the parser from the syntax plus the flags in force
 * (MULTILINE, UNIX_LINES, UNICODE_CHARACTER_CLASS), so later stages need no flags. The names
 * follow the java.util.regex node each one reproduces; the exact rules live in
 * {@code dev.linrex.exec.Assertions}.
 */
public enum AssertionKind {
    /** {@code \A}, and {@code ^} without MULTILINE: at the start of input (region start with anchoring bounds). */
    BEGIN_INPUT,
    /** {@code \z}: at the end of input (region end with anchoring bounds). */
    END_INPUT,
    /** {@code \Z}, and {@code $} without MULTILINE: at the end, or before a final line terminator ({@code \r\n} counts as one). */
    END_INPUT_OR_FINAL_TERMINATOR,
    /** As {@link #END_INPUT_OR_FINAL_TERMINATOR} under UNIX_LINES: only {@code \n} is a terminator. */
    END_INPUT_OR_FINAL_NEWLINE_UNIX,
    /** {@code ^} with MULTILINE: at the start, or after a line terminator that is not at the end of input. */
    BEGIN_LINE,
    /** {@code ^} with MULTILINE and UNIX_LINES. */
    BEGIN_LINE_UNIX,
    /** {@code $} with MULTILINE: before any line terminator (not between {@code \r} and {@code \n}), or at the end. */
    END_LINE,
    /** {@code $} with MULTILINE and UNIX_LINES. */
    END_LINE_UNIX,
    /** {@code \b} with the running JDK's default word definition. */
    WORD_BOUNDARY,
    /** {@code \B} with the running JDK's default word definition. */
    NOT_WORD_BOUNDARY,
    /** {@code \b} under UNICODE_CHARACTER_CLASS. */
    WORD_BOUNDARY_UNICODE,
    /** {@code \B} under UNICODE_CHARACTER_CLASS. */
    NOT_WORD_BOUNDARY_UNICODE
}
