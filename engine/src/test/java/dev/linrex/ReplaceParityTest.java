package dev.linrex;

import static dev.linrex.JdkParity.same;

import org.junit.jupiter.api.Test;

/** replaceAll / replaceFirst / appendReplacement through the Matcher, against java.util.regex. */
class ReplaceParityTest {
    private static final String[] REPLACEMENTS = {
        "", "-", "$0", "<$1>", "$2", "$12", "${name}", "${nope}", "\\$", "\\", "$", "${", "${1x}", "$x", "a\\b",
    };

    @Test
    void replaceAllAndFirst() {
        for (String[] c : new String[][] {{"(?<name>a)(b)?", "ab a c"}, {"x*", "abc"}, {"z", "abc"}, {"", ""}}) {
            same(c[0], c[1], m -> {
                for (String r : REPLACEMENTS) {
                    m.replaceAll(r);
                    m.replaceFirst(r);
                }
                m.replaceAll((String) null);
                m.replaceFirst((String) null);
                m.replaceAll(mr -> "[" + mr.group() + "]");
                m.replaceFirst(mr -> "[" + mr.group() + "]");
                m.replaceAll(mr -> "$0$0");
                m.replaceAll((java.util.function.Function<java.util.regex.MatchResult, String>) null);
            });
        }
    }

    /**
     * A Pattern keeps the last replacement it parsed for all its Matchers: a fresh Matcher per
     * call must still expand each string (valid or not) exactly as the JDK does, in any order.
     */
    @Test
    void freshMatchersShareParsedReplacements() {
        for (String[] c : new String[][] {{"(?<name>a)(b)?", "ab a c"}, {"a*", "abc"}, {"b", "ababab"}}) {
            JdkParity.samePattern(c[0], 0, p -> {
                for (int round = 0; round < 2; round++) {
                    for (String r : REPLACEMENTS) {
                        p.matcher(c[1]).replaceAll(r);
                        p.matcher(c[1]).replaceFirst(r);
                        p.matcher(c[1]).replaceAll(r);
                    }
                }
            });
        }
    }

    @Test
    void appendReplacementLoops() {
        same("(a)(?<name>b)?", "xaabya", m -> {
            StringBuilder sb = new StringBuilder();
            StringBuffer buf = new StringBuffer();
            while (m.find()) {
                m.appendReplacement(sb, "<$1|${name}>");
                m.appendReplacement(buf, "$2\\$");
            }
            m.appendTail(sb);
            m.appendTail(buf);
            m.note(sb);
            m.note(buf);
        });
        same("a", "bab", m -> {
            StringBuilder sb = new StringBuilder("keep:");
            m.find();
            m.appendReplacement(sb, "x\\");
            m.appendReplacement(sb, "${n}");
            m.note(sb);
            m.appendReplacement(sb, "[$0]");
            m.appendTail(sb);
            m.note(sb);
            m.reset();
            m.appendTail(sb);
            m.note(sb);
        });
    }

    @Test
    void multiDigitGroupReferences() {
        same("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "abcdefghijk", m -> {
            m.replaceAll("$10|$11|$12|$111|$01|$1");
        });
    }

    /**
     * A group number the pattern does not have: the same exception everywhere, but what is left in
     * the buffer differs by JDK version (JDK 17 appends nothing; JDK 25 leaves the text before the
     * match), so the buffer is checked against JDK 17's behaviour, which linrex keeps.
     */
    @Test
    void missingGroupNumberAppendsNothing() {
        same("a", "bab", m -> {
            m.find();
            m.appendReplacement(new StringBuilder("keep:"), "$1");
            m.appendReplacement(new StringBuffer("keep:"), "x$2");
        });
        Matcher m = Pattern.compile("a").matcher("bab");
        m.find();
        StringBuilder sb = new StringBuilder("keep:");
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> m.appendReplacement(sb, "x$1"));
        org.junit.jupiter.api.Assertions.assertEquals("keep:", sb.toString());
    }
}
