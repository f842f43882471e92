package dev.linrex.nfa;

/**
 * For each instruction of a program, the instructions that lead to it (each once, in program
 * order), in one flat array: those of {@code pc} are {@link #at}{@code (i)} for {@code i} in
 * {@code [first(pc), end(pc))}. For the analyses that walk a program backwards:
 * {@link ReverseProgram} and the backtracker's distance to a MATCH ({@code exec.MinUnits}).
 * Immutable.
 */
public final class Predecessors {
    private final int[] first;
    private final int[] preds;

    private Predecessors(int[] first, int[] preds) {
        this.first = first;
        this.preds = preds;
    }

    /** The predecessors among every instruction of {@code p}. */
    public static Predecessors of(Program p) {
        return of(p, null);
    }

    /** The predecessors among the instructions with {@code live[q]} (every one if null). */
    static Predecessors of(Program p, boolean[] live) {
        int n = p.size();
        int[] count = new int[n + 1];
        for (int q = 0; q < n; q++) {
            if (live == null || live[q]) {
                forEachSuccessor(p, q, s -> count[s + 1]++);
            }
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int[] preds = new int[count[n]];
        int[] fill = java.util.Arrays.copyOf(count, n);
        for (int q = 0; q < n; q++) {
            if (live == null || live[q]) {
                final int from = q;
                forEachSuccessor(p, q, s -> preds[fill[s]++] = from);
            }
        }
        return new Predecessors(count, preds);
    }

    /** Where the predecessors of {@code pc} begin. */
    public int first(int pc) {
        return first[pc];
    }

    /** Where the predecessors of {@code pc} end (exclusive). */
    public int end(int pc) {
        return first[pc + 1];
    }

    /** Entry {@code i} of the flat array. */
    public int at(int i) {
        return preds[i];
    }

    /** Number of entries (edges) in all. */
    public int size() {
        return preds.length;
    }

    interface IntConsumer {
        void accept(int v);
    }

    /** Calls {@code f} once for each distinct instruction {@code pc} may go on to. */
    static void forEachSuccessor(Program p, int pc, IntConsumer f) {
        switch (p.op[pc]) {
            case Program.SPLIT -> {
                f.accept(p.out[pc]);
                if (p.arg[pc] != p.out[pc]) {
                    f.accept(p.arg[pc]);
                }
            }
            case Program.RANGE, Program.CLASS, Program.SAVE, Program.ASSERT, Program.NOP, Program.LATCH, Program.LOOK ->
                    f.accept(p.out[pc]);
            case Program.DISPATCH -> {
                int[] t = p.targets[p.arg[pc]];
                for (int i = 0; i < t.length; i++) {
                    if (firstOccurrence(t, i)) {
                        f.accept(t[i]);
                    }
                }
            }
            default -> { } // MATCH, FAIL
        }
    }

    private static boolean firstOccurrence(int[] t, int i) {
        for (int j = 0; j < i; j++) {
            if (t[j] == t[i]) {
                return false;
            }
        }
        return true;
    }
}
