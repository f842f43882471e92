package dev.linrex.exec;

import dev.linrex.nfa.Program;

/**
 * A pattern that consumes nothing and is one fixed chain of checks: assertions and lookarounds
 * in a row, as the thousands separator {@code \B(?=(\d{3})+(?!\d))} or {@code (?<=\$)(?=\d)}.
 * Its match at a position is the empty one, there exactly when every check holds there, so an
 * unanchored search walks the positions (skipping, with the {@link LookStartSkip}, those where
 * the relaxed pattern cannot match) and asks the checks at each, instead of setting up the
 * backtracker on a one-position segment per candidate. Each position costs one question per
 * check, and the lookaround questions are bounded by {@link LookTables}, so the search is linear.
 *
 * <p>Immutable and shareable.
 */
final class ZeroWidthChain {
    /** The checks of an attempt at the search's own start ({@code startAtFrom}) and at later positions ({@code start}). */
    private final int[] fromChecks;
    private final int[] laterChecks;
    private final Program prog;

    private ZeroWidthChain(Program prog, int[] fromChecks, int[] laterChecks) {
        this.prog = prog;
        this.fromChecks = fromChecks;
        this.laterChecks = laterChecks;
    }

    /** The chain of {@code prog}, or null if it consumes or branches. */
    static ZeroWidthChain of(Program prog) {
        int[] a = checks(prog, prog.startAtFrom);
        int[] b = a == null ? null : checks(prog, prog.start);
        return b == null ? null : new ZeroWidthChain(prog, a, b);
    }

    private static int[] checks(Program prog, int pc) {
        int[] out = new int[prog.size()];
        int n = 0;
        for (int walked = 0; walked <= prog.size(); walked++) {
            switch (prog.op[pc]) {
                case Program.MATCH -> {
                    return java.util.Arrays.copyOf(out, n);
                }
                case Program.SAVE, Program.NOP -> pc = prog.out[pc];
                case Program.ASSERT, Program.LOOK -> {
                    out[n++] = pc;
                    pc = prog.out[pc];
                }
                default -> { // consuming, SPLIT, LATCH, FAIL
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The first position in {@code [from, in.regionEnd]} where every check holds, or -1.
     * {@code skip} may be null (every position is tried).
     */
    int find(SearchInput in, int from, LookStartSkip skip, LookTables tables, Budget budget) {
        final int end = in.regionEnd;
        final CharSequence text = in.text;
        Assertions.BaseCharMemo memo = tables.chainMemo();
        int q = from;
        while (q <= end) {
            if (skip != null) {
                int t = skip.next(text, q, end);
                tables.steps += t - q;
                budget.charge(t - q);
                q = t;
            }
            if (holds(q == from ? fromChecks : laterChecks, in, q, tables, memo)) {
                return q;
            }
            budget.tick();
            q++;
        }
        return -1;
    }

    private boolean holds(int[] checks, SearchInput in, int q, LookTables tables, Assertions.BaseCharMemo memo) {
        final int[] arg = prog.arg;
        for (int pc : checks) {
            boolean ok = prog.op[pc] == Program.ASSERT
                    ? (Assertions.check(arg[pc], in, q, memo) & Assertions.HOLDS) != 0
                    : tables.holds(arg[pc], q);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
