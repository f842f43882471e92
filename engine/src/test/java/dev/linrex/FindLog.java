package dev.linrex;

import java.util.ArrayList;
import java.util.List;

/**
 * The matches of a find loop as comparable strings ("start,end group1start,group1end ..."), on
 * linrex and on java.util.regex, plus the hit-end flag after the final failed find; for tests that
 * check many results against the JDK.
 */
final class FindLog {
    private FindLog() {
    }

    /** One match: group 0 then every group's span. */
    static String describe(java.util.regex.MatchResult m) {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            sb.append(g == 0 ? "" : " ").append(m.start(g)).append(',').append(m.end(g));
        }
        return sb.toString();
    }

    /** The JDK's find loop over {@code text}, then "hitEnd=..." */
    static List<String> jdk(java.util.regex.Pattern p, CharSequence text) {
        java.util.regex.Matcher m = p.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(describe(m));
        }
        out.add("hitEnd=" + m.hitEnd());
        return out;
    }

    /** linrex's find loop with {@code m} from its current state, then "hitEnd=..." */
    static List<String> linrex(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(describe(m));
        }
        out.add("hitEnd=" + m.hitEnd());
        return out;
    }

    /** Short printable form of a test input. */
    static String show(CharSequence s) {
        String t = s.length() > 120 ? s.subSequence(0, 120) + "...(" + s.length() + ")" : s.toString();
        return t.replace("\n", "\\n");
    }
}
