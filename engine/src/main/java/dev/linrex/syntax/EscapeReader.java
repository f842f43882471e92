package dev.linrex.syntax;

import java.util.List;
import java.util.Locale;

/**
 * Escapes ({@code \t \x{..} \d \b \k<n>} ...) and properties ({@code \p{..}}), read exactly as
 * java.util.regex reads them; shared by the sequence parser ({@link Parser}) and the class
 * parser ({@link ClassParser}).
 */
abstract class EscapeReader extends PatternReader {
    /** Stands in for a parsed-but-rejected construct (a backreference, {@code \X}). */
    static final Ast.Node UNBOUNDED_PLACEHOLDER = new Ast.Repeat(new Ast.Empty(), 0, Ast.UNBOUNDED, true);
    static final Ast.Node EMPTY = new Ast.Empty();

    /** Side results of {@link #escape}: the node (outside classes) or set it stands for. */
    Ast.Node escapeNode;
    CodePointSet escapeSet;
    /** Whether java.util.regex's predicate for the last {@link #escapeSet} or property is a BMP one. */
    boolean lastSetBmp;
    /** Whether a node read by code point has been built ({@link Supplementary}). */
    boolean sawCodePointClass;

    /** The node of each assertion kind: nodes are values, shared rather than built per use. */
    private static final Ast.Assertion[] ASSERTIONS = new Ast.Assertion[AssertionKind.values().length];

    static {
        for (AssertionKind k : AssertionKind.values()) {
            ASSERTIONS[k.ordinal()] = new Ast.Assertion(k);
        }
    }

    static Ast.Assertion assertion(AssertionKind kind) {
        return ASSERTIONS[kind.ordinal()];
    }

    /**
     * The nodes of the fixed ASCII-mode escapes {@code \d \s \w \h \v} (BMP predicates) and
     * {@code \D \S \W \H \V} (code-point ones), built once: common in patterns, and a shared
     * set's converted form (see {@link CodePointSet#derived}) is then shared too.
     */
    private static final Ast.CharSet[] FIXED_ESCAPE_NODES = {
        new Ast.CharSet(PerlClasses.ASCII_DIGIT, false), new Ast.CharSet(PerlClasses.ASCII_SPACE, false),
        new Ast.CharSet(PerlClasses.ASCII_WORD, false), new Ast.CharSet(PerlClasses.HORIZ_SPACE, false),
        new Ast.CharSet(PerlClasses.VERT_SPACE, false), new Ast.CharSet(PerlClasses.NOT_ASCII_DIGIT, true),
        new Ast.CharSet(PerlClasses.NOT_ASCII_SPACE, true), new Ast.CharSet(PerlClasses.NOT_ASCII_WORD, true),
        new Ast.CharSet(PerlClasses.NOT_HORIZ_SPACE, true), new Ast.CharSet(PerlClasses.NOT_VERT_SPACE, true),
    };

    /** A CharSet node; every one the parser builds that may read by code point is built here, to note it. */
    Ast.CharSet setNode(CodePointSet set, boolean codePoints) {
        sawCodePointClass |= codePoints;
        return new Ast.CharSet(set, codePoints);
    }

    EscapeReader(String pattern, int flags) {
        super(pattern, flags);
    }

    /** Whether a group of this name has been opened so far (for {@code \k<name>}). */
    abstract boolean isGroupName(String name);

    /** Capturing groups opened so far (for how many digits a backreference takes). */
    abstract int groupsSoFar();

