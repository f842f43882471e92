package dev.linrex;

import org.junit.jupiter.api.Test;

/**
 * Patterns {@code (?s).*R(?s).*}, whose search stops at the first match end it meets and reports
 * {@code [from, regionEnd)}: every Matcher answer equals java.util.regex's, with regions, both
 * bounds settings, groups (computed on the span when asked), hit-end/require-end, find loops and
 * reuse after reset and region changes. The texts are long, past the short-input backtracker.
 */
class DotStarSpanParityTest {
    private static final String[] PATTERNS = {
        "(?is).*\\b(you|your)\\b.*", "(?s).*(ab|a)(b?).*", "(?s)(.*)x(.*)", "(?s).*?(\\d+).*",
        "(?s).*(?:x|y*).*", "(?s).*\\bfoo$.*", "(?sm).*^q.*", "[\\s\\S]*(a{2,3})[\\s\\S]*", "(?s).*\\uD83D\\uDE00.*",
    };
    private static final String LONG = "What can I do for thee today? ".repeat(8);
    private static final String[] TEXTS = {
        LONG + "you" + LONG, LONG + "yours" + LONG, LONG, LONG + "ab12x" + LONG, "ab" + LONG, LONG + "aab",
        LONG + "foo\nq" + LONG, "\uD83D\uDE00" + LONG + "\uDE00\uD83D" + LONG + "\uD83D\uDE00", LONG + "x", "",
        LONG + "aaaa" + LONG,
    };

    @Test
    void everyAnswerEqualsTheJdks() {
        for (String re : PATTERNS) {
            for (String text : TEXTS) {
                int n = text.length();
                JdkParity.same(re, text, m -> {
                    while (m.find()) {
                        m.note(m.toMatchResult());
                        m.hitEnd();
                        m.requireEnd();
                    }
                    m.hitEnd();
                    m.matches();
                    m.group(0);
                    m.lookingAt();
                    m.end();
                    m.hitEnd();
                    m.requireEnd();
                    m.group(m.groupCount());
                    m.reset();
                    m.find(n / 2);
                    m.note(m.toMatchResult());
                    JdkParity.eachBounds(m, new int[][] {{0, n / 2}, {n / 3, n}, {n / 4, 3 * n / 4}, {n, n}}, () -> {
                        m.find();
                        m.start(m.groupCount());
                        m.end();
                        m.hitEnd();
                        m.find();
                        m.matches();
                        m.group(m.groupCount());
                        m.requireEnd();
                        m.lookingAt();
                        m.note(m.toMatchResult());
                    });
                    m.reset();
                    m.useTransparentBounds(false);
                    m.replaceAll("<$0>");
                    m.replaceFirst("[$" + m.groupCount() + "]");
                    m.reset("no match here " + LONG);
                    m.find();
                    m.hitEnd();
                    m.group();
                });
            }
        }
    }
}
