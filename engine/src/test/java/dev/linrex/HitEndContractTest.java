package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract incremental readers ({@link java.util.Scanner} style) rely on, checked by
 * appending input: if {@code hitEnd()} is false, more input cannot change the result; if a match
 * was found and {@code requireEnd()} is false, more input cannot lose it.
 */
class HitEndContractTest {
    private static final String[] PATTERNS = {
        "a", "ab", "a|ab", "ab|a", "a+", "a*", "a+?", "a*?b", "(a|b)*c", "[a-z]+", "\\d+", "\\d{2,4}",
        "x*", "", "^a", "^a+", "a$", "a\\z", "a\\Z", "(?m)a$", "(?m)^a", "\\ba", "a\\b", "\\Ba\\B", "a\\B",
        "\\w+\\b", "(?i)abc", "a.c", "a.*c", "(?s).+", ".*", "foo|foobar", "foobar|foo", "(foo)+", "(ab)*?b",
        "\\s+$", "(x+)+y", "a{2}", "a{2,}", "[^a]+", "\\R", "\\r\\n|\\r", "$", "^$", "(?m)^$", "a?", "b(a?)*",
        "\\p{L}+", "\\uD83D\\uDE00", "(?x) a b c", "(?:a|b)+?c",
    };
    private static final String[] INPUTS = {
        "", "a", "aa", "ab", "b", "abc", "aab", "x", "xxy", "foo", "foob", " a ", "a\n", "a\r", "12", "123",
        "ba", "abab", "\uD83D", "\u00e9a",
    };
    private static final String[] SUFFIXES = {"a", "b", "c", "\n", " ", "1", "y", "ar", "\uDE00", "bc", "aa"};

    private record Result(boolean found, int start, int end) {}

    private static Result run(Pattern p, String text, boolean lookingAt, Matcher[] keep) {
        Matcher m = p.matcher(text);
        keep[0] = m;
        boolean found = lookingAt ? m.lookingAt() : m.find();
        return new Result(found, found ? m.start() : -1, found ? m.end() : -1);
    }

    @Test
    void moreInputCannotChangeAResultThatDidNotHitTheEnd() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String re : PATTERNS) {
            Pattern p = Pattern.compile(re);
            for (String in : INPUTS) {
                for (boolean lookingAt : new boolean[] {false, true}) {
                    Matcher[] m = new Matcher[1];
                    Result r = run(p, in, lookingAt, m);
                    boolean hitEnd = m[0].hitEnd();
                    boolean requireEnd = m[0].requireEnd();
                    for (String suffix : SUFFIXES) {
                        Result longer = run(p, in + suffix, lookingAt, new Matcher[1]);
                        checked++;
                        String where = re + (lookingAt ? " lookingAt " : " find ") + JdkParityText.quote(in)
                                + " + " + JdkParityText.quote(suffix);
                        if (!hitEnd && !r.equals(longer)) {
                            failures.add(where + ": hitEnd false but " + r + " became " + longer);
                        }
                        if (r.found() && !requireEnd && !longer.found()) {
                            failures.add(where + ": requireEnd false but the match was lost");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    /** Escapes for messages. */
    static final class JdkParityText {
        static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
            return b.append('"').toString();
        }
    }
}
