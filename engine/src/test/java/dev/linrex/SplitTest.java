package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The split rules on their own: {@link Split} driven by java.util.regex's find loop must give
 * exactly java.util.regex's split and splitAsStream.
 */
class SplitTest {
    static final String[] PATTERNS = {",", "", "a*", "x", ",+", "(?=,)", "\\b", "^", "$", ",|", "a|b"};
    static final String[] INPUTS = {"", ",", ",,", "a,b,c", ",a,,b,,", "abc", "aaa", "a,b,,", "x", "b a", "  "};
    static final int[] LIMITS = {-2, -1, 0, 1, 2, 3, 10};

    private static Split.Matches jdkLoop(java.util.regex.Pattern p, CharSequence input) {
        java.util.regex.Matcher m = p.matcher(input);
        return new Split.Matches() {
            @Override
            public boolean find() {
                return m.find();
            }

            @Override
            public int start() {
                return m.start();
            }

            @Override
            public int end() {
                return m.end();
            }
        };
    }

    @Test
    void splitIsTheJdks() {
        for (String re : PATTERNS) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(re);
            for (String in : INPUTS) {
                for (int limit : LIMITS) {
                    assertArrayEquals(p.split(in, limit), Split.split(in, limit, false, jdkLoop(p, in)),
                            () -> re + " on '" + in + "' limit " + limit);
                }
            }
        }
    }

    @Test
    void splitAsStreamIsTheJdks() {
        for (String re : PATTERNS) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(re);
            for (String in : INPUTS) {
                List<String> expected = p.splitAsStream(in).collect(Collectors.toList());
                List<String> actual = new ArrayList<>();
                Iterator<String> it = Split.iterator(in, () -> jdkLoop(p, in));
                it.forEachRemaining(actual::add);
                assertEquals(expected, actual, () -> re + " on '" + in + "'");
            }
        }
    }

    @Test
    void leadingEmptyStringRule() {
        java.util.regex.Pattern empty = java.util.regex.Pattern.compile("");
        assertEquals("[a, b, c]", Arrays.toString(Split.split("abc", 0, false, jdkLoop(empty, "abc"))));
        java.util.regex.Pattern comma = java.util.regex.Pattern.compile(",");
        assertEquals("[, b, c]", Arrays.toString(Split.split(",b,c", 0, false, jdkLoop(comma, ",b,c"))));
        assertEquals("[a, c, ]", Arrays.toString(Split.split("a,c,", -1, false, jdkLoop(comma, "a,c,"))));
    }

    /** splitWithDelimiters is JDK 21+; these values were printed by JDK 25. */
    @Test
    void withDelimiters() {
        assertEquals("[boo, ::, , :, and, ::, foo]", withDelimiters("::|:", "boo:::and::foo", 0));
        assertEquals("[boo, ::, :and::foo]", withDelimiters("::|:", "boo:::and::foo", 2));
        assertEquals("[b, o, , o, :::and::f, o, , o, ]", withDelimiters("o", "boo:::and::foo", -2));
        assertEquals("[b, o, , o, :::and::f, o, , o]", withDelimiters("o", "boo:::and::foo", 0));
        assertEquals("[a, , b]", withDelimiters("", "ab", 0));
        assertEquals("[, ,, a, ,]", withDelimiters(",", ",a,", 0));
    }

    private static String withDelimiters(String re, String in, int limit) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(re);
        return Arrays.toString(Split.split(in, limit, true, jdkLoop(p, in)));
    }
}
