package dev.linrex.suite;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.COMMENTS;
import static java.util.regex.Pattern.DOTALL;
import static java.util.regex.Pattern.LITERAL;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.UNICODE_CASE;
import static java.util.regex.Pattern.UNICODE_CHARACTER_CLASS;
import static java.util.regex.Pattern.UNIX_LINES;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own table of (pattern, flags, inputs), grouped by topic. No expectation is written down:
 * every row goes through {@link Differential} and java.util.regex decides. Besides the default
 * operations each input of length 2+ is also searched in the region [1, len-1], once with the
 * default bounds and once transparent and non-anchoring.
 */
class DifferentialTableTest {

    private record Row(String topic, int flags, String pattern, List<String> inputs, String replacement, boolean hitEnd) {}

    private static final List<Row> ROWS = new ArrayList<>();
    private static String topic = "";

    private static void topic(String name) {
        topic = name;
    }

    /** A pattern with flags 0 and its inputs. */
    private static void t(String pattern, String... inputs) {
        f(0, pattern, inputs);
    }

    private static void f(int flags, String pattern, String... inputs) {
        ROWS.add(new Row(topic, flags, pattern, List.of(inputs), "<$0>", false));
    }

    /** With a replacement other than {@code <$0>} (named-group references). */
    private static void r(String replacement, String pattern, String... inputs) {
        ROWS.add(new Row(topic, 0, pattern, List.of(inputs), replacement, false));
    }

    /** Also compares hitEnd/requireEnd after the first find. */
    private static void h(String pattern, String... inputs) {
        ROWS.add(new Row(topic, 0, pattern, List.of(inputs), "<$0>", true));
    }

