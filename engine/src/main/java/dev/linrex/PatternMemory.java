package dev.linrex;

/**
 * What a compiled {@link Pattern} holds in memory that all its Matchers share, from
 * {@link Pattern#memoryUsage()}.
 *
 * <p>Limits: the program is bounded by the instruction limit ({@code linrex.maxProgramSize},
 * default 500,000 instructions, roughly 16 bytes each); each of the two lazy DFAs (forward and
 * reverse) keeps at most {@link #dfaCacheBudget()} bytes of states (default 2 MiB, system property
 * {@code linrex.dfaCacheBytes}) and clears its cache, or hands the search to the Pike VM, rather
 * than exceed it. Not counted: the DFAs' alphabet tables (fixed per pattern, at most a few
 * kilobytes), the one-pass capture engine's table (built on the first search that can use it,
 * only for patterns where one thread at a time can go on; at most 16,384 cells of 4 bytes plus
 * its action lists and alphabet), per-Matcher working space (proportional to the program), and
 * transient garbage.
 *
 * @param programBytes an upper estimate of the compiled NFA program's size
 * @param dfaCacheBudget the most bytes of states each DFA direction may hold
 * @param dfaBytesUsed the bytes the DFA caches of both directions hold now (0 before the first
 *     search; never more than {@code 2 * dfaCacheBudget})
 */
public record PatternMemory(long programBytes, long dfaCacheBudget, long dfaBytesUsed) {
    /** The most these shared structures can take: the program plus both DFA budgets. */
    public long maxBytes() {
        return programBytes + 2 * dfaCacheBudget;
    }
}
