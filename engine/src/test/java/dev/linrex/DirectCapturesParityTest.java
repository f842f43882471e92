package dev.linrex;

import org.junit.jupiter.api.Test;

/**
 * Long anchored searches whose groups callers keep reading, which run on the backtracker alone
 * once that demand is seen ({@code exec.DirectCaptures}): every answer equals java.util.regex's,
 * before and after the switch, for find loops, matches, lookingAt, regions with both bounds
 * settings, hit-end/require-end and lines that do not match.
 */
class DirectCapturesParityTest {
    private static final String[] PATTERNS = {
        "^([^ ]+ [^ ]+) ([DIWEF])[1234]: ((?:(?:\\[[^\\]]*?\\]|\\([^\\)]*?\\)): )*)(.*?) \\{([^\\}]*)\\}$",
        "^(\\w+)=(.*)$", "(?m)^(\\w+)=(.*?);?$", "\\A(a|ab)(c|bcd)(.*)", "^(?:(x)|(y))*(z?)", "^(.*?)(\\d+)(\\D*)$",
        "^(?i)(k)(\\p{L}*)\\b(.*)",
    };
    private static final String PAD = "lorem ipsum dolor sit amet ".repeat(5);
    private static final String[] TEXTS = {
        "2022/06/17 06:25:23 E4: [17936:1402(17998)]: (8fb0-c766): Error on [search-slave:8080]: " + PAD
                + "{/src/master/slaveclient.cc:getFuturesResults():160}",
        "2022/06/17 06:25:23 E4: [17936]: (8fb0): no braces here " + PAD,
        "key=" + PAD + ";\nother=" + PAD, "abcd" + PAD, "xyxyyx".repeat(30) + "z" + PAD, PAD + "12345 tail",
        "Kelvin\u212Aword " + PAD, "",
    };

    @Test
    void everyAnswerEqualsTheJdks() {
        for (String re : PATTERNS) {
            for (String text : TEXTS) {
                int n = text.length();
                JdkParity.same(re, text, m -> {
                    for (int round = 0; round < 8; round++) { // callers that read groups: demand builds up
                        m.reset();
                        JdkParity.noteEachFind(m);
                        m.hitEnd();
                    }
                    m.matches();
                    m.note(m.toMatchResult());
                    m.requireEnd();
                    m.lookingAt();
                    m.note(m.toMatchResult());
                    m.hitEnd();
                    JdkParity.eachBounds(m, new int[][] {{0, n / 2}, {n / 3, n}, {1, n}, {n, n}}, () -> {
                        JdkParity.noteEachFind(m);
                        m.hitEnd();
                        m.matches();
                        m.note(m.toMatchResult());
                        m.requireEnd();
                    });
                    m.reset();
                    m.replaceAll("<$" + m.groupCount() + ">");
                });
            }
        }
    }
}
