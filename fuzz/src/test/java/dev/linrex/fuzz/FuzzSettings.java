package dev.linrex.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Tries and seed for every fuzz property from system properties, so CI runs a fixed, small
 * campaign and a long one is one command line away (fuzz/README.md):
 * {@code linrex.fuzz.tries} (per property; a property may scale it) and {@code linrex.fuzz.seed}
 * (the base seed; each property adds its name's hash, so properties do not share a stream).
 * Without the seed property jqwik picks a random seed.
 */
public final class FuzzSettings implements AroundPropertyHook {
    static int tries() {
        return Integer.getInteger("linrex.fuzz.tries", 250);
    }

    /** Registered on a test class, the hook applies to every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Scale scale = context.findAnnotation(Scale.class).orElse(null);
        double factor = scale == null ? 1.0 : scale.value();
        context.attributes().setTries(Math.max(1, (int) Math.round(tries() * factor)));
        context.attributes().setMaxDiscardRatio(20);
        String seed = System.getProperty("linrex.fuzz.seed");
        if (seed != null && !seed.isBlank()) {
            long s = Long.parseLong(seed.trim()) + context.targetMethod().getName().hashCode();
            context.attributes().setSeed(Long.toString(s));
        }
        long t0 = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        long campaignDisagreements = Campaign.count();
        System.out.printf("[linrex fuzz] %s: %s, %d tries, seed %s, %.1f s, %s, JDK %s; campaign disagreements %d; %s%n",
                context.extendedLabel(), result.status(), context.attributes().tries().orElse(-1), result.seed().orElse("?"),
                (System.nanoTime() - t0) / 1e9, java.time.Instant.now(), System.getProperty("java.version"),
                campaignDisagreements, OracleStats.summary());
        String collected = Campaign.drain();
        if (collected != null) {
            throw new AssertionError(context.extendedLabel() + ": " + collected);
        }
        return result;
    }

    /** Runs a property with {@code value × linrex.fuzz.tries} tries (for the expensive ones). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    public @interface Scale {
        double value();
    }
}
