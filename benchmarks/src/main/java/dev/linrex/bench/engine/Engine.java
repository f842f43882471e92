package dev.linrex.bench.engine;

/**
 * One regex engine under comparison. Flags are java.util.regex's bit values; each adapter maps
 * them to its own. Adapters stay thin so that measured time is the engine's, not ours.
 */
public interface Engine {

    /** Short stable name used in reports and result files ("linrex", "jdk", "re2j", "safere"). */
    String name();

    /**
     * Compiles {@code regex}; throws whatever the engine throws for a pattern it rejects (the
     * caller reports such workloads as unsupported for this engine).
     */
    CompiledRegex compile(String regex, int jdkFlags);
}
