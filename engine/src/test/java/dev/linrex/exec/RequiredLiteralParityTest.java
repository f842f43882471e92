package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the required-literal rejection ({@link RequiredLiteralFilter}) against
 * java.util.regex, through the public API: patterns whose every match contains inner literals,
 * on inputs with and without them (also cut by a region end, case variants, surrogate halves),
 * through find loops with groups, matches/lookingAt, regions with every bounds setting and
 * replaceAll. The patterns are compiled with the filter built at once (no warm-up, no minimum
 * length), so that every search is filtered. Hit-end flags, where linrex documents answers of its
 * own, are compared with unfiltered searches in {@link RequiredLiteralFilterTest}.
 */
class RequiredLiteralParityTest {
    private static long savedWarmUnits;

    @BeforeAll
    static void filterEverySearch() {
        savedWarmUnits = LazyRequiredLiterals.warmUnits;
        LazyRequiredLiterals.warmUnits = 0;
    }

    @AfterAll
    static void restore() {
        LazyRequiredLiterals.warmUnits = savedWarmUnits;
    }

    static final String[] PATTERNS = {
        "([\\S]+)\\b\\[(.+)\\]",
        " ?[\\[\uFF3B](?:(?:\\d+\\.){2,}\\d+(?:, )?)+[\\]\uFF3D]",
        "<[^>]*entity[^>]*>{1,2}",
        "\\[(.*?)]\\(customProtocol://((?:<[^>]*>|[^()]*|\\([^()]*\\))*)\\)",
        "(?s)<meta_start>.*?<meta_end>",
        "(?i)\\b(?:https?://|www\\.)(?:[a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,6}(?:/[a-zA-Z0-9-._~:/?#\\[\\]@!$&'()*+,;=]*)?",
        "(?i)keyword_to_find",
        "(?iu)k\\w*s_end",
        "(?i)\\w+_end\\b",
        "(?:^\\s*|([^,])\\s+)\\[\\d+(?:,\\s*\\d+)*\\]([\\p{P}&&[^\\]]](?:\\s|$))",
        "<<!entity.*?>>",
        "(?m)^foo.*bar$",
        "(?s).*end",
        "x.*?end$",
        "(?:ab|cd)\\d*",
        "a(?=bc)",
        "(?<=ab)cd\\w*",
        "(?<!x)end",
        "\\bend\\b.",
        "\uD83D\uDE00+x",
        "[\uD83D\uDE00\uD83D\uDE01]y",
        "\\Qa.b\\E\\d?",
        "foo|bar\\d",
        "(e)(n)?d",
        "(?:end)+$",
    };

    static final String[] FRAGMENTS = {
        "a", "b", "x", "y", " ", "\n", "\r\n", "foo", "bar", "12", "1.2.3", ", ", "[", "]", "\uFF3B", "\uFF3D",
        "<", ">", "entity", "<<!", ">>", "<meta_start>", "<meta_end>", "keyword_to_find", "KEYWORD_TO_FIND",
        "\u212Aeyword_to_find", "k", "K", "\u212A", "s", "\u017F", "_end", "end", "END", "en", "d", "ab", "cd",
        ".", "://", "http://", "www.", "com", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD83D\uDE01", "(", ")",
        "](customProtocol://", "a.b", "!",
    };

    private static List<String> inputs(Random r, int count) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** A region and its bounds; {@code start < 0}: none. */
    private record Region(int start, int end, boolean transparent, boolean anchoring) {}

    private static String describe(java.util.regex.MatchResult m) {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            sb.append(g == 0 ? "" : " ").append(m.start(g)).append(',').append(m.end(g));
        }
        return sb.toString();
    }

    private static String jdk(String regex, String text, Region r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        StringBuilder out = new StringBuilder();
        if (r.start >= 0) {
            m.region(r.start, r.end).useTransparentBounds(r.transparent).useAnchoringBounds(r.anchoring);
        }
        while (m.find()) {
            out.append(describe(m)).append(" | ");
        }
        if (r.start >= 0) {
            m.region(r.start, r.end);
        }
        out.append("matches=").append(m.matches() ? describe(m) : "-");
        if (r.start >= 0) {
            m.region(r.start, r.end);
        }
        out.append(" lookingAt=").append(m.lookingAt() ? describe(m) : "-");
        m.reset();
        out.append(" replaceAll=").append(m.replaceAll("<$0>"));
        return out.toString();
    }

    private static String linrex(String regex, String text, Region r) {
        dev.linrex.Matcher m = dev.linrex.Pattern.compile(regex).matcher(text);
        StringBuilder out = new StringBuilder();
        if (r.start >= 0) {
            m.region(r.start, r.end).useTransparentBounds(r.transparent).useAnchoringBounds(r.anchoring);
        }
        while (m.find()) {
            out.append(describe(m)).append(" | ");
        }
        if (r.start >= 0) {
            m.region(r.start, r.end);
        }
        out.append("matches=").append(m.matches() ? describe(m) : "-");
        if (r.start >= 0) {
            m.region(r.start, r.end);
        }
        out.append(" lookingAt=").append(m.lookingAt() ? describe(m) : "-");
        m.reset();
        out.append(" replaceAll=").append(m.replaceAll("<$0>"));
        return out.toString();
    }

    private static void same(String regex, String text, Region r) {
        assertEquals(jdk(regex, text, r), linrex(regex, text, r),
                regex + " on \"" + text + "\" " + r);
    }

    @Test
    void wholeInputsAgreeWithTheJdk() {
        Random r = new Random(4);
        for (String regex : PATTERNS) {
            for (String text : inputs(r, 80)) {
                same(regex, text, new Region(-1, -1, false, true));
            }
        }
    }

    @Test
    void regionsWithEveryBoundsSettingAgreeWithTheJdk() {
        Random r = new Random(17);
        for (String regex : PATTERNS) {
            for (String text : inputs(r, 40)) {
                int n = text.length();
                for (int k = 0; k < 4; k++) {
                    int s = r.nextInt(n + 1);
                    int e = s + r.nextInt(n - s + 1);
                    same(regex, text, new Region(s, e, r.nextBoolean(), r.nextBoolean()));
                }
            }
        }
    }

    @Test
    void longTextsWithTheLiteralAbsentOrOnlyAtTheEndAgreeWithTheJdk() {
        // The shape of the benchmarks: a long text of near misses, the needle absent or only at the end.
        String base = "[Click here](http://google.com) <ent id=\"123\"> other_random_words some-domain ".repeat(60);
        for (String regex : PATTERNS) {
            for (String tail : new String[] {"", "[x](customProtocol://y)", "KEYWORD_TO_FIND", "<meta_end>", "end"}) {
                String text = base + tail;
                same(regex, text, new Region(-1, -1, false, true));
                same(regex, text, new Region(1, text.length() - 1, false, true));
            }
        }
    }
}
