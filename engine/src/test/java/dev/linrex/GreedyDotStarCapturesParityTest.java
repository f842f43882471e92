package dev.linrex;

import org.junit.jupiter.api.Test;

/**
 * Patterns that begin with a greedy {@code (?s).*} outside any capturing group, whose groups are
 * computed from the tail of a long match only (from the last place the rest of the pattern
 * matches, {@code exec.LastRestStart}): every group equals java.util.regex's, with and without a
 * trailing {@code .*}, with regions, both bounds settings, find loops, replacements, word
 * boundaries, empty rests and surrogate pairs (where the repeat, moving by code points, may not
 * stop mid-pair). Lazy and captured leading repeats, which the shortcut does not take, are here
 * as controls. The texts are long, past the short-input backtracker and the shortcut's minimum.
 */
class GreedyDotStarCapturesParityTest {
    private static final String[] PATTERNS = {
        "(?is).*\\b(apples?.*for banana|cherry.*dates?|elderberry lists?|fig lists?|grape lists?)\\b.*",
        "(?s).*(\\d+)", "(?s).*(\\d+)(.*)", "(?s).*(a|ab)(c|bcd)(.*)", "(?s)(?:.*)(x)(y?)", "[\\s\\S]*(\\w+)\\s",
        "(?s).*\\b(\\w)\\b.*", "(?s).*(\\uD83D\\uDE00|\\uDE00|\\uD83D)(.*)", "(?s).*([\\uDC00-\\uDFFF])(.*)",
        "(?s).*([\\uD800-\\uDBFF])(.*)", "(?s).*(a*)", "(?s).*($)", "(?sm).*^(\\w+).*", "(?s).*(?:(a)|b)(c)",
        "(?s).*(\\b)", "(?s:.*)(\\d)(\\d)?", "(?s).*(\\d{2,})\\b(.*?)x",
        "(?s).*?(\\d+).*", "(?s)(.*)(\\d+)", "(?s)((?:.*))(\\d)",
    };
    private static final String BODY = "Here are the apples to show for banana in this session. ";
    private static final String[] TEXTS = {
        BODY.repeat(6), BODY.repeat(3) + "cherry and 12 dates x" + BODY.repeat(3) + "ab bcd x 7",
        "123 " + BODY.repeat(4), BODY.repeat(4) + "abc" + "q".repeat(70) + "\nxyz 45x",
        BODY.repeat(2) + "\uD83D\uDE00" + BODY + "\uDE00\uD83D" + BODY.repeat(2) + "\uD83D\uDE00",
        BODY.repeat(3) + "\uD83D\uDE00", "\uD83D\uDE00".repeat(60), BODY.repeat(3) + "\uD83D",
        "x".repeat(200) + "y", BODY.repeat(3) + "grape list", "", BODY.repeat(3) + "99",
    };

    @Test
    void everyGroupEqualsTheJdks() {
        for (String re : PATTERNS) {
            for (String text : TEXTS) {
                int n = text.length();
                JdkParity.same(re, text, m -> {
                    JdkParity.noteEachFind(m);
                    m.matches();
                    m.note(m.toMatchResult());
                    m.lookingAt();
                    m.note(m.toMatchResult());
                    m.find(n / 3);
                    m.note(m.toMatchResult());
                    JdkParity.eachBounds(m, new int[][] {{0, n / 2}, {n / 3, n}, {n / 4, 3 * n / 4}, {1, n - 1}, {n, n}}, () -> {
                        JdkParity.noteEachFind(m);
                        m.matches();
                        m.note(m.toMatchResult());
                    });
                    m.reset();
                    m.useTransparentBounds(false);
                    m.replaceAll("<$" + m.groupCount() + ">");
                    m.replaceFirst("[$1]");
                });
            }
        }
    }
}
