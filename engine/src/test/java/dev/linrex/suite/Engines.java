package dev.linrex.suite;

/**
 * Which engines the differential tests compare. The oracle is always java.util.regex. The
 * candidate is linrex when its adapter is compiled in; before the public API reaches this branch
 * the harness runs JDK against JDK (which checks the harness itself) and says so once.
 *
 * <p>{@code -Dlinrex.candidate=jdk} forces the JDK-vs-JDK run; {@code -Dlinrex.candidate=linrex}
 * makes a missing linrex adapter an error instead of a fallback.
 */
public final class Engines {
    private static final String ADAPTER = "dev.linrex.suite.LinrexEngine";
    private static final String API = "dev.linrex.Pattern";

    private static RegexEngine candidate;
    private static String description;

    private Engines() {}

    public static RegexEngine oracle() {
        return new JdkEngine();
    }

    /** The engine under test (one shared instance: adapters are stateless). */
    public static synchronized RegexEngine candidate() {
        if (candidate == null) {
            String wanted = System.getProperty("linrex.candidate", "");
            if (wanted.equals("jdk")) {
                useJdk("-Dlinrex.candidate=jdk");
            } else if (classExists(ADAPTER)) {
                try {
                    candidate = (RegexEngine) Class.forName(ADAPTER).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot instantiate " + ADAPTER, e);
                }
                description = "linrex vs java.util.regex";
            } else if (wanted.equals("linrex") || classExists(API)) {
                throw new IllegalStateException(API + " is on the class path but " + ADAPTER
                        + " is not (it is looked up by name)");
            } else {
                useJdk(API + " not on this branch yet");
            }
        }
        return candidate;
    }

    /** One line naming what is compared, for test output and the conformance report. */
    public static synchronized String description() {
        candidate();
        return description;
    }

    /** True when the candidate is the JDK itself (harness self-check mode). */
    public static boolean candidateIsJdk() {
        return candidate() instanceof JdkEngine;
    }

    private static void useJdk(String why) {
        candidate = new JdkEngine("jdk-as-candidate");
        description = "java.util.regex vs java.util.regex (" + why + ")";
        System.out.println("[linrex suite] candidate engine is the JDK: " + why);
    }

    static boolean classExists(String name) {
        try {
            Class.forName(name, false, Engines.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
