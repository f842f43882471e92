package dev.linrex.nfa;

import dev.linrex.PatternTooLargeException;
import java.util.List;

/**
 * Combines the programs of several patterns into one program for set matching (which patterns
 * match somewhere in the input, not where): each pattern's instructions are copied at an
 * offset, its {@link Program#MATCH} carries the pattern's id in {@code arg}, and the entry is a
 * chain of {@link Program#SPLIT}s over every pattern's scanning entry ({@link Program#start}).
 *
 * <p>Captures mean nothing to a set, so {@link Program#SAVE} and {@link Program#LATCH} become
 * {@link Program#NOP}, and every pointer is then redirected past NOP chains so that closures
 * skip them. The result has no groups; only set engines ({@code exec.SetDfa},
 * {@code exec.SetPikeVM}) run it.
 *
 * <p>The per-pattern programs are compiled by {@link Compiler} exactly as for
 * {@code Pattern.compile}, so each pattern keeps its own flags and its java.util.regex loop
 * semantics: the set's answer for a pattern is whether {@code find()} from the start would
 * succeed.
 */
public final class SetCompiler {
    /** Default limit on the combined instructions, overridable with {@code linrex.maxSetProgramSize}. */
    public static final int DEFAULT_MAX_SET_PROGRAM_SIZE = 4_000_000;

    private SetCompiler() {}

    public static int maxSetProgramSize() {
        return Integer.getInteger("linrex.maxSetProgramSize", DEFAULT_MAX_SET_PROGRAM_SIZE);
    }

    /**
     * The combined program of {@code progs}; {@code ids[i]} is the id that pattern {@code i}'s
     * MATCH reports.
     *
     * @throws PatternTooLargeException if the combined program would exceed {@code maxSize}
     */
    public static Program combine(List<Program> progs, int[] ids, int maxSize) {
        long total = Math.max(1, progs.size()); // n - 1 entry splits plus one spare (a FAIL)
        int classTotal = 0;
        for (Program p : progs) {
            total += p.size();
            classTotal += p.classes.length;
        }
        if (total > maxSize) {
            throw new PatternTooLargeException("Pattern set too large: the combined program would have " + total
                    + " instructions, over " + maxSize + " (raise with -Dlinrex.maxSetProgramSize)", "", -1);
        }
        int size = (int) total;
        int[] op = new int[size];
        int[] out = new int[size];
        int[] arg = new int[size];
        int[] arg2 = new int[size];
        char[][] classes = new char[classTotal][];
        int[][] targets = new int[classTotal][];
        int[] entries = new int[progs.size()];
        int base = 0;
        int classBase = 0;
        for (int i = 0; i < progs.size(); i++) {
            Program p = progs.get(i);
            System.arraycopy(p.classes, 0, classes, classBase, p.classes.length);
            for (int c = 0; c < p.targets.length; c++) {
                if (p.targets[c] != null) {
                    int[] t = p.targets[c].clone();
                    for (int j = 0; j < t.length; j++) {
                        t[j] += base;
                    }
                    targets[classBase + c] = t;
                }
            }
            for (int pc = 0; pc < p.size(); pc++) {
                int at = base + pc;
                int o = p.op[pc];
                op[at] = o;
                out[at] = base + p.out[pc];
                arg[at] = p.arg[pc];
                arg2[at] = p.arg2[pc];
                switch (o) {
                    case Program.MATCH -> arg[at] = ids[i];
                    case Program.CLASS, Program.DISPATCH -> arg[at] = classBase + p.arg[pc];
                    case Program.SPLIT -> arg[at] = base + p.arg[pc];
                    case Program.SAVE, Program.LATCH -> {
                        op[at] = Program.NOP;
                        arg[at] = 0;
                        arg2[at] = 0;
                    }
                    default -> { }
                }
            }
            entries[i] = base + p.start;
            base += p.size();
            classBase += p.classes.length;
        }
        // The entry: split chain over the patterns' entries (order is irrelevant for a set).
        int start;
        if (entries.length == 0) {
            op[base] = Program.FAIL;
            start = base;
        } else {
            start = entries[entries.length - 1];
            for (int i = entries.length - 2; i >= 0; i--) {
                op[base] = Program.SPLIT;
                out[base] = entries[i];
                arg[base] = start;
                start = base++;
            }
            if (base < size) {
                op[base] = Program.FAIL; // the one spare slot when there is a single pattern
            }
        }
        skipNops(op, out, arg);
        start = skipNop(op, out, start);
        skipNopTargets(op, out, targets);
        return new Program(op, out, arg, arg2, classes, targets, start, start, 0, new int[] {-1}, 0, false);
    }

    /** Redirects every pointer past chains of NOPs. */
    private static void skipNops(int[] op, int[] out, int[] arg) {
        for (int pc = 0; pc < op.length; pc++) {
            switch (op[pc]) {
                case Program.MATCH, Program.FAIL -> { }
                case Program.SPLIT -> {
                    out[pc] = skipNop(op, out, out[pc]);
                    arg[pc] = skipNop(op, out, arg[pc]);
                }
                default -> out[pc] = skipNop(op, out, out[pc]);
            }
        }
    }

    /** As {@link #skipNops}, for the targets of DISPATCH instructions. */
    private static void skipNopTargets(int[] op, int[] out, int[][] targets) {
        for (int[] t : targets) {
            if (t != null) {
                for (int j = 0; j < t.length; j++) {
                    t[j] = skipNop(op, out, t[j]);
                }
            }
        }
    }

    private static int skipNop(int[] op, int[] out, int pc) {
        // A NOP cycle cannot be compiled (every loop goes through a SPLIT); the bound is a guard.
        for (int n = 0; op[pc] == Program.NOP && n < op.length; n++) {
            pc = out[pc];
        }
        return pc;
    }
}
