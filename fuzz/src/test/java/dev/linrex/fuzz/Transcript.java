package dev.linrex.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one trial observes through the API, as lines: each {@code find()} with every group
 * span, then {@code matches()}, {@code lookingAt()}, {@code replaceAll} and {@code split}. Two
 * engines agree on a trial when their transcripts are equal line for line.
 *
 * <p>{@code hitEnd()} is recorded after every search. {@code requireEnd()} is recorded only after
 * a successful one (the JDK documents it for matches only, and linrex's answer after a failure is
 * the NFA's, README "Deliberate differences"), and not at all for patterns containing {@code \z}:
 * README "Deliberate differences", "A match that ends with {@code \z} at the end of the input
 * reports requireEnd() == true (the JDK says false …)". {@code hitEnd()} is not recorded when the
 * searched text ends with a high surrogate: README "Deliberate differences", "when the text ends
 * with a lone high surrogate … {@code hitEnd()} is true here", nor when a region's end cuts a surrogate
 * pair (its high half last in the region): README "Deliberate differences", "When a region ends between
 * the two halves of a surrogate pair …". Neither is recorded for a pattern with a lookaround
 * ({@link #hasLookaround}). The start of a {@code matches()}/{@code lookingAt()} match is not
 * recorded where java.util.regex may move it before the region ({@link #startMayMove}).
 */
final class Transcript {
    /** More finds than any generated input can have non-empty and empty matches. */
    private static final int MAX_FINDS = 64;

    private Transcript() {}

    static List<String> record(FuzzCase c, MatcherSide m) {
        boolean looks = hasLookaround(c.pattern());
        boolean askRequireEnd = !c.pattern().contains("\\z") && !looks;
        int end = c.hasRegion() ? c.regionEnd() : c.input().length();
        boolean endsWithHigh = end > 0 && Character.isHighSurrogate(c.input().charAt(end - 1));
        boolean cutsPair = endsWithHigh && end < c.input().length() && Character.isLowSurrogate(c.input().charAt(end));
        boolean askHitEnd = !looks && !(endsWithHigh && (end == c.input().length() || cutsPair));
        List<String> out = new ArrayList<>();
        set(c, m);
        for (int i = 0; i < MAX_FINDS; i++) {
            boolean found = m.find();
            out.add("find#" + i + " " + result(m, found, askRequireEnd, askHitEnd, false));
            if (!found) {
                break;
            }
        }
        m.reset();
        set(c, m);
        boolean moves = startMayMove(c);
        out.add("matches " + result(m, m.matches(), askRequireEnd, askHitEnd, moves));
        m.reset();
        set(c, m);
        out.add("lookingAt " + result(m, m.lookingAt(), askRequireEnd, askHitEnd, moves));
        String replacement = m.groupCount() == 0 ? "<$0>" : "<$0|$" + m.groupCount() + ">";
        out.add("replaceAll " + Chars.show(m.replaceAll(replacement)));
        out.add("split " + m.split(0));
        out.add("split-1 " + m.split(-1));
        out.add("split2 " + m.split(2));
        return out;
    }

    /**
     * README "Deliberate differences": the reads a lookaround body makes at the end of the input
     * are not reflected in {@code hitEnd()}/{@code requireEnd()}, so neither is compared for a
     * pattern with a lookaround (a spurious hit on an escaped {@code \\(?=} only skips them).
     */
    static boolean hasLookaround(String pattern) {
        return pattern.contains("(?=") || pattern.contains("(?!") || pattern.contains("(?<=") || pattern.contains("(?<!");
    }

    /**
     * README "Deliberate differences": java.util.regex's {@code ^}/{@code \\A} sets the match start
     * where it matches, also inside a lookbehind, so with transparent bounds (anchoring or not) a
     * {@code matches()}/{@code lookingAt()} that evaluated such a lookbehind at the input's start
     * reports a start before the region. Detected by spelling (a lookbehind and a {@code ^} or
     * {@code \\A} anywhere): only group 0's start is left out, everything else is compared.
     */
    static boolean startMayMove(FuzzCase c) {
        String p = c.pattern();
        boolean beginInLookbehind = (p.contains("(?<=") || p.contains("(?<!")) && (p.contains("^") || p.contains("\\A"));
        return beginInLookbehind && c.transparent() && c.hasRegion() && c.regionStart() > 0;
    }

    private static void set(FuzzCase c, MatcherSide m) {
        if (c.hasRegion()) {
            m.region(c.regionStart(), c.regionEnd());
        }
        m.bounds(c.transparent(), c.anchoring());
    }

    private static String result(MatcherSide m, boolean found, boolean askRequireEnd, boolean askHitEnd,
                                 boolean startMayMove) {
        StringBuilder sb = new StringBuilder();
        if (found) {
            for (int g = 0; g <= m.groupCount(); g++) {
                Object start = g == 0 && startMayMove ? "?" : m.start(g);
                sb.append(g == 0 ? "[" : " ").append(start).append(',').append(m.end(g));
            }
            sb.append(']');
            if (askRequireEnd) {
                sb.append(" requireEnd=").append(m.requireEnd());
            }
        } else {
            sb.append("none");
        }
        if (askHitEnd) {
            sb.append(" hitEnd=").append(m.hitEnd());
        }
        return sb.toString();
    }
}
