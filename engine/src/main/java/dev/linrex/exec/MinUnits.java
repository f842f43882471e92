package dev.linrex.exec;

import dev.linrex.nfa.Predecessors;
import dev.linrex.nfa.Program;

/**
 * The fewest code units any match of a program consumes: the shortest path from
 * {@code prog.start} to a MATCH, counting consuming instructions. Breadth-first by layers (layer
 * {@code k}: what is reachable after exactly {@code k} units, closed under non-consuming steps);
 * each instruction is visited once, so the work is linear in the program. Assertions and
 * lookarounds are taken to hold, so the figure is never more than the true minimum, which is what
 * its users need: a match ending at {@code e} starts at or before {@code e - minUnits}.
 */
final class MinUnits {
    private MinUnits() {}

    /** The minimum, 0 if a match may be empty (or no MATCH is reachable). */
    static int of(Program prog) {
        int n = prog.size();
        boolean[] seen = new boolean[n];
        int[] layer = new int[n];
        int[] nextLayer = new int[n];
        int[] stack = new int[n + 1];
        int layerLen = 0;
        seen[prog.start] = true;
        layer[layerLen++] = prog.start;
        int[] consuming = new int[n];
        for (int k = 0; layerLen > 0; k++) {
            // First the whole closure of layer k (so nothing reachable with k units is taken for k + 1)...
            int sp = 0;
            for (int i = 0; i < layerLen; i++) {
                stack[sp++] = layer[i];
            }
            int cLen = 0;
            while (sp > 0) {
                int pc = stack[--sp];
                switch (prog.op[pc]) {
                    case Program.MATCH -> {
                        return k;
                    }
                    case Program.RANGE, Program.CLASS, Program.DISPATCH -> consuming[cLen++] = pc;
                    case Program.SPLIT -> {
                        sp = push(prog.out[pc], seen, stack, sp);
                        sp = push(prog.arg[pc], seen, stack, sp);
                    }
                    case Program.SAVE, Program.ASSERT, Program.NOP, Program.LATCH, Program.LOOK ->
                            sp = push(prog.out[pc], seen, stack, sp);
                    default -> { } // FAIL
                }
            }
            // ...then what its consuming instructions lead to.
            int nextLen = 0;
            for (int i = 0; i < cLen; i++) {
                int pc = consuming[i];
                if (prog.op[pc] == Program.DISPATCH) {
                    for (int t : prog.targets[prog.arg[pc]]) {
                        nextLen = push(t, seen, nextLayer, nextLen);
                    }
                } else {
                    nextLen = push(prog.out[pc], seen, nextLayer, nextLen);
                }
            }
            int[] t = layer;
            layer = nextLayer;
            nextLayer = t;
            layerLen = nextLen;
        }
        return 0;
    }

    private static int push(int pc, boolean[] seen, int[] stack, int sp) {
        if (!seen[pc]) {
            seen[pc] = true;
            stack[sp++] = pc;
        }
        return sp;
    }

    /** {@link #toMatch}: no MATCH is reachable from the instruction (larger than any span). */
    static final int UNREACHABLE = Integer.MAX_VALUE / 2;

    /**
     * Per instruction, the fewest units a path from it to a MATCH consumes ({@link #UNREACHABLE}
     * if none). A path from {@code pc} at {@code pos} cannot match before an end {@code e} with
     * {@code e - pos < toMatch[pc]}. A shortest-path search backwards from the MATCH instructions
     * with 0/1 weights (a consuming instruction costs 1): each instruction is settled once, so the
     * work is linear in the program. Assertions and lookarounds are taken to hold.
     */
    static int[] toMatch(Program prog) {
        int n = prog.size();
        Predecessors preds = Predecessors.of(prog);
        int[] dist = new int[n];
        java.util.Arrays.fill(dist, UNREACHABLE);
        // A deque of instructions: each edge is relaxed once (when its target is settled), so there
        // are at most preds.size() pushes at the front and preds.size() + n at the back.
        int[] deque = new int[2 * preds.size() + n + 2];
        int head = preds.size() + 1;
        int tail = head;
        for (int pc = 0; pc < n; pc++) {
            if (prog.op[pc] == Program.MATCH) {
                dist[pc] = 0;
                deque[tail++] = pc;
            }
        }
        boolean[] done = new boolean[n];
        while (head < tail) {
            int v = deque[head++];
            if (done[v]) {
                continue;
            }
            done[v] = true;
            for (int i = preds.first(v); i < preds.end(v); i++) {
                int u = preds.at(i);
                int w = consumes(prog.op[u]) ? 1 : 0;
                if (!done[u] && dist[v] + w < dist[u]) {
                    dist[u] = dist[v] + w;
                    if (w == 0) {
                        deque[--head] = u;
                    } else {
                        deque[tail++] = u;
                    }
                }
            }
        }
        return dist;
    }

    private static boolean consumes(int op) {
        return op == Program.RANGE || op == Program.CLASS || op == Program.DISPATCH;
    }
}
