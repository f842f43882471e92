package dev.linrex.bench.engine;

import java.util.ArrayList;
import java.util.List;

/** The engines of one comparison, in report order; SafeRE only where its adapter was built. */
public final class Engines {

    /** Adapter class compiled by the jdk21+ Maven profile only. */
    private static final String SAFERE_ADAPTER = "dev.linrex.bench.engine.SafereEngine";

    private Engines() {
    }

    public static List<Engine> all() {
        List<Engine> engines = new ArrayList<>(List.of(new LinrexEngine(), new JdkEngine(), new Re2jEngine()));
        Engine safere = safere();
        if (safere != null) {
            engines.add(safere);
        }
        return engines;
    }

    public static Engine byName(String name) {
        for (Engine e : all()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown or unavailable engine: " + name
                + (name.equals("safere") ? " (SafeRE needs JDK 21+ at build and run time)" : ""));
    }

    /** SafeRE's adapter, or null when this build or JVM has none (JDK 17). */
    public static Engine safere() {
        try {
            return (Engine) Class.forName(SAFERE_ADAPTER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
