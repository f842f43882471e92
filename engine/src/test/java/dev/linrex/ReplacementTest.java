package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

/**
 * The replacement-string language on its own: {@link Replacement} expands the matches that
 * java.util.regex finds and must produce what java.util.regex's replaceAll produces, or throw
 * the same exception with the same message.
 */
class ReplacementTest {
    private static final String[] REPLACEMENTS = {
        "", "x", "$0", "<$1>", "$2", "$1$2", "$10", "$11", "$12", "$111", "$1a", "$01", "$9",
        "${name}", "${n1}", "${nope}", "${1a}", "${}", "${", "${name", "${na-me}", "$", "$x", "$$",
        "\\", "\\$1", "\\\\", "a\\bc", "\\${name}", "$1\\", "x$", "${name}$3", "$-1", "$ 1",
    };

    private static final String[][] CASES = {
        // pattern, text, named group (java.util.regex.Pattern.namedGroups() is JDK 20+)
        {"(?<name>a)(b)?", "ab a c", "name=1"},
        {"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "abcdefghijk!", ""},
        {"(?<n1>x)|(y)", "xyz", "n1=1"},
        {"z", "abc", ""},
        {"", "ab", ""},
    };

    @Test
    void expandsAndFailsLikeTheJdk() {
        for (String[] c : CASES) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(c[0]);
            for (String r : REPLACEMENTS) {
                assertEquals(jdk(p, c[1], r), ours(p, c[1], r, names(c[2])), "pattern " + c[0] + " on " + c[1] + " with " + r);
            }
        }
    }

    private static String jdk(java.util.regex.Pattern p, String text, String replacement) {
        try {
            return p.matcher(text).replaceAll(replacement);
        } catch (RuntimeException e) {
            return JdkParity.showException(e);
        }
    }

    /** replaceAll rebuilt from the JDK's find loop and our replacement program. */
    private static java.util.Map<String, Integer> names(String spec) {
        if (spec.isEmpty()) {
            return java.util.Map.of();
        }
        String[] kv = spec.split("=");
        return java.util.Map.of(kv[0], Integer.parseInt(kv[1]));
    }

    private static String ours(java.util.regex.Pattern p, String text, String replacement,
                               java.util.Map<String, Integer> names) {
        java.util.regex.Matcher m = p.matcher(text);
        List<MatchResult> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.toMatchResult());
        }
        if (found.isEmpty()) {
            return text; // the JDK looks at the replacement only when there is a match
        }
        try {
            Replacement program = Replacement.parse(replacement, m.groupCount(), names);
            StringBuilder sb = new StringBuilder();
            int appended = 0;
            for (MatchResult r : found) {
                int[] groups = new int[2 * (r.groupCount() + 1)];
                for (int g = 0; g <= r.groupCount(); g++) {
                    groups[2 * g] = r.start(g);
                    groups[2 * g + 1] = r.end(g);
                }
                StringBuilder piece = new StringBuilder();
                program.appendTo(piece, text, groups);
                sb.append(text, appended, r.start()).append(piece);
                appended = r.end();
            }
            return sb.append(text, appended, text.length()).toString();
        } catch (RuntimeException e) {
            return JdkParity.showException(e);
        }
    }

    @Test
    void quoteReplacementIsTheJdks() {
        for (String s : new String[] {"", "plain", "$1", "\\", "a\\b$c$", "$$\\\\"}) {
            assertEquals(java.util.regex.Matcher.quoteReplacement(s), Matcher.quoteReplacement(s));
        }
    }
}
