package dev.linrex.fuzz;

import java.util.Arrays;

/**
 * The part of the Matcher/Pattern API the differential transcript drives, once over
 * java.util.regex and once over linrex, so both are driven by the very same code.
 */
interface MatcherSide {
    void reset();

    void region(int start, int end);

    void bounds(boolean transparent, boolean anchoring);

    boolean find();

    boolean matches();

    boolean lookingAt();

    int groupCount();

    int start(int group);

    int end(int group);

    boolean hitEnd();

    boolean requireEnd();

    /** replaceAll on a fresh matcher over the whole input. */
    String replaceAll(String replacement);

    /** Pattern.split on the whole input. */
    String split(int limit);

    final class Jdk implements MatcherSide {
        private final java.util.regex.Pattern pattern;
        private final CharSequence text;
        private final java.util.regex.Matcher m;

        Jdk(java.util.regex.Pattern pattern, CharSequence text) {
            this.pattern = pattern;
            this.text = text;
            this.m = pattern.matcher(text);
        }

        public void reset() { m.reset(); }
        public void region(int start, int end) { m.region(start, end); }
        public void bounds(boolean t, boolean a) { m.useTransparentBounds(t).useAnchoringBounds(a); }
        public boolean find() { return m.find(); }
        public boolean matches() { return m.matches(); }
        public boolean lookingAt() { return m.lookingAt(); }
        public int groupCount() { return m.groupCount(); }
        public int start(int g) { return m.start(g); }
        public int end(int g) { return m.end(g); }
        public boolean hitEnd() { return m.hitEnd(); }
        public boolean requireEnd() { return m.requireEnd(); }
        public String replaceAll(String r) { return pattern.matcher(text).replaceAll(r); }
        public String split(int limit) { return show(pattern.split(text, limit)); }
    }

    final class Linrex implements MatcherSide {
        private final dev.linrex.Pattern pattern;
        private final CharSequence text;
        private final dev.linrex.Matcher m;

        Linrex(dev.linrex.Pattern pattern, CharSequence text) {
            this.pattern = pattern;
            this.text = text;
            this.m = pattern.matcher(text);
        }

        public void reset() { m.reset(); }
        public void region(int start, int end) { m.region(start, end); }
        public void bounds(boolean t, boolean a) { m.useTransparentBounds(t).useAnchoringBounds(a); }
        public boolean find() { return m.find(); }
        public boolean matches() { return m.matches(); }
        public boolean lookingAt() { return m.lookingAt(); }
        public int groupCount() { return m.groupCount(); }
        public int start(int g) { return m.start(g); }
        public int end(int g) { return m.end(g); }
        public boolean hitEnd() { return m.hitEnd(); }
        public boolean requireEnd() { return m.requireEnd(); }
        public String replaceAll(String r) { return pattern.matcher(text).replaceAll(r); }
        public String split(int limit) { return show(pattern.split(text, limit)); }
    }

    private static String show(String[] parts) {
        return Arrays.stream(parts).map(Chars::show).toList().toString();
    }
}
