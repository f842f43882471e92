package dev.linrex.syntax;

/**
 * The java.util.regex flag values, repeated here so the parser does not depend on
 * {@code java.util.regex.Pattern} for anything but its exception type.
 */
final class Flags {
    private Flags() {}

    static final int UNIX_LINES = 0x01;
    static final int CASE_INSENSITIVE = 0x02;
    static final int COMMENTS = 0x04;
    static final int MULTILINE = 0x08;
    static final int LITERAL = 0x10;
    static final int DOTALL = 0x20;
    static final int UNICODE_CASE = 0x40;
    static final int CANON_EQ = 0x80;
    static final int UNICODE_CHARACTER_CLASS = 0x100;

    static final int ALL = UNIX_LINES | CASE_INSENSITIVE | COMMENTS | MULTILINE | LITERAL | DOTALL
            | UNICODE_CASE | CANON_EQ | UNICODE_CHARACTER_CLASS;
}
