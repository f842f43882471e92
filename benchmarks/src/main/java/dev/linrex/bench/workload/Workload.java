package dev.linrex.bench.workload;

import java.util.List;
import java.util.Set;

/**
 * One benchmark case: what to compile, what to run it on and which answer is right.
 *
 * @param suite      "rebar", "safere" or "redos"
 * @param id         unique within the suite (rebar's full name, SafeRE's expanded workload id…)
 * @param categories report categories (see {@link Categories})
 * @param regexes    usually one pattern; regex-redux compiles several
 * @param flags      java.util.regex flag bits for every pattern
 * @param operation  what one measured call does
 * @param inputs     the haystacks (most operations use the first; corpus operations all)
 * @param argument   operation argument: a replacement string, a group list "1,2", or null
 * @param expected   the answer given by the suite's authors (Long, Boolean or String), or null
 */
public record Workload(
        String suite,
        String id,
        Set<String> categories,
        List<String> regexes,
        int flags,
        Operation operation,
        List<String> inputs,
        String argument,
        Object expected) {

    public Workload {
        categories = Set.copyOf(categories);
        regexes = List.copyOf(regexes);
        inputs = List.copyOf(inputs);
    }

    /** "suite/id": the key used in JMH parameters and result files. */
    public String key() {
        return suite + "/" + id;
    }

    /** Total input size in UTF-16 chars (the throughput denominator). */
    public long inputChars() {
        long n = 0;
        for (String s : inputs) {
            n += s.length();
        }
        return n;
    }
}
