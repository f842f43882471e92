package dev.linrex.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The lookaround shortcuts against java.util.regex on random patterns of their shapes: leading
 * lookarounds after {@code ^} ({@code exec.LeadingLookarounds}), lookaheads {@code S*C}
 * ({@code exec.LookStarScan}), lookaheads over a run of one class ({@code exec.LookRunScan}) and
 * patterns that are a row of checks ({@code exec.ZeroWidthChain}); find loops with groups,
 * {@code matches} and {@code lookingAt}, on random text, regions and bounds. No expectation is
 * written down: the JDK decides.
 */
class LookShortcutsDifferentialTest {
    private static final String[] STARS = {".*", "(?s:.*)", "(?d:.*)", "[^,]*", "[^\\d]*", "\\D*"};
    private static final String[] CHAINS = {"\\d", "[a-z]", "[A-Z]", "[@#$%]", "ab", ",", "\\n", "x\\d", "[^a-z]"};
    private static final String[] RESTS = {".{3,}$", "(\\w+)(\\d)?", "", ".*", "(a|b)+,", "\\w{2,5}\\z", "(?:\\R|.)+"};
    private static final String[] RUN_BODIES = {"(\\d{3})+(?!\\d)", "(?:\\d{2})+(?!\\d)", "\\d+(?=\\d)", "(?:[ab]{2})*(?![ab])",
        "\\d{2,3}(?!\\d)", "(?:\\d\\d)*?(?!\\d)", "(?:\\d{2})+(?=\\d)"};
    private static final String[] ASSERTS = {"\\B", "\\b", "", "(?<=\\$)", "(?<!\\d)", "$", "^"};
    private static final String ALPHABET = "aAbz019,@#\n\r $x";

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String lookahead(Random r) {
        return (r.nextInt(4) == 0 ? "(?!" : "(?=") + pick(r, STARS) + pick(r, CHAINS) + ")";
    }

    private static String pattern(Random r) {
        switch (r.nextInt(4)) {
            case 0 -> {
                StringBuilder sb = new StringBuilder(r.nextBoolean() ? "^" : "\\A");
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    sb.append(r.nextInt(5) == 0 ? "(?<!x)" : lookahead(r));
                }
                return sb.append(pick(r, RESTS)).toString();
            }
            case 1 -> {
                return "\\w" + lookahead(r) + (r.nextBoolean() ? "\\w*" : "");
            }
            case 2 -> {
                return pick(r, ASSERTS) + "(?" + (r.nextInt(4) == 0 ? "!" : "=") + pick(r, RUN_BODIES) + ")";
            }
            default -> {
                return pick(r, ASSERTS) + lookahead(r) + pick(r, ASSERTS);
            }
        }
    }

    private static String text(Random r) {
        int n = r.nextInt(r.nextInt(8) == 0 ? 300 : 30);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(ALPHABET.length() + 2);
            if (k < ALPHABET.length()) {
                sb.append(ALPHABET.charAt(k));
            } else if (k == ALPHABET.length()) {
                sb.append("\uD83D\uDE00");
            } else {
                sb.append("1234567".substring(r.nextInt(7)));
            }
        }
        return sb.toString();
    }

    private static List<String> jdk(java.util.regex.Matcher m) {
        return answers(m, m::matches, m::lookingAt, m::reset, m::find);
    }

    private static List<String> linrex(dev.linrex.Matcher m) {
        return answers(m, m::matches, m::lookingAt, m::reset, m::find);
    }

    /** matches, lookingAt (with their spans), then every find's groups: either engine's Matcher {@code m}. */
    private static List<String> answers(java.util.regex.MatchResult m, BooleanSupplier matches, BooleanSupplier lookingAt,
                                        Runnable reset, BooleanSupplier find) {
        List<String> out = new ArrayList<>();
        out.add("matches " + matches.getAsBoolean());
        if (matches.getAsBoolean()) {
            out.add(span(m.start(), m.end()));
        }
        out.add("lookingAt " + lookingAt.getAsBoolean());
        if (lookingAt.getAsBoolean()) {
            out.add(span(m.start(), m.end()));
        }
        reset.run();
        while (find.getAsBoolean()) {
            StringBuilder sb = new StringBuilder();
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(span(m.start(g), m.end(g)));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String span(int s, int e) {
        return "[" + s + "," + e + ")";
    }

    @Test
    void sameAnswersAsJavaUtilRegex() {
        Random r = new Random(20261201);
        int compared = 0;
        for (int i = 0; i < 1500; i++) {
            String regex = pattern(r);
            java.util.regex.Pattern jp = java.util.regex.Pattern.compile(regex);
            dev.linrex.Pattern lp;
            try {
                lp = dev.linrex.Pattern.compile(regex);
            } catch (dev.linrex.UnsupportedPatternException e) {
                // groups in a negative lookaround: rejected by linrex's documented lookaround rules
                assertTrue(e.getMessage().contains("negative lookaround"), regex + ": " + e.getMessage());
                continue;
            }
            for (int j = 0; j < 4; j++) {
                String text = text(r);
                java.util.regex.Matcher jm = jp.matcher(text);
                dev.linrex.Matcher lm = lp.matcher(text);
                if (j % 2 == 1 && text.length() > 1) {
                    int a = r.nextInt(text.length());
                    int b = a + r.nextInt(text.length() - a + 1);
                    boolean transparent = r.nextBoolean();
                    boolean anchoring = r.nextBoolean();
                    jm.region(a, b).useTransparentBounds(transparent).useAnchoringBounds(anchoring);
                    lm.region(a, b).useTransparentBounds(transparent).useAnchoringBounds(anchoring);
                }
                String where = regex + " on \"" + text + "\" region [" + jm.regionStart() + ", " + jm.regionEnd() + ") transparent="
                        + jm.hasTransparentBounds() + " anchoring=" + jm.hasAnchoringBounds();
                assertEquals(jdk(jm), linrex(lm), where);
                compared++;
            }
        }
        assertTrue(compared >= 5000, "compared " + compared);
    }
}
