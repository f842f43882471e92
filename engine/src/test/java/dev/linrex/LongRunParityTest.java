package dev.linrex;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A greedy {@code C{n,m}} over plain BMP units is first looked for by reading its runs within 32
 * units of each search start (Strategy's long-run look, before the DFAs): every find, region,
 * bound, replacement and hitEnd must stay java.util.regex's, with runs of every length on both
 * sides of that window, runs cut by a region end, surrogates and case folding.
 */
class LongRunParityTest {
    private static final String[] PATTERNS = {
        "[\u4e00-\u9fa5]{3,}", "[\u4e00-\u9fa5]{2,4}", "[a-c]{2,}", "[a-cx-z]{4,}", "[abc]{3}", "(?:[a-f0-9]{2,5})",
        "(?i)[k]{2,3}", "(?iu)[a-c]{2,}", "[\u4e00-\u9fa5]{3,}?", "[^a-z]{3,}", "\\w{2,}",
    };
    private static final String[] PIECES = {
        "\u8fd9\u662f", "\u8fd9\u662f\u4e00", "\u4e2a\u4e2d\u6587\u6d4b\u8bd5\u53e5\u5b50", "\u4e00", "abc", "ab", "a",
        "xyzzy", "XYZ", "KK", "k\u212a", "K", "0f9e", " ", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u212ak", "\u9fa6", "\u4dff",
    };

    @Test
    void findsAsTheJdkAroundTheWindow() {
        Random r = new Random(20261203);
        for (String regex : PATTERNS) {
            for (int i = 0; i < 120; i++) {
                StringBuilder sb = new StringBuilder();
                // Pieces then filler over ~10-120 units, so that runs fall on both sides of the window.
                int len0 = 10 + r.nextInt(110);
                while (sb.length() < len0) {
                    sb.append(r.nextInt(3) > 0 ? PIECES[r.nextInt(PIECES.length)] : ".-_ ".charAt(r.nextInt(4)));
                }
                JdkParity.sameSearches(regex, sb.toString(), r);
            }
        }
    }
}
