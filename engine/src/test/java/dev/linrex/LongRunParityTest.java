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
                String text = sb.toString();
                int len = text.length();
                int rs = r.nextInt(len / 2 + 1);
                int[][] regions = {{0, len}, {rs, rs + r.nextInt(len - rs + 1)}};
                int step = 1 + r.nextInt(9); // (drawn here: the scenario runs once per engine)
                JdkParity.same(regex, text, m -> {
                    JdkParity.eachBounds(m, regions, () -> {
                        JdkParity.noteEachFind(m);
                        m.note(m.hitEnd());
                        m.note(m.requireEnd());
                    });
                    m.reset();
                    m.note(m.replaceAll("<$0>"));
                    for (int from = 0; from <= len; from += step) {
                        m.note(m.find(from) ? m.start() + "-" + m.end() + " " + m.hitEnd() : "none " + m.hitEnd());
                    }
                });
            }
        }
    }
}
