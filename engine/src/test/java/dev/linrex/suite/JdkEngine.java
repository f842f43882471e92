package dev.linrex.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oracle: java.util.regex. {@code LinrexEngine} is the same code against {@code dev.linrex};
 * keep the two files line-for-line alike so that a difference in results can only come from the
 * engines.
 */
public final class JdkEngine implements RegexEngine {
    private final String name;

    public JdkEngine() {
        this("jdk");
    }

    /** A second instance under another name, for running the harness JDK-vs-JDK. */
    public JdkEngine(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Compiled compile(String regex, int flags) {
        return new CompiledJdk(Pattern.compile(regex, flags));
    }

    private static final class CompiledJdk implements Compiled {
        private final Pattern pattern;

        CompiledJdk(Pattern pattern) {
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
