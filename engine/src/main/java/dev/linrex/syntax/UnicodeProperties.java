package dev.linrex.syntax;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Resolves {@code \p{..}} names to code-point sets with the same lookup rules and the same
 * predicates as the JDK's {@code CharPredicates}: general categories, POSIX and {@code java*}
 * names, binary properties ({@code Is...}), scripts and blocks. Every set is computed once from
 * the running JDK's {@link Character} (so linrex follows its Unicode version) and cached.
 *
 * <p>The {@code caseIns} parameters reproduce the JDK rule that under CASE_INSENSITIVE the
 * case-specific properties (Lu, Ll, Lt, Lower, Upper, javaLowerCase, ...) match all three cased
 * categories. Methods return {@code null} for an unknown name, like the JDK's lookups.
 */
final class UnicodeProperties {
    private UnicodeProperties() {}

    private static final ConcurrentHashMap<String, CodePointSet> CACHE = new ConcurrentHashMap<>();

    /** A cached set computed from {@code p} over all code points. */
    static CodePointSet named(String key, IntPredicate p) {
        CodePointSet s = CACHE.get(key);
        if (s == null) {
            s = CharSets.matching(p);
            CodePointSet prev = CACHE.putIfAbsent(key, s);
            if (prev != null) {
                s = prev;
            }
        }
        return s;
    }

    // ---- general categories: one pass builds all of them ----

    private static final class Categories {
        static final CodePointSet[] BY_TYPE = new CodePointSet[32];

        static {
            int[][] pairs = new int[32][];
            int[] counts = new int[32];
            for (int t = 0; t < 32; t++) {
                pairs[t] = new int[16];
            }
            int start = 0;
            int type = Character.getType(0);
            for (int cp = 1; cp <= CodePointSet.MAX + 1; cp++) {
                int t = cp <= CodePointSet.MAX ? Character.getType(cp) : -1;
                if (t != type) {
                    if (counts[type] + 2 > pairs[type].length) {
                        pairs[type] = java.util.Arrays.copyOf(pairs[type], pairs[type].length * 2);
                    }
                    pairs[type][counts[type]++] = start;
                    pairs[type][counts[type]++] = cp - 1;
                    start = cp;
                    type = t;
                }
            }
            for (int t = 0; t < 32; t++) {
                BY_TYPE[t] = CodePointSet.fromPairs(pairs[t], counts[t]);
            }
        }
    }

    /** Unions of categories by mask (the masks are constants of this class: a bounded set). */
    private static final ConcurrentHashMap<Integer, CodePointSet> BY_MASK = new ConcurrentHashMap<>();

    /**
     * The union of the general categories whose {@link Character#getType} bits are in
     * {@code mask}, computed once per mask: one shared instance, which also keeps the compiler's
     * UTF-16 form of it (see {@link CodePointSet#derived}).
     */
    static CodePointSet category(int mask) {
        CodePointSet s = BY_MASK.get(mask);
        if (s == null) {
            s = union(mask);
            CodePointSet prev = BY_MASK.putIfAbsent(mask, s);
            if (prev != null) {
                s = prev;
            }
        }
        return s;
    }

    /** A cached set built from cached sets by {@code f} (computed once per key). */
    static CodePointSet composite(String key, java.util.function.Supplier<CodePointSet> f) {
        CodePointSet s = CACHE.get(key);
        if (s == null) {
            s = f.get();
            CodePointSet prev = CACHE.putIfAbsent(key, s);
            if (prev != null) {
                s = prev;
            }
        }
        return s;
    }

    private static CodePointSet union(int mask) {
        CodePointSet s = CodePointSet.EMPTY;
        for (int t = 0; t < 32; t++) {
            if ((mask & (1 << t)) != 0) {
                s = s.union(Categories.BY_TYPE[t]);
            }
        }
        return s;
    }