    static final String[] TERMINATORS = {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"};
    static final String EMOJI = "\uD83D\uDE00"; // U+1F600, a surrogate pair
    static final String GOTHIC = "\uD800\uDF30"; // U+10330

    static {
        topic("literals");
        t("a", "", "a", "b", "aaa", "bab");
        t("abc", "abc", "xabcx", "ababc", "ab", "abcabc");
        t("hello world", "hello world", "say hello world!", "hello  world");
        t("aa", "aaa", "aaaa");
        t("é", "é", "e\u0301", "Ééé");
        t("\u00e9t\u00e9", "\u00e9t\u00e9 \u00e9t\u00e9");
        t("\t", "a\tb", "\t\t");
        t("a\nb", "a\nb", "a\r\nb");
        t("-", "a-b--c");
        t("\\.", "a.b", "ab");
        t("\\Q.*+\\E", ".*+", "a.*+b", "aaa");
        t("\\Qa\\E+", "aaa");
        t("\\Qab", "ab", "xabx");
        t("x\\Q\\E*y", "xy", "xxy");

        topic("escapes");
        t("\\t\\n\\r\\f\\a\\e", "\t\n\r\f\u0007\u001b");
        t("\\x41\\x{1F600}", "A" + EMOJI);
        t("\\u0041\\u00e9", "A\u00e9");
        t("\\0101", "A");
        t("\\011", "\t");
        t("\\cA\\cZ", "\u0001\u001a");
        t("\\\\", "a\\b", "\\\\");
        t("\\N{LATIN SMALL LETTER A}", "a", "b");
        t("\\x{10330}", GOTHIC, "x" + GOTHIC + "x");
        t("\\uD83D\\uDE00", EMOJI, "\uD83D");
        t("\\uD83D", "\uD83D", EMOJI, "\uD83D\uD83D");
        t("\\uDE00", "\uDE00", EMOJI, "a\uDE00");
        t("\\R", "\r\n", "\n", "\u000b", "\f", "\r", "\u0085", "\u2028", "\u2029", "\n\r");
        t("\\R\\n", "\r\n", "\n\n");
        t("\\R{2}", "\r\n\n", "\r\n\r\n", "\r\r");
        t("\\h+", "a \t\u00a0\u2000b", "\u3000");
        t("\\H+", "a b");
        t("\\v+", "\n\u000b\f\r\u0085\u2028\u2029x");
        t("\\V+", "ab\ncd");
        t("a\\x", "a");
        t("\\k", "k");
        t("\\y", "y");
        t("\\8", "8");
        t("\\", "\\");
        t("\\xZZ", "x");
        t("\\u12", "u");
        t("\\c", "c");

        topic("classes");
        t("[abc]", "a", "d", "cab");
        t("[^abc]", "a", "d", "abcd");
        t("[a-z]+", "hello World", "ABC");
        t("[a-zA-Z0-9_]+", "foo_bar9 baz");
        t("[^a-z]+", "abcDEF123ghi");
        t("[-a]", "-", "a", "b");
        t("[a-]", "-", "a");
        t("[]a]", "]", "a");
        t("[^]a]", "]", "b");
        t("[a-c[x-z]]+", "abxyzd");
        t("[a-z&&[^aeiou]]+", "consonants and vowels");
        t("[a-z&&def]+", "abcdefg");
        t("[^a-z&&[^x]]", "x", "a", "X");
        t("[\\d\\s]+", "1 2 3x");
        t("[\\w&&\\D]+", "ab12cd");
        t("[.]", ".", "a");
        t("[*+?{}()|^$]+", "*+?{}()|^$a");
        t("[\\[\\]]+", "[[]]");
        t("[\\u0041-\\u0043]+", "ABCD");
        t("[\\x{1F600}-\\x{1F64F}]", EMOJI, "a");
        t("[" + EMOJI + "]", EMOJI, "\uD83D");
        t("[^" + EMOJI + "]", EMOJI + "a");
        t("[^a]", EMOJI, "a" + EMOJI + "b", "\uD83D", "\uDE00\uD83D");
        t("[\uD83D]", EMOJI, "\uD83D", "\uD83Dx");
        t("[\uDE00]", EMOJI, "\uDE00", "x\uDE00");
        t("[a-\uD83D]+", "b\uD83D" + EMOJI);
        t("[z-a]", "a");
        t("[a", "a");
        t("[]", "a");
        t("[^]", "a");
        t("[a&&]", "a");
        t("[&&a]", "a");
        t("[a-&&b]", "a");
        t("\\p{Lu}+", "abcDEFghi", "\u00c9T\u00c9");
        t("\\p{L}+", "héllo wörld", "日本語");
        t("\\p{IsAlphabetic}+", "abc123");
        t("\\p{InGreek}+", "αβγ abc");
        t("\\p{IsGreek}+", "αβγ abc");
        t("\\p{Alpha}+", "abcé");
        t("\\p{Punct}+", "a!?.,b");
        t("\\p{javaLowerCase}+", "abcDé");
        t("\\P{L}+", "abc123 !def");
        t("\\p{Nd}+", "12\u0663\u0664x");
        t("\\p{Sc}", "$€¥");
        t("\\p{So}", EMOJI + "a");
        t("\\p{IsLatin}+", "abcαβγ");
        t("\\p{Cs}", "\uD83D", EMOJI);
        t("\\p{Foo}", "a");
        t("\\pL\\PL", "a1", "11");
        t("[\\p{L}&&[^a-z]]+", "abcÀÉ");
        t("\\d+", "abc123def456", "\u0663\u0664");
        t("\\D+", "abc123");
        t("\\w+", "hello_world 123 é", "ĀĀ");
        t("\\W+", "a b!c");
        t("\\s+", "a \t\n\u000b\f\rb", "\u00a0\u2028");
        t("\\S+", "a b");

        topic("dot");
        t(".", "a", "\n", "\r", "\u0085", "\u2028", "\u2029", "\r\n", EMOJI);
        t(".", "\r\n\u0085\u2028x");
        t(".+", "ab\ncd\r\nef", "ab\u2028cd");
        t("a.c", "abc", "a\nc", "a" + EMOJI + "c");
        t("..", EMOJI, EMOJI + EMOJI);
        f(DOTALL, ".", "\n", "\r", "\u2029");
        f(DOTALL, ".+", "ab\ncd\r\nef");
        t("(?s).+", "ab\ncd");
        f(UNIX_LINES, ".", "\r\n", "\u0085", "\u2028");
        t("(?d).", "\r\n");
        t("(?d).+", "a\rb\nc");
        f(UNIX_LINES | DOTALL, ".+", "a\nb");

        topic("quantifiers");
        t("a*", "baaa", "", "aaa");
        t("a+", "baaa", "", "aaabaa");
        t("a?", "baaa", "");
        t("a*?", "aaa");
        t("a+?", "aaa");
        t("a??", "aaa");
        t("a*b", "aaab", "b", "aaa");
        t("a*?b", "aaab");
        t("a{3}", "aaaaaaa", "aa");
        t("a{2,}", "a aa aaaa");
        t("a{2,3}", "aaaaaaa");
        t("a{2,3}?", "aaaaaaa");
        t("a{0}", "aaa");
        t("a{0,0}", "a");
        t("a{1,1}b", "ab");
        t("(ab){2}", "abababab");
        t("(ab){2,}?", "abababab");
        t("x{1000}", "x".repeat(1000), "x".repeat(999));
        t("a{,3}", "a{,3}");
        t("a{3,2}", "aaa");
        t("a{", "a{");
        t("a{1", "a{1");
        t("a{x}", "a{x}");
        t("*a", "a");
        t("a**", "a");
        t("a++b", "aab");
        t("a*+a", "aaa");
        t("a?+", "a");
        t("(a|ab)++c", "abc");
        t("\\d{2,4}-\\d{2}", "12-34 12345-67");
        t(".*", "abc", "", "a\nb");
        t(".*?", "abc");
        t(".*x", "abxcdx", "abc");
        t(".*?x", "abxcdx");
        t("(?:ab)*c", "ababc", "c");
        t("[ab]{3,5}", "abababab");
        t("a{2147483647}", "a");
        t("a{2147483648}", "a");
        t("(?:a{0,2}){3}", "aaaaa");
        t("(a{2}){3}", "aaaaaa", "aaaaa");

        topic("groups");
        t("(a)(b)(c)", "abc", "xabcx");
        t("(a(b(c)))", "abc");
        t("(a)|(b)", "ab", "ba");
        t("((a)|(b))+", "abab");
        t("(?:(a)|b)+", "ab", "ba", "abb");
        t("(?:(a)|(b))+", "ab", "ba");
        t("(a)?b", "b", "ab");
        t("(a?)b", "b");
        t("(a|ab)(c|bcd)(d*)", "abcd");
        t("(a*)(a*)", "aaa");
        t("(a*?)(a*)", "aaa");
        t("(.*)(\\d+)", "abc123");
        t("(.*?)(\\d+)", "abc123");
        t("(\\w+)@(\\w+)\\.com", "mail me at joe@example.com or ann@test.com");
        t("(?:)", "ab");
        t("()", "ab");
        t("(|a)", "a");
        t("(a|)", "a");
        t("(", "a");
        t(")", "a");
        t("(?:", "a");
        t("(?", "a");
        t("a)", "a)");
        t("(?x", "a");
        t("((((((((((a))))))))))", "a");

        topic("named groups");
        r("<${year}|${month}>", "(?<year>\\d{4})-(?<month>\\d{2})", "on 2024-05 and 1999-12");
        r("<${x}>", "(?<x>a)|b", "ab");
        r("${first} ${last}", "(?<first>\\w+) (?<last>\\w+)", "John Smith, Jane Doe");
        r("<${a1}>", "(?<a1>x)(?<b2>y)?", "xy x");
        t("(?<a>x)(?<a>y)", "xy");
        t("(?<1a>x)", "x");
        t("(?<a_b>x)", "x");
        t("(?<>x)", "x");
        t("(?P<n>x)", "x");
        r("<$1>", "(x)", "x");
        r("<${nope}>", "(?<x>a)", "a");
        r("<$2>", "(a)", "a");
        r("\\$<$0>", "b", "abc");

        topic("alternation");
        t("a|b", "ab", "c");
        t("a|ab", "ab");
        t("ab|a", "ab");
        t("(a|ab)c", "abc");
        t("foo|foobar", "foobar");
        t("foobar|foo", "foobar");
        t("|a", "a");
        t("a|", "a");
        t("a||b", "ab");
        t("(a|b|c)+", "abcabc");
        t("(?:cat|category)+", "category");
        t("x(a|b)*y|x(a)y", "xay", "xaby");
        t("(a|a)*", "aaa");
        t("(a|aa)*b", "aaab");
        t("(aa|a)*b", "aaab");
        t("(a|b)*?b", "abab");

        topic("empty matches and find loop");
        t("", "", "abc");
        t("x*", "axxb", "");
        t("\\b", "ab cd", "");
        t("(?=)", "ab");
        t("a*?", "baaa");
        t("(a|)*", "aab");
        t("b*", EMOJI + "b");
        t("", EMOJI, "a" + EMOJI);
        t("a?", EMOJI + "a");
        t("(?:)*", "ab");

        topic("captures in loops (jdk-semantics.md)");
        t("(a*)*", "aa", "b", "");
        t("(a*)+", "b", "aa");
        t("(a?)*", "a", "aa", "");
        t("()*", "", "a");
        t("(()){2}", "", "a"); // (())* is rejected: syntax.GroupCurlyLimits
        t("(a*){2,3}", "b", "aaa");
        t("(a?){3}", "a", "aaaa");
        t("(a?){3,}", "a");
        t("(a?){2,5}?c", "aac");
        t("((a?)*)*", "aa");
        t("(a|b?)*", "ab");
        t("(a?b?)*c", "abc");
        t("(a*)+?", "aa");
        t("(a*?)*", "aa");
        t("(a*?)+?b", "aab");
        t("((a*)b?)*", "aabab");
        t("(a|)+", "aa");
        t("(|a)+", "aa");
        t("(|a)*?b", "aab");
        t("(?:a?){2,}", "aaa");
        t("(\\b)*", "a");
        t("(\\b)+", "a");
        t("(a{0,2}){2}", "aaa");
        t("((a{0,2}){2})*", "aaaaa");
        t("(a+|b+)*c", "aabbc");
        t("(.*){3}x", "aaax");
        t("(\\s*)*$", "  x  ");
        t("((a)|b)+", "abab", "ba");
        t("(a|(b))+", "ab", "ba");
        t("(?:(a)|(b)|c)+", "abc", "cba");
        t("(a)*", "aaa", "");
        t("(ab)*c", "ababc");
        t("(a(b)?)+", "aba", "abab");
        t("(?:a(b)?)+", "aba");
        t("((ab)|a)*", "aba");
        t("(a){0}", "a");
        t("(a){0,1}a", "a", "aa");
        t("^(aa(bb)?)+$", "aabbaa");
        t("(x*)(x+)*y", "xxy");
        t("(a)?(a)?(a)?", "aa");
        t("((a)|(b)|(c))*", "cab");
        t("(a*)*b", "aab", "b");
        t("(a*)+b", "aab");
        t("(a*|b)*", "ab", "ba");
        t("(a+|)*", "aa", "b");

        topic("anchors");
        t("^", "", "abc");
        t("$", "", "ab\n", "ab\r\n", "ab\n\n");
        t("^abc$", "abc", "abc\n", "abc\r\n", "abc\n\n", "xabc");
        t("\\Aabc\\z", "abc", "abc\n");
        t("abc\\Z", "abc", "abc\n", "abc\r\n", "abc\n\n", "abc\u2028");
        t("\\Z", "ab\n\n", "\n", "\r\n");
        t("\\z", "ab\n", "");
        t("^$", "", "\n");
        t("a^b", "ab");
        t("a$b", "ab");
        t("$a", "a");
        t("a\\Z\\n", "a\n");
        t("a$\\n", "a\n", "a\n\n");
        t("\\Gab", "ababxab");
        t("\\bfoo\\b", "a foo food foo", "foo");
        t("\\Bo\\B", "foo oo o");
        t("\\b", "é", "aé", "a_b");
        t("\\bé", "é", " é");
        t("\\w\\b\\W", "a!", "é!");
        t("\\b\\w+\\b", "one two  three");
        t("\\b" + EMOJI, EMOJI);
        t("a\\b", "a" + EMOJI, "a\u0301", "a_");
        t("\\B", "", "a", "!");
        f(MULTILINE, "^", "a\nb\n", "a\r\nb", "\n", "\r\n", "a\u0085b\u2028c\u2029");
        f(MULTILINE, "$", "a\nb\n", "a\r\nb", "\r\n", "a\u0085b");
        f(MULTILINE, "^a$", "a\na\r\na\ra\u0085a\u2028a\u2029a");
        f(MULTILINE, "^$", "\n\n", "\r\n\r\n", "\r\r", "a\n");
        f(MULTILINE, "\\Aa$", "a\na");
        f(MULTILINE, "a\\z", "a\na");
        f(MULTILINE, "a\\Z", "a\na\n");
        f(MULTILINE | UNIX_LINES, "^.$", "a\rb\nc\u2028");
        f(MULTILINE | UNIX_LINES, "$", "a\r\nb\n");
        f(UNIX_LINES, "a$", "a\n", "a\r", "a\r\n", "a\u0085");
        f(UNIX_LINES, "^", "\n");
        t("(?m)^\\w+$", "one\ntwo\r\nthree\rfour");
        t("(?m)$", "a\r\nb");
        t("(?m:^a)|b", "b\na");
        t("(?m)\\n^", "a\n\nb");
        t("(?m)$\\r", "a\r\n");
        t("(?m)\\r$", "a\r\n");
        t("(?m)^\\n", "\n\n", "a\n\n");
        t("^^a$$", "a");
        t("(?:^|,)(\\w*)", "a,b,,c");
        t("(\\w+)$", "word\n", "one two");
        for (String lt : TERMINATORS) {
            t("$", "a" + lt, lt, "a" + lt + "b", lt + lt);
            t("\\Z", "a" + lt, lt + lt);
            f(MULTILINE, "$", "a" + lt + "b" + lt, lt + lt);
            f(MULTILINE, "^", "a" + lt + "b" + lt, lt + "a");
            f(MULTILINE | UNIX_LINES, "^$", "a" + lt + lt);
            f(DOTALL, "^.$", lt);
            t("a$" + (lt.length() == 1 ? "" : "\\r\\n"), "a" + lt);
        }

        topic("case insensitive");
        f(CASE_INSENSITIVE, "abc", "ABC", "aBc", "xAbCx");
        f(CASE_INSENSITIVE, "[a-c]+", "ABCabcD");
        f(CASE_INSENSITIVE, "[^a]", "A", "b");
        f(CASE_INSENSITIVE, "é", "É", "é");
        f(CASE_INSENSITIVE | UNICODE_CASE, "é", "É", "é");
        f(CASE_INSENSITIVE, "k", "K", "\u212a");
        f(CASE_INSENSITIVE | UNICODE_CASE, "k", "K", "\u212a");
        f(CASE_INSENSITIVE | UNICODE_CASE, "[k]", "\u212a");
        f(CASE_INSENSITIVE | UNICODE_CASE, "[a-z]+", "\u212a\u017f");
        t("(?i)ß", "SS ß ẞ");
        t("(?iu)ß", "ẞ", "ss");
        t("(?iu)ẞ", "ß");
        t("(?iu)[ß]", "ẞ");
        t("(?iu)σ", "Σ σ ς");
        t("(?iu)ς", "Σ σ ς");
        t("(?iu)[α-ω]+", "ΑΒΓ");
        t("(?i)\\p{Lu}", "a", "A");
        t("(?i)\\p{Lower}", "A");
        t("(?i)\\x{10400}", "\uD801\uDC28");
        t("(?iu)\\x{10400}", "\uD801\uDC28");
        t("(?i)ǅ", "ǄǅǆDž");
        t("(?iu)ǅ", "ǄǅǆDž");
        t("(?iu)İ", "i", "İ", "I");
        t("(?iu)ı", "I", "i");
        t("a(?i)b", "aB", "AB");
        t("a(?i:b)c", "aBc", "aBC");
        t("(?i)a(?-i)b", "AB", "Ab");
        t("(?i:a|B)+", "AbBa");
        t("((?i)a)b", "Ab", "AB");
        t("(?i)[^k]", "\u212a");
        t("(?i)[\\w&&[^a]]", "A");
        t("(?ui)\\W", "\u212a");
        t("(?i)\\Qab\\E", "AB");
        f(CASE_INSENSITIVE | LITERAL, "a.B", "A.b", "axb");

        topic("flags");
        f(COMMENTS, "a b c", "abc", "a b c");
        f(COMMENTS, "a # comment\nb", "ab");
        f(COMMENTS, "[ ]a", " a", "a");
        f(COMMENTS, "a\\ b", "a b");
        f(COMMENTS, "a #", "a");
        f(COMMENTS, "\\d {2}", "12");
        f(COMMENTS, "a\t\n\u000b\f\rb", "ab");
        f(COMMENTS, "a{1, 2}", "aa");
        f(COMMENTS, "( ?: a)", "a");
        t("(?x) a b", "ab");
        t("(?x)a#b\nc", "ac");
        t("(?x:a b) c", "ab c");
        f(LITERAL, "a.*b", "a.*b", "axxb");
        f(LITERAL, "\\Q", "\\Q");
        f(LITERAL, "(", "(");
        f(LITERAL, "", "ab");
        f(LITERAL | COMMENTS, "a b", "a b", "ab");
        f(UNICODE_CHARACTER_CLASS, "\\w+", "héllo wörld", "ĀĀ");
        f(UNICODE_CHARACTER_CLASS, "\\d+", "\u0663\u0664 12");
        f(UNICODE_CHARACTER_CLASS, "\\s+", "a\u00a0\u2028b");
        f(UNICODE_CHARACTER_CLASS, "\\b", "é", "aé");
        f(UNICODE_CHARACTER_CLASS, "\\p{Alpha}+", "éa1");
        f(UNICODE_CHARACTER_CLASS, "\\p{Punct}", "!\u00a1");
        f(UNICODE_CHARACTER_CLASS | CASE_INSENSITIVE, "é", "É");
        t("(?U)\\w+", "héllo");
        t("(?U)[\\w]+", "héllo");
        t("(?U)\\W+", "héllo !");
        t("(?u)a", "A");
        t("(?imsx-imsx)a", "a");
        t("(?-i)a", "A");
        t("(?i)(?-i:a)", "A");
        t("(?c)a", "a");
        t("(?q)a", "a");
        t("(?i", "a");
        t("(?idmsuxU)a", "A");
        t("(?-d).", "\r");
        f(UNIX_LINES, "(?-d).", "\r");
        f(MULTILINE, "(?-m)^b", "a\nb");
        f(DOTALL, "(?-s).", "\n");
        f(CASE_INSENSITIVE, "(?-i)a", "A");
        f(COMMENTS, "(?-x) a", " a");

        topic("lookaround, backreferences, possessive, atomic (linrex may reject)");
        t("a(?=b)", "ab", "ac");
        t("a(?!b)", "ab", "ac");
        t("(?<=a)b", "ab", "cb");
        t("(?<!a)b", "ab", "cb");
        t("(a)\\1", "aa", "ab");
        t("(?<n>a)\\k<n>", "aa");
        t("a*+a", "aaaa");
        t("(?>a|ab)c", "abc", "ac");
        t("\\Ga", "aab");
        t("\\X", "e\u0301");
        t("\\b{g}", "ab");

        topic("supplementary characters");
        t(EMOJI, EMOJI, "a" + EMOJI + EMOJI, "\uD83D");
        t(EMOJI + "+", EMOJI + EMOJI + "x");
        t("a" + EMOJI + "?", "a" + EMOJI, "a\uD83D");
        t("\\uD83D\\uDE00+", EMOJI + "\uDE00");
        t(".", "\uD83D", "\uDE00", "\uDE00\uD83D", GOTHIC);
        t("\\p{So}+", EMOJI + EMOJI);
        t("[\\x{10000}-\\x{10FFFF}]+", "a" + EMOJI + GOTHIC + "b");
        t("\\P{L}", GOTHIC + EMOJI);
        t("\\p{L}", GOTHIC);
        t("\\w", GOTHIC);
        t("x*", EMOJI);
        t("\\b", EMOJI + "a" + EMOJI);
        t("(?i)" + GOTHIC, GOTHIC);
        t("[^\\uD83D]", EMOJI, "\uD83Da");
        t("\\uDE00", "\uD83D\uDE00\uDE00");
        t("\uDE00", EMOJI, "\uDE00");
        t("\uD83D", EMOJI, "\uD83Da");
        t("a|\uD83D", EMOJI);
        t("[\uD83D\uDE00]", EMOJI, "\uD83D", "\uDE00");
        t("(.)(.)", EMOJI + EMOJI, "a" + EMOJI);
        t("$", "a" + EMOJI);

        topic("hitEnd and requireEnd");
        h("a+", "aa", "aab", "b");
        h("a$", "a", "ab");
        h("abc", "ab", "xab", "abc");
        h("\\bx", "x");
        h("a|ab", "a");
        h("a*", "");

        topic("larger patterns");
        t("^\\s*([\\w.%+-]+)@([\\w-]+\\.)+[a-zA-Z]{2,}\\s*$", "  user.name+tag@mail.example.org ", "bad@com");
        t("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})", "ip 192.168.0.1 and 10.0.0.255");
        t("^(?:[01]\\d|2[0-3]):[0-5]\\d$", "23:59", "24:00", "09:05\n");
        t("\"([^\"\\\\]|\\\\.)*\"", "say \"he said \\\"hi\\\"\" ok");
        t("<([a-z]+)([^>]*)>(.*?)</\\w+>", "<a href=x>link</a> <b>bold</b>");
        t("(?i)^(?:get|post|put|delete)\\s+(/\\S*)\\s+HTTP/1\\.[01]$", "GET /index.html HTTP/1.1", "get / http/1.0");
        t("([a-z]+|[0-9]+|\\s+|[^a-z0-9\\s])", "abc 123 !?x");
        t("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?", "1.5e10 -.5 +3. 7E-2 e5");
        t("(?m)^(\\w+)=(.*)$", "a=1\nb=two\r\nc=\n");
        t("\\$\\{([^}]+)\\}", "${a} and ${b.c} and $d");
    }

    private final Map<String, Differential> differentials = new HashMap<>();

    private Differential differentialFor(Row row) {
        String key = row.replacement() + "\u0000" + row.hitEnd();
        return differentials.computeIfAbsent(key, k -> {
            Differential.Options o = new Differential.Options();
            o.replacement = row.replacement();
            o.hitEnd = row.hitEnd();
            o.regions = s -> s.length() < 2 ? List.of()
                    : List.of(RegexEngine.Region.of(1, s.length() - 1),
                            new RegexEngine.Region(1, s.length() - 1, true, false));
            return new Differential(o);
        });
    }

    @Test
    void tableIsBigEnough() {
        int pairs = ROWS.stream().mapToInt(r -> Math.max(1, r.inputs().size())).sum();
        assertTrue(pairs >= 300, "only " + pairs + " (pattern, input) cases");
    }

    @TestFactory
    Stream<DynamicNode> table() {
        Map<String, List<Row>> byTopic = new LinkedHashMap<>();
        for (Row r : ROWS) {
            byTopic.computeIfAbsent(r.topic(), k -> new ArrayList<>()).add(r);
        }
        return byTopic.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(row -> DynamicTest.dynamicTest(
                        Fmt.quote(row.pattern(), 60) + (row.flags() == 0 ? "" : " " + Fmt.flags(row.flags())),
                        () -> check(row)))));
    }

    private void check(Row row) {
        Differential d = differentialFor(row);
        Differential.PatternResult r = d.check(row.pattern(), row.flags(), row.inputs());
        if (r.failed()) {
            StringBuilder m = new StringBuilder((r.outcome == Differential.Outcome.COMPARED ? "" : r.outcome + ", ")
                    + r.disagreements.size() + " disagreement(s):\n");
            r.disagreements.stream().limit(8).forEach(x -> m.append(x.describe(d.candidate().name())));
            fail(m.toString());
        }
    }
}
