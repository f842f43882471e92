package dev.linrex;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A lookahead that is a fixed string ({@code (?!_WITH_)}, {@code (?=ab)}) is compared in the
 * backtracker's step loop, and inside a one-unit loop such as the tempered
 * {@code (?:(?!_WITH_).)+} in its tight inner loop, instead of being asked of the lookaround
 * tables: every find, matches, lookingAt, group, region, bound and replacement must stay
 * java.util.regex's (not hitEnd/requireEnd: README's compatibility table), with
 * the string cut by the region end (opaque and transparent bounds), line terminators that stop
 * {@code .}, non-ASCII units that leave the tight loop, and texts long enough to leave the
 * backtracker for the other lookaround engines.
 */
class LiteralLookaheadParityTest {
    private static final String[] PATTERNS = {
        "^(?:TLS|SSL)_((?:(?!_WITH_).)+)_WITH_(.*)_(.*)$",
        "(?:(?!_WITH_).)+_WITH_",
        "((?:(?!ab).)*)b",
        "(?:(?!ab)[a-c])+",
        "(?s)(?:(?!ab).)+?c",
        "a(?=bc)",
        "a(?!bc)\\w",
        "(?=ab)(?!abc)a.",
        "(?m)^(?:(?!--).)*$",
        "x(?!yz)|(?=ab)a",
        "(?:(?!ab)(?!ba).)+", // two lookaheads in the loop body: the general steps
        "(?:(?!a[bc]).)+", // not a fixed string: the tables
    };
    private static final String[] PIECES = {
        "_WITH_", "_WIT", "WITH_", "TLS_", "SSL_", "RSA", "_", "ab", "abc", "ba", "b", "a", "c", "bc", "x", "xy", "xyz",
        "--", "-", "\n", "\r\n", "\u00e9", "\u00e9ab", "\uD83D\uDE00", "\u0101b",
    };

    @Test
    void findsAsTheJdk() {
        Random r = new Random(20261202);
        for (String regex : PATTERNS) {
            for (int i = 0; i < 150; i++) {
                StringBuilder sb = new StringBuilder();
                // Mostly short lines (the backtracker), some past its 100-unit limit.
                int len0 = i % 5 == 4 ? 100 + r.nextInt(80) : 1 + r.nextInt(40);
                while (sb.length() < len0) {
                    sb.append(r.nextInt(4) > 0 ? PIECES[r.nextInt(PIECES.length)] : "SHA256 ".substring(r.nextInt(7)));
                }
                sameSearches(regex, sb.toString(), r);
            }
        }
    }

    /** Under each bounds setting of the whole text and a drawn region: every find, matches, lookingAt; then replaceAll and find(from). */
    private static void sameSearches(String regex, String text, Random r) {
        int len = text.length();
        int rs = r.nextInt(len / 2 + 1);
        int[][] regions = {{0, len}, {rs, rs + r.nextInt(len - rs + 1)}};
        int step = 1 + r.nextInt(9);
        JdkParity.same(regex, text, m -> {
            JdkParity.eachBounds(m, regions, () -> {
                JdkParity.noteEachFind(m);
                m.note(m.matches() ? m.toMatchResult() : "no match");
                m.note(m.lookingAt() ? m.toMatchResult() : "no prefix");
            });
            m.reset();
            m.note(m.replaceAll("<$0>"));
            for (int from = 0; from <= len; from += step) {
                m.note(m.find(from) ? m.toMatchResult() : "none");
            }
        });
    }
}
