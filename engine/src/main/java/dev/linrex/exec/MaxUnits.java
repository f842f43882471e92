package dev.linrex.exec;

import dev.linrex.nfa.Program;

/**
 * The most code units any match of a program consumes, for patterns without unbounded repeats:
 * the longest path from the start instructions to a MATCH, counting consuming instructions. A
 * match starting at {@code s} then ends by {@code s + max}, so a search for it need only look at
 * that window ({@link WindowedSearch}). Iterative depth-first search (no recursion on a program
 * built from user input); each instruction and edge is visited once, so the work is linear in
 * the program. Assertions and lookarounds are taken to hold, so the figure is never less than
 * the true maximum.
 */
final class MaxUnits {
    private MaxUnits() {}

    /** {@link #of}: a cycle is reachable (an unbounded repeat), or the maximum passes the cap. */
    static final int UNBOUNDED = -1;

    private static final int NO_MATCH = Integer.MIN_VALUE;
    private static final byte NEW = 0;
    private static final byte OPEN = 1;
    private static final byte DONE = 2;

    /**
     * The maximum over the paths from {@code prog.start} and {@code prog.startAtFrom}, 0 if no
     * MATCH is reachable, or {@link #UNBOUNDED} if the program has a reachable cycle or the
     * maximum is above {@code cap}.
     */
    static int of(Program prog, int cap) {
        int n = prog.size();
        byte[] state = new byte[n];
        int[] longest = new int[n];
        int[] stackPc = new int[n];
        int[] stackEdge = new int[n];
        int result = 0;
        for (int root : new int[] {prog.start, prog.startAtFrom}) {
            if (state[root] == NEW) {
                int sp = 0;
                state[root] = OPEN;
                longest[root] = NO_MATCH;
                stackPc[sp] = root;
                stackEdge[sp++] = 0;
                while (sp > 0) {
                    int pc = stackPc[sp - 1];
                    int e = stackEdge[sp - 1]++;
                    int next = successor(prog, pc, e);
                    if (next >= 0) {
                        if (state[next] == OPEN) {
                            return UNBOUNDED; // a cycle: the repeat around it has no upper bound
                        }
                        if (state[next] == NEW) {
                            state[next] = OPEN;
                            longest[next] = prog.op[next] == Program.MATCH ? 0 : NO_MATCH;
                            stackPc[sp] = next;
                            stackEdge[sp++] = 0;
                        } else {
                            relax(prog, longest, pc, next);
                        }
                        continue;
                    }
                    // All successors done: pc is final; fold it into its parent.
                    state[pc] = DONE;
                    if (longest[pc] > cap) {
                        return UNBOUNDED;
                    }
                    sp--;
                    if (sp > 0) {
                        relax(prog, longest, stackPc[sp - 1], pc);
                    }
                }
            }
            result = Math.max(result, longest[root]);
        }
        return result;
    }

    /** The longest path from {@code pc} through its finished successor {@code next}. */
    private static void relax(Program prog, int[] longest, int pc, int next) {
        if (longest[next] != NO_MATCH) {
            int w = Program.consumes(prog.op[pc]) ? 1 : 0;
            longest[pc] = Math.max(longest[pc], longest[next] + w);
        }
    }

    /** Successor number {@code e} of {@code pc}, or -1 past the last. */
    private static int successor(Program prog, int pc, int e) {
        switch (prog.op[pc]) {
            case Program.MATCH, Program.FAIL:
                return -1;
            case Program.SPLIT:
                return e == 0 ? prog.out[pc] : e == 1 ? prog.arg[pc] : -1;
            case Program.DISPATCH: {
                int[] t = prog.targets[prog.arg[pc]];
                return e < t.length ? t[e] : -1;
            }
            default:
                return e == 0 ? prog.out[pc] : -1;
        }
    }
}
