package dev.linrex.bench.engine;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * RE2/J. Its syntax and semantics are RE2's (\b, \w, (?m)$ and case folding differ from the
 * JDK's), so its results are compared and disagreements shown, never treated as engine bugs.
 * UNICODE_CASE and UNICODE_CHARACTER_CLASS have no RE2/J switch and are dropped (RE2/J folds
 * case by Unicode anyway; its \w stays ASCII, so such rows may count differently); the other
 * JDK flags without an RE2/J counterpart make the workload unsupported for RE2/J.
 */
public final class Re2jEngine implements Engine {

    private static final int MAPPED = java.util.regex.Pattern.CASE_INSENSITIVE
            | java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.MULTILINE;

    @Override
    public String name() {
        return "re2j";
    }

    @Override
    public CompiledRegex compile(String regex, int jdkFlags) {
        int other = jdkFlags & ~MAPPED & ~java.util.regex.Pattern.UNICODE_CASE
                & ~java.util.regex.Pattern.UNICODE_CHARACTER_CLASS;
        if (other != 0) {
            throw new IllegalArgumentException("RE2/J has no equivalent of JDK flags 0x" + Integer.toHexString(other));
        }
        int flags = 0;
        if ((jdkFlags & java.util.regex.Pattern.CASE_INSENSITIVE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if ((jdkFlags & java.util.regex.Pattern.DOTALL) != 0) {
            flags |= Pattern.DOTALL;
        }
        if ((jdkFlags & java.util.regex.Pattern.MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        Pattern p = Pattern.compile(regex, flags);
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
