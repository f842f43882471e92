package dev.linrex.bench.engine;

/**
 * The subset of java.util.regex.Matcher the workloads use. Every engine compared here has these
 * methods with the JDK's meaning, so adapters only forward.
 */
public interface RegexMatcher {

    boolean find();

    boolean matches();

    boolean lookingAt();

    int start();

    int end();

    int groupCount();

    /** Start of group {@code g}, or -1 when it did not participate. */
    int start(int g);

    int end(int g);

    String group(int g);

    String replaceAll(String replacement);

    String replaceFirst(String replacement);

    RegexMatcher reset(CharSequence input);
}
