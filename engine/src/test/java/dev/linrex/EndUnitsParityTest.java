package dev.linrex;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pattern whose matches all end at the region end or before a final line terminator is
 * answered "no match" without an engine when no unit there is one a match can end with
 * (Strategy.noMatchCanEnd). Every search kind, region, bound and end flag must stay
 * java.util.regex's, with every line terminator, CR LF and UNIX_LINES at the end (not surrogates
 * cut by a region end, \z's requireEnd or regions shorter than a match: README documents those
 * differences).
 */
class EndUnitsParityTest {
    private static final String[] PATTERNS = {
        "([a-z]+)+$", "(a+)+$", "^(([a-z])+.)+[A-Z]([a-z])+$", "\\d+\\Z", "x\\Z", "(?:ab|b)$", "[\\w&&[^_]]+$",
        "[^a]$", "(?i)k$", ".$", "(?s).$", "a\\R?$", "(?d)b$", "(?:\\r\\n|x)$",
    };
    private static final String[] TAILS = {
        "", "a", "b", "!", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "x\n", "a\r\n", "K", "\u212A", "_", "1", "a\n\n", "b\r",
    };

    @Test
    void answersAsTheJdkAtEveryEnding() {
        Random r = new Random(20261202);
        for (String regex : PATTERNS) {
            for (int flags : new int[] {0, Pattern.UNIX_LINES, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
                for (int i = 0; i < 60; i++) {
                    StringBuilder sb = new StringBuilder();
                    // Regions of at least 4 units: java.util.regex skips a search whose region is
                    // shorter than the pattern's minimum length without setting hitEnd (README).
                    int n = 4 + r.nextInt(6);
                    for (int k = 0; k < n; k++) {
                        sb.append("aZb1x_".charAt(r.nextInt(6)));
                    }
                    sb.append(TAILS[r.nextInt(TAILS.length)]);
                    if (r.nextInt(4) == 0) {
                        sb.append(TAILS[r.nextInt(TAILS.length)]);
                    }
                    String text = sb.toString();
                    int len = text.length();
                    int rs = r.nextInt(len - 3);
                    int[][] regions = {{0, len}, {rs, rs + 4 + r.nextInt(len - rs - 3)}};
                    // Each operation on a freshly set region (eachBounds resets it): a find right
                    // after a failed lookingAt starts elsewhere in the JDK, which is not at issue here.
                    JdkParity.same(regex, flags, text, m -> {
                        JdkParity.eachBounds(m, regions, () -> {
                            m.note(m.matches());
                            m.note(m.hitEnd());
                            m.note(m.requireEnd());
                        });
                        JdkParity.eachBounds(m, regions, () -> {
                            m.note(m.lookingAt());
                            m.note(m.hitEnd());
                        });
                        JdkParity.eachBounds(m, regions, () -> {
                            JdkParity.noteEachFind(m);
                            m.note(m.hitEnd());
                            m.note(m.requireEnd());
                        });
                    });
                }
            }
        }
    }
}
