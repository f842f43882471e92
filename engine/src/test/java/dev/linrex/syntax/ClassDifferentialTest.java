package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pattern here must parse to one CharSet whose members are exactly the code points the
 * running JDK's java.util.regex matches, checked for all of 0..0x10FFFF. Lone surrogates
 * (D800..DFFF) are skipped: as a one-char input the JDK sees them as code points too, but a
 * linrex CharSet is only ever asked about them by the engine, which handles them itself.
 */
class ClassDifferentialTest {
    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final int IU = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final int X = Pattern.COMMENTS;
    private static final int D = Pattern.UNIX_LINES;
    private static final int S = Pattern.DOTALL;

    static Stream<Arguments> patterns() {
        List<Arguments> a = new ArrayList<>();
        // literals and escapes
        for (String p : new String[] {"a", "\\t", "\\n", "\\r", "\\f", "\\a", "\\e", "\\0101", "\\07", "\\0377",
                "\\x41", "\\x{1F600}", "\\u00e9", "\\uD83D\\uDE00", "\\cA", "\\c?", "\\N{LATIN SMALL LETTER A}",
                "\\Q*\\E", "\\\\", "\\.", "]", "}", ".", "\\d", "\\D", "\\s", "\\S", "\\w", "\\W", "\\h", "\\H",
                "\\v", "\\V", "😀"}) {
            a.add(Arguments.of(p, 0));
        }
        a.add(Arguments.of(".", D));
        a.add(Arguments.of(".", S));
        for (String p : new String[] {"\\d", "\\D", "\\s", "\\S", "\\w", "\\W", "\\p{Lower}", "\\p{Upper}",
                "\\p{Alpha}", "\\p{Digit}", "\\p{Alnum}", "\\p{Punct}", "\\p{Graph}", "\\p{Print}", "\\p{Blank}",
                "\\p{Cntrl}", "\\p{XDigit}", "\\p{Space}", "\\p{ASCII}", "[\\w&&[^\\d]]"}) {
            a.add(Arguments.of(p, U));
        }
        // POSIX / java / Unicode properties
        for (String p : new String[] {"\\p{Lower}", "\\p{Upper}", "\\p{ASCII}", "\\p{Alpha}", "\\p{Digit}",
                "\\p{Alnum}", "\\p{Punct}", "\\p{Graph}", "\\p{Print}", "\\p{Blank}", "\\p{Cntrl}", "\\p{XDigit}",
                "\\p{Space}", "\\P{Alpha}", "\\pL", "\\PL", "\\p{L}", "\\p{Lu}", "\\p{IsL}", "\\p{IsLu}",
                "\\p{gc=Lu}", "\\p{general_category=Nd}", "\\p{LC}", "\\p{LD}", "\\p{L1}", "\\p{all}", "\\p{Cn}",
                "\\p{Sc}", "\\p{IsLatin}", "\\p{script=Greek}", "\\p{sc=Grek}", "\\p{InGreek}",
                "\\p{block=Basic Latin}", "\\p{blk=CJK_Unified_Ideographs}", "\\p{IsAlphabetic}",
                "\\p{IsWhite_Space}", "\\p{IsIdeographic}", "\\p{IsLetter}", "\\p{IsLowercase}",
                "\\p{IsUppercase}", "\\p{IsTitlecase}", "\\p{IsPunctuation}", "\\p{IsControl}",
                "\\p{IsHex_Digit}", "\\p{IsJoin_Control}", "\\p{IsNoncharacter_Code_Point}", "\\p{IsAssigned}",
                "\\p{IsDigit}", "\\p{IsPunct}", "\\p{IsWord}", "\\p{IsALPHABETIC}", "\\p{javaLowerCase}",
                "\\p{javaUpperCase}", "\\p{javaLetterOrDigit}", "\\p{javaWhitespace}", "\\p{javaMirrored}",
                "\\p{javaIdentifierIgnorable}", "\\p{javaJavaIdentifierStart}", "\\p{javaSpaceChar}",
                "\\p{javaDefined}", "\\p{javaTitleCase}", "\\p{IsjavaDigit}"}) {
            a.add(Arguments.of(p, 0));
        }
        if (hasEmoji()) {
            a.add(Arguments.of("\\p{IsEmoji}", 0));
            a.add(Arguments.of("\\p{IsExtended_Pictographic}", 0));
        }
        // classes
        for (String p : new String[] {"[abc]", "[^abc]", "[a-z]", "[^a-z]", "[a[b-c]]", "[a-z&&[^aeiou]]",
                "[^a&&b]", "[&&a]", "[a&&]", "[a-c&&b-d&&c]", "[abc&&b]", "[a-z&&def]", "[a&&^b]", "[]a]",
                "[a-]", "[-a]", "[a-[bc]]", "[\\d-z]", "[\\v-\\x{10}]", "[\\Q]-\\E]", "[a-c[x-z]&&[b-y]]",
                "[[a-c]&&[b]x]", "[^[a]]", "[^\\d\\s]", "[\\p{L}&&\\P{Lu}]", "[\\x{1F600}-\\x{1F64F}]",
                "[😀-😂]", "[^😀]", "[\\u0000-\\uFFFF]", "[ab&&[^b]c]", "[a&&b[c]]", "[\\w&&[^_]]", "[\\N{SNOWMAN}]"}) {
            a.add(Arguments.of(p, 0));
        }
        a.add(Arguments.of("[ a - c # comment\n]", X));
        a.add(Arguments.of("[^ \\d ]", X));
        // case insensitivity
        for (String p : new String[] {"k", "K", "ß", "ẞ", "é", "É", "i", "I", "ı", "İ", "s", "ſ", "µ", "ÿ", "å",
                "Å", "\\u212A", "σ", "ς", "Σ", "ǅ", "[a-z]", "[K-M]", "[k]", "[é]", "[ß]", "[^a-z]", "[à-þ]",
                "[\\u0100-\\u017F]", "[\\x{10400}-\\x{1044F}]", "\\p{Lower}", "\\p{Upper}", "\\p{Lu}", "\\p{Ll}",
                "\\p{Lt}", "\\p{IsLowercase}", "\\p{javaLowerCase}", "\\p{InGreek}", "[a-c&&[^b]]", "[ÿ]",
                "\\x{10428}", "[\\x{10400}]"}) {
            a.add(Arguments.of(p, I));
            a.add(Arguments.of(p, IU));
        }
        a.add(Arguments.of("(?i)x", 0));
        a.add(Arguments.of("(?iu)\\u0130", 0));
        a.add(Arguments.of("(?i)[\\p{Lower}]", U));
        a.add(Arguments.of("\\p{Lower}", I | U));
        return a.stream();
    }

