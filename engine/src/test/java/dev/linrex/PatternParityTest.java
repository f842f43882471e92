package dev.linrex;

import static dev.linrex.JdkParity.samePattern;

import org.junit.jupiter.api.Test;

/** Pattern's own methods against java.util.regex. */
class PatternParityTest {

    @Test
    void splitWithEveryLimitSign() {
        for (String re : SplitTest.PATTERNS) {
            if (re.contains("(?=")) {
                continue; // lookahead is not supported by linrex
            }
            samePattern(re, 0, p -> {
                for (String in : SplitTest.INPUTS) {
                    for (int limit : SplitTest.LIMITS) {
                        p.split(in, limit);
                    }
                    p.split(in);
                    p.splitAsStream(in);
                }
            });
        }
    }

    @Test
    void sourceFlagsAndToString() {
        String[] patterns = {"a", "(?i)a", "a(?i)b", "(?i:a)", "(?x)(?i)a", "(?-i)a", "(?i)a|(?m)b", "x(?s)",
            "(?U)a", "(?u)a", "((?i)a)"};
        for (String re : patterns) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, Pattern.UNICODE_CHARACTER_CLASS,
                Pattern.MULTILINE | Pattern.DOTALL}) {
                samePattern(re, flags, p -> {
                    p.pattern();
                    p.flags();
                    p.toString();
                });
            }
        }
    }

    @Test
    void predicates() {
        samePattern("a+b", 0, p -> {
            for (String s : new String[] {"", "ab", "aab", "xaab", "aabx", "b"}) {
                p.asPredicate(s);
                p.asMatchPredicate(s);
            }
        });
    }

    @Test
    void nullInputs() {
        samePattern("a", 0, p -> {
            p.matcher(null);
            p.split(null);
            p.split(null, 2);
        });
    }

    @Test
    void staticMatches() {
        for (String[] c : new String[][] {{"a+", "aaa"}, {"a+", "aab"}, {"", ""}, {"a|ab", "ab"}}) {
            org.junit.jupiter.api.Assertions.assertEquals(
                    java.util.regex.Pattern.matches(c[0], c[1]), Pattern.matches(c[0], c[1]), c[0] + " " + c[1]);
        }
    }

    @Test
    void namedGroupsInDefinitionOrder() {
        Pattern p = Pattern.compile("(?<b>x)(y)(?<a>z)");
        org.junit.jupiter.api.Assertions.assertEquals("{b=1, a=3}", p.namedGroups().toString());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> p.namedGroups().put("c", 2));
    }
}
