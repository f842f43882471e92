package dev.linrex.suite;

import dev.linrex.Matcher;
import dev.linrex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate: dev.linrex, whose API is java.util.regex's. This file is {@link JdkEngine} with
 * the two imports changed; keep them line-for-line alike.
 */
public final class LinrexEngine implements RegexEngine {

    @Override
    public String name() {
        return "linrex";
    }

    @Override
    public Compiled compile(String regex, int flags) {
        return new CompiledLinrex(Pattern.compile(regex, flags));
    }

    private static final class CompiledLinrex implements Compiled {
        private final Pattern pattern;

        CompiledLinrex(Pattern pattern) {
            this.pattern = pattern;
        }

        @Override
        public int groupCount() {
            return pattern.matcher("").groupCount();
        }

        @Override
        public List<int[]> findAll(CharSequence input, Region region, int maxMatches) {
            Matcher m = pattern.matcher(input);
            if (region != null) {
                m.region(region.start(), region.end());
                m.useTransparentBounds(region.transparent());
                m.useAnchoringBounds(region.anchoring());
            }
            List<int[]> out = new ArrayList<>();
            while (out.size() < maxMatches && m.find()) {
                out.add(spans(m));
            }
            return out;
        }

        @Override
        public int[] matches(CharSequence input) {
            Matcher m = pattern.matcher(input);
            return m.matches() ? spans(m) : null;
        }

        @Override
        public int[] lookingAt(CharSequence input) {
            Matcher m = pattern.matcher(input);
            return m.lookingAt() ? spans(m) : null;
        }

        @Override
        public String replaceAll(CharSequence input, String replacement) {
            return pattern.matcher(input).replaceAll(replacement);
        }

        @Override
        public String[] split(CharSequence input, int limit) {
            return pattern.split(input, limit);
        }

        @Override
        public boolean[] findThenHitEnd(CharSequence input) {
            Matcher m = pattern.matcher(input);
            m.find();
            return new boolean[] {m.hitEnd(), m.requireEnd()};
        }

        private static int[] spans(Matcher m) {
            int n = m.groupCount();
            int[] s = new int[2 * (n + 1)];
            for (int g = 0; g <= n; g++) {
                s[2 * g] = m.start(g);
                s[2 * g + 1] = m.end(g);
            }
            return s;
        }
    }
}
