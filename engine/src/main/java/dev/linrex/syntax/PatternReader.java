package dev.linrex.syntax;

import dev.linrex.PatternTooLargeException;
import java.util.regex.PatternSyntaxException;

/**
 * The parser's cursor over the {@link PatternText} array and the primitives that move it
 * (peek, read, next, skip, ...). They mirror java.util.regex's cursor discipline exactly,
 * including where COMMENTS whitespace is skipped and where it is not, because the JDK's error
 * indices are cursor positions. Also keeps the nesting depth and the first rejected construct.
 */
abstract class PatternReader extends PatternText {
    int cursor;
    /** The flags in force at the cursor (inline flags change them). */
    int flags0;
    /** {@code linrex.maxNesting}, read at the first nesting (most patterns' first group or class): -1 before. */
    private int maxNesting = -1;
    /** Open groups plus open character classes. */
    int depth;

    private String unsupportedConstruct;
    private String unsupportedReason;
    private int unsupportedIndex = -1;

    PatternReader(String pattern, int flags) {
        super(pattern, (flags & Flags.LITERAL) != 0);
        this.flags0 = flags;
    }


    boolean has(int f) {
        return (flags0 & f) != 0;
    }

    int peek() {
        int ch = cp[cursor];
        if (has(Flags.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    int read() {
        int ch = cp[cursor++];
        if (has(Flags.COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        return ch;
    }

    int next() {
        int ch = cp[++cursor];
        if (has(Flags.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    int nextEscaped() {
        return cp[++cursor];
    }

    /** Reads the char after the next one and advances past both (no whitespace skipping). */
    int skip() {
        int ch = cp[cursor + 1];
        cursor += 2;
        return ch;
    }

    void unread() {
        cursor--;
    }

    void accept(int ch, String message) {
        int test = cp[cursor++];
        if (has(Flags.COMMENTS)) {
            test = parsePastWhitespace(test);
        }
        if (ch != test) {
            throw error(message);
        }
    }

    private static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    private int peekPastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = cp[++cursor];
            }
            if (ch == '#') {
                ch = peekPastLine();
            }
        }
        return ch;
    }

    private int parsePastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = cp[cursor++];
            }
            if (ch == '#') {
                ch = parsePastLine();
            }
        }
        return ch;
    }

    private int parsePastLine() {
        int ch = cp[cursor++];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = cp[cursor++];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = cp[cursor++];
        }
        return ch;
    }

    private int peekPastLine() {
        int ch = cp[++cursor];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = cp[++cursor];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = cp[cursor];
        }
        return ch;
    }

    private boolean isLineSeparator(int ch) {
        if (has(Flags.UNIX_LINES)) {
            return ch == '\n';
        }
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    /** A JDK-compatible syntax error at the JDK's index (cursor - 1 in the rewritten array). */
    PatternSyntaxException error(String description) {
        return new PatternSyntaxException(description, pattern, cursor - 1);
    }

    /** Char index in the original pattern of rewritten position {@code pos}. */
    int sourceIndex(int pos) {
        if (pos < 0) {
            return 0;
        }
        return textIndex(pos);
    }

    /** Remembers the first rejected construct; reported only if the whole pattern parses. */
    void unsupported(String construct, String reason, int pos) {
        if (unsupportedConstruct == null) {
            unsupportedConstruct = construct;
            unsupportedReason = reason;
            unsupportedIndex = sourceIndex(pos);
        }
    }

    /** Enters one level of group or class nesting at rewritten position {@code pos}. */
    void enterNesting(int pos) {
        if (maxNesting < 0) {
            maxNesting = maxNestingProperty();
        }
        if (++depth > maxNesting) {
            throw new PatternTooLargeException("Pattern nested too deeply (limit " + maxNesting
                    + ", system property linrex.maxNesting)", pattern, sourceIndex(pos));
        }
    }

    /** {@code linrex.maxNesting} as {@link Integer#getInteger(String, int)} reads it, without boxing. */
    private static int maxNestingProperty() {
        String value = System.getProperty("linrex.maxNesting");
        if (value != null) {
            try {
                return Integer.decode(value);
            } catch (NumberFormatException e) {
                // as Integer.getInteger: the default
            }
        }
        return Parser.DEFAULT_MAX_NESTING;
    }

    String unsupportedConstruct() {
        return unsupportedConstruct;
    }

    String unsupportedReason() {
        return unsupportedReason;
    }

    int unsupportedIndex() {
        return unsupportedIndex;
    }
}
