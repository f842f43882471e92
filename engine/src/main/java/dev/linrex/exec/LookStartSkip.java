package dev.linrex.exec;

import dev.linrex.nfa.Literals;
import dev.linrex.nfa.Program;

/**
 * Where a match of a pattern with lookarounds may start, for the {@link PikeVM} to skip to when
 * it has no thread left. The facts are those of the <em>relaxed</em> pattern, each lookaround read
 * as always true: a lookaround only removes matches, so every real match is a relaxed one, and a
 * position no relaxed match can start at is skipped without changing the answer. The required
 * prefix literals of the relaxed pattern ({@link Literals#prefixes()}, which reads lookarounds
 * that way) are searched with a {@link Prefilter}; without them, the units a relaxed match can
 * begin with ({@link FirstUnits#relaxed}). Either scan moves forward only, so a search stays one
 * pass over the input.
 *
 * <p>Immutable and shareable.
 */
final class LookStartSkip {
    private final Prefilter prefix;
    private final FirstUnits first;

    private LookStartSkip(Prefilter prefix, FirstUnits first) {
        this.prefix = prefix;
        this.first = first;
    }

    /** The skip for {@code prog}, or null if a relaxed match may be empty (every start must be tried). */
    static LookStartSkip of(Program prog, Literals literals) {
        if (literals.prefixes() != null) {
            return new LookStartSkip(new Prefilter(literals.prefixes()), null);
        }
        FirstUnits f = FirstUnits.relaxed(prog);
        return f == null ? null : new LookStartSkip(null, f);
    }

    /**
     * The smallest {@code q >= pos} at which a match ending by {@code end} may start, or
     * {@code end} if there is none before it (the caller still tries {@code end} itself).
     */
    int next(CharSequence text, int pos, int end) {
        if (prefix != null) {
            int q = prefix.find(text, pos, end);
            return q < 0 ? end : q;
        }
        FirstUnits f = first;
        int q = pos;
        while (q < end && !f.contains(text.charAt(q))) {
            q++;
        }
        return q;
    }
}
