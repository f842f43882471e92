package dev.linrex.exec;

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
}