    private static boolean hasEmoji() {
        try {
            Character.class.getMethod("isEmoji", int.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A reusable one-code-point CharSequence. */
    private static final class OneCodePoint implements CharSequence {
        final char[] chars = new char[2];
        int len;

        void set(int cp) {
            len = Character.toChars(cp, chars, 0);
        }

        @Override
        public int length() {
            return len;
        }

        @Override
        public char charAt(int index) {
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(chars, start, end - start);
        }

        @Override
        public String toString() {
            return new String(chars, 0, len);
        }
    }

    static CodePointSet singleSet(Ast.Node n) {
        while (n instanceof Ast.Group) {
            n = ((Ast.Group) n).body();
        }
        if (n instanceof Ast.CharSet) {
            return ((Ast.CharSet) n).set();
        }
        fail("expected one CharSet, got " + n);
        return null;
    }

    @ParameterizedTest(name = "{0} flags={1}")
    @MethodSource("patterns")
    void sameMembersAsJdk(String pattern, int flags) {
        CodePointSet set = singleSet(Parser.parse(pattern, flags).node());
        Matcher m = Pattern.compile(pattern, flags).matcher("");
        OneCodePoint in = new OneCodePoint();
        int mismatches = 0;
        StringBuilder sb = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp == Character.MIN_SURROGATE) {
                cp = Character.MAX_SURROGATE;
                continue;
            }
            in.set(cp);
            boolean jdk = m.reset(in).matches();
            if (jdk != set.contains(cp)) {
                if (mismatches++ < 10) {
                    sb.append(String.format(" U+%04X(jdk=%s)", cp, jdk));
                }
            }
        }
        assertEquals(0, mismatches, pattern + " differs from the JDK at" + sb);
    }
}