    private static final int CASED = (1 << Character.LOWERCASE_LETTER) | (1 << Character.UPPERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER);
    private static final int LETTER = CASED | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER);
    private static final int MARK = (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
            | (1 << Character.COMBINING_SPACING_MARK);
    private static final int NUMBER = (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER)
            | (1 << Character.OTHER_NUMBER);
    private static final int SEPARATOR = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR);
    private static final int OTHER = (1 << Character.CONTROL) | (1 << Character.FORMAT) | (1 << Character.PRIVATE_USE)
            | (1 << Character.SURROGATE) | (1 << Character.UNASSIGNED);
    private static final int PUNCT = (1 << Character.DASH_PUNCTUATION) | (1 << Character.START_PUNCTUATION)
            | (1 << Character.END_PUNCTUATION) | (1 << Character.CONNECTOR_PUNCTUATION)
            | (1 << Character.OTHER_PUNCTUATION) | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
            | (1 << Character.FINAL_QUOTE_PUNCTUATION);
    private static final int SYMBOL = (1 << Character.MATH_SYMBOL) | (1 << Character.CURRENCY_SYMBOL)
            | (1 << Character.MODIFIER_SYMBOL) | (1 << Character.OTHER_SYMBOL);

    // ---- the Unicode binary properties (JDK CharPredicates) ----

    static CodePointSet alphabetic() {
        return named("ALPHABETIC", Character::isAlphabetic);
    }

    static CodePointSet digit() {
        return named("DIGIT", Character::isDigit);
    }

    static CodePointSet lowercase(boolean caseIns) {
        return caseIns ? cased() : named("LOWERCASE", Character::isLowerCase);
    }

    static CodePointSet uppercase(boolean caseIns) {
        return caseIns ? cased() : named("UPPERCASE", Character::isUpperCase);
    }

    static CodePointSet titlecase(boolean caseIns) {
        return caseIns ? cased() : named("TITLECASE", Character::isTitleCase);
    }

    private static CodePointSet cased() {
        return named("CASED", c -> Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c));
    }

    static CodePointSet whiteSpace() {
        return composite("=WHITESPACE",
                () -> category(SEPARATOR).union(CodePointSet.range(0x09, 0x0D)).union(CodePointSet.of(0x85)));
    }

    static CodePointSet control() {
        return category(1 << Character.CONTROL);
    }

    static CodePointSet punctuation() {
        return category(PUNCT);
    }

    static CodePointSet hexDigit() {
        return composite("=HEXDIGIT", () -> digit().union(PerlClasses.ASCII_XDIGIT).union(CodePointSet.range(0xFF10, 0xFF19))
                .union(CodePointSet.range(0xFF21, 0xFF26)).union(CodePointSet.range(0xFF41, 0xFF46)));
    }

    static CodePointSet assigned() {
        return composite("=ASSIGNED", () -> category(1 << Character.UNASSIGNED).complement());
    }

    static CodePointSet noncharacter() {
        return named("NONCHARACTER", c -> (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef));
    }

    static CodePointSet blank() {
        return composite("=BLANK", () -> category(1 << Character.SPACE_SEPARATOR).union(CodePointSet.of(0x09)));
    }

    static CodePointSet graph() {
        return composite("=GRAPH", () -> category(SEPARATOR | (1 << Character.CONTROL) | (1 << Character.SURROGATE)
                | (1 << Character.UNASSIGNED)).complement());
    }

    static CodePointSet print() {
        return composite("=PRINT", () -> graph().union(blank()).subtract(control()));
    }

    static CodePointSet joinControl() {
        return CodePointSet.range(0x200C, 0x200D);
    }

    static CodePointSet word() {
        return composite("=WORD", () -> alphabetic().union(category(MARK | (1 << Character.DECIMAL_DIGIT_NUMBER)
                | (1 << Character.CONNECTOR_PUNCTUATION))).union(joinControl()));
    }

    /** The POSIX names under UNICODE_CHARACTER_CLASS (and after {@code Is}); name is upper case. */
    private static CodePointSet posix(String name, boolean caseIns) {
        switch (name) {
            case "ALPHA": return alphabetic();
            case "LOWER": return lowercase(caseIns);
            case "UPPER": return uppercase(caseIns);
            case "SPACE": return whiteSpace();
            case "PUNCT": return punctuation();
            case "XDIGIT": return hexDigit();
            case "ALNUM": return composite("=ALNUM", () -> alphabetic().union(digit()));
            case "CNTRL": return control();
            case "DIGIT": return digit();
            case "BLANK": return blank();
            case "GRAPH": return graph();
            case "PRINT": return print();
            default: return null;
        }
    }

    /** The binary properties; name is upper case. */
    private static CodePointSet binary(String name, boolean caseIns) {
        switch (name) {
            case "ALPHABETIC": return alphabetic();
            case "ASSIGNED": return assigned();
            case "CONTROL": return control();
            case "EMOJI": return emoji("isEmoji");
            case "EMOJI_PRESENTATION": return emoji("isEmojiPresentation");
            case "EMOJI_MODIFIER": return emoji("isEmojiModifier");
            case "EMOJI_MODIFIER_BASE": return emoji("isEmojiModifierBase");
            case "EMOJI_COMPONENT": return emoji("isEmojiComponent");
            case "EXTENDED_PICTOGRAPHIC": return emoji("isExtendedPictographic");
            case "HEXDIGIT": case "HEX_DIGIT": return hexDigit();
            case "IDEOGRAPHIC": return named("IDEOGRAPHIC", Character::isIdeographic);
            case "JOINCONTROL": case "JOIN_CONTROL": return joinControl();
            case "LETTER": return named("LETTER", Character::isLetter);
            case "LOWERCASE": return lowercase(caseIns);
            case "NONCHARACTERCODEPOINT": case "NONCHARACTER_CODE_POINT": return noncharacter();
            case "TITLECASE": return titlecase(caseIns);
            case "PUNCTUATION": return punctuation();
            case "UPPERCASE": return uppercase(caseIns);
            case "WHITESPACE": case "WHITE_SPACE": return whiteSpace();
            case "WORD": return word();
            default: return null;
        }
    }

    /**
     * The emoji properties exist only on JDKs whose {@link Character} has the method (21+); on
     * older JDKs the name is unknown, exactly as there. Looked up reflectively because we compile
     * for Java 17.
     */
    private static CodePointSet emoji(String method) {
        CodePointSet cached = CACHE.get(method);
        if (cached != null) {
            return cached;
        }
        MethodHandle mh;
        try {
            mh = MethodHandles.publicLookup().findStatic(Character.class, method,
                    MethodType.methodType(boolean.class, int.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
        MethodHandle h = mh;
        return named(method, c -> {
            try {
                return (boolean) h.invokeExact(c);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
    }

    /** JDK {@code forUnicodeProperty}: binary properties, then POSIX names, case-insensitively. */
    static CodePointSet forUnicodeProperty(String name, boolean caseIns) {
        String upper = name.toUpperCase(Locale.ROOT);
        CodePointSet s = binary(upper, caseIns);
        return s != null ? s : posix(upper, caseIns);
    }

    /** JDK {@code forPOSIXName}: the POSIX names as Unicode classes (UNICODE_CHARACTER_CLASS). */
    static CodePointSet forPosixName(String name, boolean caseIns) {
        return posix(name.toUpperCase(Locale.ENGLISH), caseIns);
    }

    /** JDK {@code forUnicodeScript}: any name or alias {@link Character.UnicodeScript#forName} accepts. */
    static CodePointSet forScript(String name) {
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return named("sc=" + script.name(), c -> Character.UnicodeScript.of(c) == script);
    }

    /** JDK {@code forUnicodeBlock}: any name {@link Character.UnicodeBlock#forName} accepts. */
    static CodePointSet forBlock(String name) {
        Character.UnicodeBlock block;
        try {
            block = Character.UnicodeBlock.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return named("blk=" + block, c -> Character.UnicodeBlock.of(c) == block);
    }

    /** JDK {@code forProperty}: category aliases, US-ASCII POSIX names and {@code java*} methods (case-sensitive). */
    static CodePointSet forProperty(String name, boolean caseIns) {
        switch (name) {
            case "Cn": return category(1 << Character.UNASSIGNED);
            case "Lu": return category(caseIns ? CASED : 1 << Character.UPPERCASE_LETTER);
            case "Ll": return category(caseIns ? CASED : 1 << Character.LOWERCASE_LETTER);
            case "Lt": return category(caseIns ? CASED : 1 << Character.TITLECASE_LETTER);
            case "Lm": return category(1 << Character.MODIFIER_LETTER);
            case "Lo": return category(1 << Character.OTHER_LETTER);
            case "Mn": return category(1 << Character.NON_SPACING_MARK);
            case "Me": return category(1 << Character.ENCLOSING_MARK);
            case "Mc": return category(1 << Character.COMBINING_SPACING_MARK);
            case "Nd": return category(1 << Character.DECIMAL_DIGIT_NUMBER);
            case "Nl": return category(1 << Character.LETTER_NUMBER);
            case "No": return category(1 << Character.OTHER_NUMBER);
            case "Zs": return category(1 << Character.SPACE_SEPARATOR);
            case "Zl": return category(1 << Character.LINE_SEPARATOR);
            case "Zp": return category(1 << Character.PARAGRAPH_SEPARATOR);
            case "Cc": return category(1 << Character.CONTROL);
            case "Cf": return category(1 << Character.FORMAT);
            case "Co": return category(1 << Character.PRIVATE_USE);
            case "Cs": return category(1 << Character.SURROGATE);
            case "Pd": return category(1 << Character.DASH_PUNCTUATION);
            case "Ps": return category(1 << Character.START_PUNCTUATION);
            case "Pe": return category(1 << Character.END_PUNCTUATION);
            case "Pc": return category(1 << Character.CONNECTOR_PUNCTUATION);
            case "Po": return category(1 << Character.OTHER_PUNCTUATION);
            case "Sm": return category(1 << Character.MATH_SYMBOL);
            case "Sc": return category(1 << Character.CURRENCY_SYMBOL);
            case "Sk": return category(1 << Character.MODIFIER_SYMBOL);
            case "So": return category(1 << Character.OTHER_SYMBOL);
            case "Pi": return category(1 << Character.INITIAL_QUOTE_PUNCTUATION);
            case "Pf": return category(1 << Character.FINAL_QUOTE_PUNCTUATION);
            case "L": return category(LETTER);
            case "M": return category(MARK);
            case "N": return category(NUMBER);
            case "Z": return category(SEPARATOR);
            case "C": return category(OTHER);
            case "P": return category(PUNCT);
            case "S": return category(SYMBOL);
            case "LC": return category(CASED);
            case "LD": return category(LETTER | (1 << Character.DECIMAL_DIGIT_NUMBER));
            case "L1": return CodePointSet.range(0x00, 0xFF);
            case "all": return CodePointSet.ALL;
            case "ASCII": return PerlClasses.ASCII;
            case "Alnum": return PerlClasses.ASCII_ALNUM;
            case "Alpha": return PerlClasses.ASCII_ALPHA;
            case "Blank": return PerlClasses.ASCII_BLANK;
            case "Cntrl": return PerlClasses.ASCII_CNTRL;
            case "Digit": return PerlClasses.ASCII_DIGIT;
            case "Graph": return PerlClasses.ASCII_GRAPH;
            case "Lower": return caseIns ? PerlClasses.ASCII_ALPHA : PerlClasses.ASCII_LOWER;
            case "Print": return PerlClasses.ASCII_PRINT;
            case "Punct": return PerlClasses.ASCII_PUNCT;
            case "Space": return PerlClasses.ASCII_SPACE;
            case "Upper": return caseIns ? PerlClasses.ASCII_ALPHA : PerlClasses.ASCII_UPPER;
            case "XDigit": return PerlClasses.ASCII_XDIGIT;
            case "javaLowerCase": return caseIns ? cased() : named("LOWERCASE", Character::isLowerCase);
            case "javaUpperCase": return caseIns ? cased() : named("UPPERCASE", Character::isUpperCase);
            case "javaTitleCase": return caseIns ? cased() : named("TITLECASE", Character::isTitleCase);
            case "javaAlphabetic": return alphabetic();
            case "javaIdeographic": return named("IDEOGRAPHIC", Character::isIdeographic);
            case "javaDigit": return digit();
            case "javaDefined": return named("javaDefined", Character::isDefined);
            case "javaLetter": return named("LETTER", Character::isLetter);
            case "javaLetterOrDigit": return named("javaLetterOrDigit", Character::isLetterOrDigit);
            case "javaJavaIdentifierStart": return named("javaJavaIdentifierStart", Character::isJavaIdentifierStart);
            case "javaJavaIdentifierPart": return named("javaJavaIdentifierPart", Character::isJavaIdentifierPart);
            case "javaUnicodeIdentifierStart": return named("javaUnicodeIdentifierStart", Character::isUnicodeIdentifierStart);
            case "javaUnicodeIdentifierPart": return named("javaUnicodeIdentifierPart", Character::isUnicodeIdentifierPart);
            case "javaIdentifierIgnorable": return named("javaIdentifierIgnorable", Character::isIdentifierIgnorable);
            case "javaSpaceChar": return named("javaSpaceChar", Character::isSpaceChar);
            case "javaWhitespace": return named("javaWhitespace", Character::isWhitespace);
            case "javaISOControl": return named("javaISOControl", Character::isISOControl);
            case "javaMirrored": return named("javaMirrored", Character::isMirrored);
            default: return null;
        }
    }
}
