package dev.linrex.syntax;

/**
 * The fixed classes: {@code . \d \s \w \h \v} and the US-ASCII POSIX classes, in their ASCII
 * form and (for {@code \d \s \w}) their UNICODE_CHARACTER_CLASS form, defined as the JDK
 * defines them. The Unicode forms are computed from {@link Character} and cached by
 * {@link UnicodeProperties}.
 */
final class PerlClasses {
    private PerlClasses() {}

    static final CodePointSet ASCII_DIGIT = CodePointSet.range('0', '9');
    static final CodePointSet ASCII_UPPER = CodePointSet.range('A', 'Z');
    static final CodePointSet ASCII_LOWER = CodePointSet.range('a', 'z');
    static final CodePointSet ASCII_ALPHA = ASCII_UPPER.union(ASCII_LOWER);
    static final CodePointSet ASCII_ALNUM = ASCII_ALPHA.union(ASCII_DIGIT);
    static final CodePointSet ASCII_WORD = ASCII_ALNUM.union(CodePointSet.of('_'));
    /** {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    static final CodePointSet ASCII_SPACE = CharSets.of(' ', '\t', '\n', 0x0B, '\f', '\r');
    static final CodePointSet ASCII_BLANK = CharSets.of(' ', '\t');
    static final CodePointSet ASCII_CNTRL = CodePointSet.range(0, 0x1F).union(CodePointSet.of(0x7F));
    static final CodePointSet ASCII_PUNCT = CharSets.ascii(c -> c > 0x20 && c < 0x7F && !Character.isLetterOrDigit(c));
    static final CodePointSet ASCII_GRAPH = CodePointSet.range(0x21, 0x7E);
    static final CodePointSet ASCII_PRINT = CodePointSet.range(0x20, 0x7E);
    static final CodePointSet ASCII_XDIGIT = ASCII_DIGIT.union(CodePointSet.range('a', 'f')).union(CodePointSet.range('A', 'F'));
    static final CodePointSet ASCII = CodePointSet.range(0, 0x7F);

    /** {@code \h}. */
    static final CodePointSet HORIZ_SPACE = CharSets.of(0x09, 0x20, 0xA0, 0x1680, 0x180E, 0x202F, 0x205F, 0x3000)
            .union(CodePointSet.range(0x2000, 0x200A));
    /** {@code \v}. */
    static final CodePointSet VERT_SPACE = CodePointSet.range(0x0A, 0x0D).union(CharSets.of(0x85, 0x2028, 0x2029));

    /** {@code .} by default: everything but the line terminators. */
    static final CodePointSet DOT = CharSets.of('\n', '\r', 0x85, 0x2028, 0x2029).complement();
    /** {@code .} under UNIX_LINES. */
    static final CodePointSet UNIX_DOT = CodePointSet.of('\n').complement();
    /** {@code .} under DOTALL: all code points, a set of its own (see {@link Ast.CharSet#isDot()}). */
    static final CodePointSet DOTALL = CodePointSet.ALL.complement().complement();

    /** The members of {@code \R}'s single-character alternative. */
    static final CodePointSet LINE_ENDING_SINGLE = CharSets.of('\n', 0x0B, '\f', '\r', 0x85, 0x2028, 0x2029);

    /** The complements of {@code \d \s \w \h \v} ({@code \D \S \W \H \V}), built once, not per use. */
    static final CodePointSet NOT_ASCII_DIGIT = ASCII_DIGIT.complement();
    static final CodePointSet NOT_ASCII_SPACE = ASCII_SPACE.complement();
    static final CodePointSet NOT_ASCII_WORD = ASCII_WORD.complement();
    static final CodePointSet NOT_HORIZ_SPACE = HORIZ_SPACE.complement();
    static final CodePointSet NOT_VERT_SPACE = VERT_SPACE.complement();

    static CodePointSet notDigit(boolean unicode) {
        return unicode ? UnicodeProperties.composite("=NOT_DIGIT", () -> digit(true).complement()) : NOT_ASCII_DIGIT;
    }

    static CodePointSet notSpace(boolean unicode) {
        return unicode ? UnicodeProperties.composite("=NOT_WHITESPACE", () -> space(true).complement()) : NOT_ASCII_SPACE;
    }

    static CodePointSet notWord(boolean unicode) {
        return unicode ? UnicodeProperties.composite("=NOT_WORD", () -> word(true).complement()) : NOT_ASCII_WORD;
    }

    static CodePointSet digit(boolean unicode) {
        return unicode ? UnicodeProperties.named("DIGIT", Character::isDigit) : ASCII_DIGIT;
    }

    static CodePointSet space(boolean unicode) {
        return unicode ? UnicodeProperties.whiteSpace() : ASCII_SPACE;
    }

    static CodePointSet word(boolean unicode) {
        return unicode ? UnicodeProperties.word() : ASCII_WORD;
    }
}
