package dev.linrex.bench.engine;

import org.safere.Matcher;
import org.safere.Pattern;

/**
 * SafeRE (Java 21+, compiled only by the pom's jdk21+ profile; {@link Engines} finds it by
 * name). Its API mirrors java.util.regex, flags included.
 */
public final class SafereEngine implements Engine {

    @Override
    public String name() {
        return "safere";
    }

    @Override
    public CompiledRegex compile(String regex, int jdkFlags) {
        Pattern p = Pattern.compile(regex, jdkFlags);
        return new CompiledRegex() {
            @Override
            public RegexMatcher matcher(CharSequence input) {
                return new Adapter(p.matcher(input));
            }

            @Override
            public Object unwrap() {
                return p;
            }
        };
    }

    private static final class Adapter implements RegexMatcher {
        private final Matcher m;

        Adapter(Matcher m) {
            this.m = m;
        }

        @Override public boolean find() { return m.find(); }
        @Override public boolean matches() { return m.matches(); }
        @Override public boolean lookingAt() { return m.lookingAt(); }
        @Override public int start() { return m.start(); }
        @Override public int end() { return m.end(); }
        @Override public int groupCount() { return m.groupCount(); }
        @Override public int start(int g) { return m.start(g); }
        @Override public int end(int g) { return m.end(g); }
        @Override public String group(int g) { return m.group(g); }
        @Override public String replaceAll(String r) { return m.replaceAll(r); }
        @Override public String replaceFirst(String r) { return m.replaceFirst(r); }
        @Override public RegexMatcher reset(CharSequence input) { m.reset(input); return this; }
    }
}
