package dev.linrex.suite;

import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The small surface the differential harness drives, shaped like java.util.regex. One adapter per
 * engine: {@link JdkEngine} (the oracle) and {@code LinrexEngine} (the candidate). Adapters do no
 * interpretation: every method is a direct call sequence on the engine's own Pattern/Matcher, so a
 * difference in what they return is a difference between the engines.
 */
public interface RegexEngine {

    /** A short name for reports: "jdk", "linrex". */
    String name();

    /**
     * {@code Pattern.compile(regex, flags)}.
     *
     * @throws PatternSyntaxException (or a subclass) when the engine rejects the pattern
     */
    Compiled compile(String regex, int flags);

    /** A compiled pattern. Each call makes a fresh Matcher; nothing is shared between calls. */
    interface Compiled {
        /** {@code matcher("").groupCount()}. */
        int groupCount();

        /**
         * The {@code while (m.find())} loop, at most {@code maxMatches} results. Each element is
         * {@code [start(0), end(0), start(1), end(1), ...]}, -1 for a group that did not take part.
         * With a non-null {@code region} the matcher is set up with {@code region(...)},
         * {@code useTransparentBounds} and {@code useAnchoringBounds} first.
         */
        List<int[]> findAll(CharSequence input, Region region, int maxMatches);

        /** {@code m.matches()}: the group spans as in {@link #findAll}, or null when false. */
        int[] matches(CharSequence input);

        /** {@code m.lookingAt()}: the group spans, or null when false. */
        int[] lookingAt(CharSequence input);

        /** {@code m.replaceAll(replacement)}. */
        String replaceAll(CharSequence input, String replacement);

        /** {@code pattern.split(input, limit)}. */
        String[] split(CharSequence input, int limit);

        /** {@code m.find()} once, then {@code [hitEnd, requireEnd]} as 0/1, after the first find. */
        boolean[] findThenHitEnd(CharSequence input);
    }

    /** Matcher region settings; {@code Region.of(s, e)} has the JDK defaults (opaque, anchoring). */
    record Region(int start, int end, boolean transparent, boolean anchoring) {
        public static Region of(int start, int end) {
            return new Region(start, end, false, true);
        }

        @Override
        public String toString() {
            return "region(" + start + "," + end + ")" + (transparent ? " transparent" : "")
                    + (anchoring ? "" : " non-anchoring");
        }
    }
}