    /** JDK group names: an ASCII letter, then ASCII letters and digits, then {@code >}. */
    String groupName(int ch) {
        StringBuilder sb = new StringBuilder();
        if (!isAsciiAlpha(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.append((char) ch);
        } while (isAsciiAlpha(ch = read()) || (ch >= '0' && ch <= '9'));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    static boolean isAsciiAlpha(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    AssertionKind dollar(boolean multiline) {
        if (has(Flags.UNIX_LINES)) {
            return multiline ? AssertionKind.END_LINE_UNIX : AssertionKind.END_INPUT_OR_FINAL_NEWLINE_UNIX;
        }
        return multiline ? AssertionKind.END_LINE : AssertionKind.END_INPUT_OR_FINAL_TERMINATOR;
    }

    /** {@code \p..} / {@code \P..} with the cursor on {@code p} or {@code P}. */
    CodePointSet property() {
        boolean complement = cp[cursor] == 'P';
        boolean oneLetter = true;
        int ch = next();
        if (ch != '{') {
            unread();
        } else {
            oneLetter = false;
        }
        return family(oneLetter, complement);
    }

    /** Reads a property name and resolves it with the JDK's lookup order. */
    private CodePointSet family(boolean singleLetter, boolean complement) {
        next();
        String name;
        if (singleLetter) {
            name = new String(cp, cursor, 1);
            read();
        } else {
            int i = cursor;
            cp[patternLength] = '}';
            while (read() != '}') {
                // scan to the closing brace (the terminator written above stops the scan)
            }
            cp[patternLength] = 0;
            int j = cursor;
            if (j > patternLength) {
                throw error("Unclosed character family");
            }
            if (i + 1 >= j) {
                throw error("Empty character family");
            }
            name = new String(cp, i, j - i - 1);
        }
        boolean ci = has(Flags.CASE_INSENSITIVE);
        CodePointSet set;
        lastSetBmp = false;
        int eq = name.indexOf('=');
        if (eq != -1) {
            String value = name.substring(eq + 1);
            String key = name.substring(0, eq).toLowerCase(Locale.ENGLISH);
            switch (key) {
                case "sc":
                case "script":
                    set = UnicodeProperties.forScript(value);
                    break;
                case "blk":
                case "block":
                    set = UnicodeProperties.forBlock(value);
                    break;
                case "gc":
                case "general_category":
                    set = UnicodeProperties.forProperty(value, ci);
                    lastSetBmp = BMP_PROPERTIES.contains(value);
                    break;
                default:
                    set = null;
                    break;
            }
            if (set == null) {
                throw error("Unknown Unicode property {name=<" + key + ">, value=<" + value + ">}");
            }
        } else {
            if (name.startsWith("In")) {
                set = UnicodeProperties.forBlock(name.substring(2));
            } else if (name.startsWith("Is")) {
                String shortName = name.substring(2);
                set = UnicodeProperties.forUnicodeProperty(shortName, ci);
                if (set == null) {
                    set = UnicodeProperties.forProperty(shortName, ci);
                    lastSetBmp = BMP_PROPERTIES.contains(shortName);
                }
                if (set == null) {
                    set = UnicodeProperties.forScript(shortName);
                }
            } else {
                set = null;
                if (has(Flags.UNICODE_CHARACTER_CLASS)) {
                    set = UnicodeProperties.forPosixName(name, ci);
                }
                if (set == null) {
                    set = UnicodeProperties.forProperty(name, ci);
                    lastSetBmp = BMP_PROPERTIES.contains(name);
                }
            }
            if (set == null) {
                throw error("Unknown character property name {" + name + "}");
            }
        }
        if (complement) {
            lastSetBmp = false;
            return set.complement();
        }
        return set;
    }

    /**
     * The property names java.util.regex's {@code CharPredicates.forProperty} maps to BMP
     * predicates (ASCII/Latin-1 ranges and ctypes); every other property is a code-point one.
     */
    private static final java.util.Set<String> BMP_PROPERTIES = java.util.Set.of("L1", "ASCII", "Alnum", "Alpha",
            "Blank", "Cntrl", "Digit", "Graph", "Lower", "Print", "Punct", "Space", "Upper", "XDigit");

    /**
     * An escape with the cursor on the backslash. Returns the code point of a literal escape;
     * otherwise -1, with {@link #escapeSet} set for class-like escapes and (outside classes, when
     * {@code create}) {@link #escapeNode} set to the node. {@code isRange} makes {@code \v} the
     * vertical tab, for use as a range end point (JDK compatibility).
     */
    int escape(boolean inClass, boolean create, boolean isRange) {
        int at = cursor;
        int ch = skip();
        boolean uc = has(Flags.UNICODE_CHARACTER_CLASS);
        switch (ch) {
            case '0':
                return octal();
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                if (inClass) {
                    break;
                }
                if (create) {
                    backReference(ch - '0', at);
                }
                return -1;
            case 'A':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = assertion(AssertionKind.BEGIN_INPUT);
                }
                return -1;
            case 'B':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = assertion(uc ? AssertionKind.NOT_WORD_BOUNDARY_UNICODE
                            : AssertionKind.NOT_WORD_BOUNDARY);
                }
                return -1;
            case 'D':
                return classEscape(PerlClasses.notDigit(uc), inClass, create, false);
            case 'G':
                if (inClass) {
                    break;
                }
                if (create) {
                    unsupported("\\G", "the end-of-previous-match anchor depends on match history", at);
                    escapeNode = EMPTY;
                }
                return -1;
            case 'H':
                return classEscape(PerlClasses.NOT_HORIZ_SPACE, inClass, create, false);
            case 'N':
                return namedCharacter();
            case 'R':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = lineEnding();
                }
                return -1;
            case 'S':
                return classEscape(PerlClasses.notSpace(uc), inClass, create, false);
            case 'V':
                return classEscape(PerlClasses.NOT_VERT_SPACE, inClass, create, false);
            case 'W':
                return classEscape(PerlClasses.notWord(uc), inClass, create, false);
            case 'X':
                if (inClass) {
                    break;
                }
                if (create) {
                    unsupported("\\X", "grapheme clusters are not supported", at);
                    escapeNode = UNBOUNDED_PLACEHOLDER;
                }
                return -1;
            case 'Z':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = assertion(dollar(false));
                }
                return -1;
            case 'a':
                return '\007';
            case 'b':
                if (inClass) {
                    break;
                }
                if (create) {
                    if (peek() == '{') {
                        if (skip() == 'g') {
                            if (read() == '}') {
                                unsupported("\\b{g}", "grapheme cluster boundaries are not supported", at);
                                escapeNode = EMPTY;
                                return -1;
                            }
                            break;
                        }
                        unread();
                        unread();
                    }
                    escapeNode = assertion(uc ? AssertionKind.WORD_BOUNDARY_UNICODE
                            : AssertionKind.WORD_BOUNDARY);
                }
                return -1;
            case 'c':
                return control();
            case 'd':
                return classEscape(PerlClasses.digit(uc), inClass, create, !uc);
            case 'e':
                return '\033';
            case 'f':
                return '\f';
            case 'h':
                return classEscape(PerlClasses.HORIZ_SPACE, inClass, create, true);
            case 'k': {
                if (inClass) {
                    break;
                }
                if (read() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupName(read());
                if (!isGroupName(name)) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                if (create) {
                    unsupported("named backreference \\k<" + name + ">",
                            "backreferences are not regular and cannot be matched in linear time", at);
                    escapeNode = UNBOUNDED_PLACEHOLDER;
                }
                return -1;
            }
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 's':
                return classEscape(PerlClasses.space(uc), inClass, create, !uc);
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            case 'v':
                if (isRange) {
                    return '\013';
                }
                return classEscape(PerlClasses.VERT_SPACE, inClass, create, true);
            case 'w':
                return classEscape(PerlClasses.word(uc), inClass, create, !uc);
            case 'x':
                return hexEscape();
            case 'z':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = assertion(AssertionKind.END_INPUT);
                }
                return -1;
            case 'C': case 'E': case 'F': case 'I': case 'J': case 'K': case 'L': case 'M': case 'O':
            case 'P': case 'Q': case 'T': case 'U': case 'Y': case 'g': case 'i': case 'j': case 'l':
            case 'm': case 'o': case 'p': case 'q': case 'y':
                break;
            default:
                return ch;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    /** {@code bmp}: java.util.regex's predicate for it is a BMP one (ASCII \d \s \w, \h, \v). */
    private int classEscape(CodePointSet set, boolean inClass, boolean create, boolean bmp) {
        if (create) {
            escapeSet = set;
            lastSetBmp = bmp;
            if (!inClass) {
                escapeNode = escapeClassNode(set, !bmp);
            }
        }
        return -1;
    }

    /** The node of a class: a shared one for the common ASCII sets (see {@link CommonSets}). */
    Ast.CharSet classNode(CodePointSet set, boolean codePoints) {
        if (!codePoints) {
            for (Ast.CharSet node : COMMON_CLASS_NODES) {
                if (node.set() == set) {
                    return node;
                }
            }
        }
        return setNode(set, codePoints);
    }

    private static final Ast.CharSet[] COMMON_CLASS_NODES = CommonSets.nodes();

    private Ast.CharSet escapeClassNode(CodePointSet set, boolean codePoints) {
        for (Ast.CharSet node : FIXED_ESCAPE_NODES) {
            if (node.set() == set && node.codePoints() == codePoints) {
                sawCodePointClass |= codePoints;
                return node;
            }
        }
        return setNode(set, codePoints);
    }

    /**
     * {@code \R}: {@code (?:\r\n|[\n\x0B\f\r\x85\u2028\u2029])}, CRLF first. Always the same
     * instance ({@link Parser#LINE_ENDING}), so the compiler can recognise a directly quantified
     * {@code \R}, which java.util.regex matches atomically.
     */
    private static Ast.Node lineEnding() {
        return LINE_ENDING_NODE;
    }

    static final Ast.Node LINE_ENDING_NODE = new Ast.Group(0, null, new Ast.Alternation(List.of(
            new Ast.Concat(List.of(new Ast.CharSet(CodePointSet.of('\r')), new Ast.CharSet(CodePointSet.of('\n')))),
            new Ast.CharSet(PerlClasses.LINE_ENDING_SINGLE))));

    /**
     * {@code \n}: the JDK takes further digits while the number still names an existing group.
     * Parsed only to keep the cursor where the JDK's is; the construct is rejected.
     */
    private void backReference(int number, int at) {
        for (;;) {
            int ch = peek();
            if (ch < '0' || ch > '9') {
                break;
            }
            int longer = number * 10 + (ch - '0');
            if (groupsSoFar() < longer) {
                break;
            }
            number = longer;
            read();
        }
        unsupported("backreference \\" + number,
                "backreferences are not regular and cannot be matched in linear time", at);
        escapeNode = UNBOUNDED_PLACEHOLDER;
    }

    private int control() {
        if (cursor < patternLength) {
            return read() ^ 64;
        }
        throw error("Illegal control escape sequence");
    }

    private static boolean isOctal(int c) {
        return c >= '0' && c <= '7';
    }

    private int octal() {
        int n = read();
        if (isOctal(n)) {
            int m = read();
            if (isOctal(m)) {
                int o = read();
                if (isOctal(o) && n <= '3') {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                unread();
                return (n - '0') * 8 + (m - '0');
            }
            unread();
            return n - '0';
        }
        throw error("Illegal octal escape sequence");
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hexValue(int c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    private int hexEscape() {
        int n = read();
        if (isHex(n)) {
            int m = read();
            if (isHex(m)) {
                return hexValue(n) * 16 + hexValue(m);
            }
        } else if (n == '{' && isHex(peek())) {
            int ch = 0;
            while (isHex(n = read())) {
                ch = (ch << 4) + hexValue(n);
                if (ch > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return ch;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int fourHex() {
        int n = 0;
        for (int i = 0; i < 4; i++) {
            int ch = read();
            if (!isHex(ch)) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + hexValue(ch);
        }
        return n;
    }

    /** {@code \\uXXXX}, joining an escaped surrogate pair into one code point. */
    private int unicodeEscape() {
        int n = fourHex();
        if (Character.isHighSurrogate((char) n)) {
            int cur = cursor;
            if (read() == '\\' && read() == 'u') {
                int n2 = fourHex();
                if (Character.isLowSurrogate((char) n2)) {
                    return Character.toCodePoint((char) n, (char) n2);
                }
            }
            cursor = cur;
        }
        return n;
    }

    /** {@code \N{NAME}} via {@link Character#codePointOf}. */
    private int namedCharacter() {
        if (read() == '{') {
            int i = cursor;
            while (read() != '}') {
                if (cursor >= patternLength) {
                    throw error("Unclosed character name escape sequence");
                }
            }
            String name = new String(cp, i, cursor - i - 1);
            try {
                return Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw error("Unknown character name [" + name + "]");
            }
        }
        throw error("Illegal character name escape sequence");
    }
}
