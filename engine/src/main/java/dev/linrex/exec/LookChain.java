package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;
import dev.linrex.nfa.Program;

/**
 * Whether a lookaround whose body is one deterministic chain ({@link Lookaround#chain}: a fixed
 * string, a class, a short sequence of them with assertions, as in {@code (?<!\w)},
 * {@code (?<=\$)}, {@code (?<!\bthe )}, {@code (?!\d\d\d)}) holds at a position, by walking the
 * chain there: no state set, no table, no probe. A lookahead's chain starts at the position; a
 * lookbehind's is the only body match java.util.regex's {@code Behind} can find ending there,
 * so it starts {@link Lookaround#chainUnits} units earlier (and only if that length lies within
 * the JDK's bounds on the body). Each question costs at most one step per chain entry, and an
 * engine asks at most once per instruction it visits, so the work stays within a constant factor
 * of the engine's own.
 */
final class LookChain {
    private LookChain() {}

    /** Whether {@link #holds} answers for {@code l}. */
    static boolean applies(Lookaround l) {
        if (l.chain == null) {
            return false;
        }
        // A lookbehind with groups needs its table (the start of its body match, for captures);
        // code-point bounds count code points, not the chain's units.
        return !l.behind || (!l.hasGroups() && !l.codePoints && l.minLength >= 0 && l.maxLength >= 0);
    }

    /**
     * Whether {@code l} (for which {@link #applies} holds) holds at {@code pos}; {@code in} is
     * what its body sees. {@code memo} null: the tables' own, taken only if an assertion is met.
     */
    static boolean holds(Lookaround l, SearchInput in, int pos, LookTables tables, Assertions.BaseCharMemo memo) {
        int lo = in.regionStart;
        int hi = in.regionEnd;
        if (pos < lo || pos > hi) {
            return l.negated; // outside what the body may read: it cannot match
        }
        int q = pos;
        if (l.behind) {
            int units = l.chainUnits;
            q = pos - units;
            if (q < lo || units < l.minLength || units > l.maxLength) {
                return l.negated;
            }
        }
        return matches(l.body, l.chain, in, q, hi, tables, memo) != l.negated;
    }

    /** Whether {@code chain} (checks of {@code body}) matches at {@code q}, reading up to {@code hi}. */
    static boolean matches(Program body, int[] chain, SearchInput in, int q, int hi, LookTables tables,
                                   Assertions.BaseCharMemo memo) {
        final CharSequence text = in.text;
        final int[] op = body.op;
        final int[] arg = body.arg;
        tables.steps += chain.length;
        for (int pc : chain) {
            switch (op[pc]) {
                case Program.RANGE -> {
                    if (q >= hi) {
                        return false;
                    }
                    char c = text.charAt(q++);
                    if (c < arg[pc] || c > body.arg2[pc]) {
                        return false;
                    }
                }
                case Program.CLASS -> {
                    if (q >= hi || !body.accepts(pc, text.charAt(q++))) {
                        return false;
                    }
                }
                case Program.ASSERT -> {
                    if ((Assertions.check(arg[pc], in, q, memo != null ? memo : tables.chainMemo()) & Assertions.HOLDS) == 0) {
                        return false;
                    }
                }
                default -> { // LOOK
                    if (!tables.holds(arg[pc], q)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
