package dev.linrex.nfa;

import java.util.Arrays;

/**
 * Builds the reverse of a {@link Program}: an NFA whose paths are the forward program's paths
 * walked backwards, for a reverse DFA that scans from a match's end towards its start (RE2's
 * design: forward DFA for the end, reverse DFA for the start; Russ Cox, "Regular Expression
 * Matching in the Wild").
 *
 * <p>Construction: instruction {@code pc} of the reverse program stands for "a forward thread is
 * at {@code pc} here". Its successors are the forward instruction's <em>predecessors</em>:
 * <ul>
 *   <li>a SPLIT/SAVE/NOP predecessor {@code q}: an epsilon edge to reverse {@code q};</li>
 *   <li>an ASSERT predecessor {@code q}: the same assertion, then reverse {@code q}; the
 *       assertion is evaluated at the same text position as in the forward direction, so it
 *       keeps its meaning (the scan direction only changes which neighbour was read first);</li>
 *   <li>a RANGE/CLASS predecessor {@code q} whose {@code out} is {@code pc}: consume the same
 *       code unit set (backwards: the unit before the current position), then reverse
 *       {@code q};</li>
 *   <li>a DISPATCH predecessor {@code q}: consume the units {@code q} sends to {@code pc} (a
 *       CLASS of its ranges with that target), then reverse {@code q};</li>
 *   <li>if {@code pc} is the forward entry: a MATCH (the forward match starts here).</li>
 * </ul>
 * The reverse entry stands for the forward MATCH instruction(s). Several successors become a
 * chain of SPLITs; their order carries no meaning, since the reverse search wants every
 * position where a match can start (it keeps the smallest). Capture slots are irrelevant: SAVE
 * becomes an epsilon edge. Only instructions reachable from the forward entry take part, so
 * dead fragments do not bloat reverse DFA states.
 */
public final class ReverseProgram {
    private int[] op = new int[64];
    private int[] out = new int[64];
    private int[] arg = new int[64];
    private int[] arg2 = new int[64];
    private int size;
    private char[][] classes;
    private int classCount;

    private ReverseProgram() {}

    /** The reverse of {@code fwd}; its {@code groupCount} is 0 (it records no captures). */
    public static Program of(Program fwd) {
        return new ReverseProgram().build(fwd);
    }

    private Program build(Program fwd) {
        int n = fwd.size();
        classes = Arrays.copyOf(fwd.classes, fwd.classes.length + 8);
        classCount = fwd.classes.length;
        boolean[] live = reachable(fwd);
        // For each forward pc, the live instructions that lead to it.
        Predecessors preds = Predecessors.of(fwd, live);
        // Reserve slots 0..n-1: reverse pc == forward pc, patched below.
        for (int pc = 0; pc < n; pc++) {
            emit(Program.FAIL, 0, 0, 0);
        }
        int matchPc = -1;
        for (int pc = 0; pc < n; pc++) {
            if (!live[pc]) {
                continue;
            }
            int alts = preds.end(pc) - preds.first(pc) + (pc == fwd.start ? 1 : 0);
            if (alts == 0) {
                continue; // stays FAIL
            }
            // Successor entries, last one first, chained by SPLITs into slot pc.
            int chain = -1;
            for (int k = preds.end(pc) - 1; k >= preds.first(pc) - (pc == fwd.start ? 1 : 0); k--) {
                int target;
                if (k < preds.first(pc)) {
                    if (matchPc < 0) {
                        matchPc = emit(Program.MATCH, 0, 0, 0);
                    }
                    target = matchPc;
                } else {
                    int q = preds.at(k);
                    switch (fwd.op[q]) {
                        case Program.RANGE, Program.CLASS, Program.ASSERT, Program.LOOK ->
                                target = emit(fwd.op[q], q, fwd.arg[q], fwd.arg2[q]);
                        case Program.DISPATCH -> target = unitsTo(fwd, q, pc);
                        default -> target = q; // SPLIT, SAVE, NOP, LATCH: epsilon
                    }
                }
                chain = chain < 0 ? target : emit(Program.SPLIT, target, chain, 0);
            }
            // Slot pc becomes a NOP to the chain head (keeps "reverse pc == forward pc").
            op[pc] = Program.NOP;
            out[pc] = chain;
        }
        int start = -1;
        for (int pc = 0; pc < n; pc++) {
            if (live[pc] && fwd.op[pc] == Program.MATCH) {
                start = start < 0 ? pc : emit(Program.SPLIT, pc, start, 0);
            }
        }
        if (start < 0) {
            start = emit(Program.FAIL, 0, 0, 0);
        }
        return new Program(Arrays.copyOf(op, size), Arrays.copyOf(out, size), Arrays.copyOf(arg, size),
                Arrays.copyOf(arg2, size), Arrays.copyOf(classes, classCount), new int[classCount][], start, start, 0, new int[] {-1}, 0, false, fwd.looks, new int[0]);
    }

    /** A consuming instruction for the units DISPATCH {@code q} sends to {@code pc}, continuing at reverse {@code q}. */
    private int unitsTo(Program fwd, int q, int pc) {
        char[] r = fwd.classes[fwd.arg[q]];
        int[] t = fwd.targets[fwd.arg[q]];
        char[] sub = new char[r.length];
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] == pc) {
                sub[k++] = r[2 * i];
                sub[k++] = r[2 * i + 1];
            }
        }
        if (k == 2) {
            return emit(Program.RANGE, q, sub[0], sub[1]);
        }
        if (classCount == classes.length) {
            classes = Arrays.copyOf(classes, 2 * classCount + 8);
        }
        classes[classCount] = Arrays.copyOf(sub, k);
        return emit(Program.CLASS, q, classCount++, 0);
    }

    /** Instructions reachable from the entry (iterative DFS). */
    private static boolean[] reachable(Program p) {
        boolean[] seen = new boolean[p.size()];
        int[] stack = new int[p.size() + 1];
        int sp = 0;
        stack[sp++] = p.start;
        seen[p.start] = true;
        while (sp > 0) {
            int pc = stack[--sp];
            int[] top = {sp};
            Predecessors.forEachSuccessor(p, pc, (s) -> {
                if (!seen[s]) {
                    seen[s] = true;
                    stack[top[0]++] = s;
                }
            });
            sp = top[0];
        }
        return seen;
    }

    private int emit(int opcode, int next, int a, int a2) {
        if (size == op.length) {
            int m = size * 2;
            op = Arrays.copyOf(op, m);
            out = Arrays.copyOf(out, m);
            arg = Arrays.copyOf(arg, m);
            arg2 = Arrays.copyOf(arg2, m);
        }
        op[size] = opcode;
        out[size] = next;
        arg[size] = a;
        arg2[size] = a2;
        return size++;
    }
}
