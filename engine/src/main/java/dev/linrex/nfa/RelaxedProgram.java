package dev.linrex.nfa;

/**
 * The <em>relaxed</em> form of a program with lookarounds, for scans that only need to know
 * where matches cannot reach: every {@link Program#LOOK} read as always true (a NOP; a
 * lookaround only removes paths, so every real path is a relaxed one) and every
 * {@link Program#MATCH} turned into {@link Program#FAIL}, so that no thread ever wins and cuts
 * off the threads after it (a leftmost-first DFA of it has a thread alive exactly where some
 * relaxed path is still going). Used by {@code exec.LookSegments}.
 */
public final class RelaxedProgram {
    private RelaxedProgram() {}

    /** {@code prog} with LOOK as NOP and MATCH as FAIL. */
    public static Program matchless(Program prog) {
        int n = prog.size();
        int[] op = prog.op.clone();
        for (int pc = 0; pc < n; pc++) {
            if (op[pc] == Program.LOOK) {
                op[pc] = Program.NOP;
            } else if (op[pc] == Program.MATCH) {
                op[pc] = Program.FAIL;
            }
        }
        return new Program(op, prog.out, prog.arg, prog.arg2, prog.classes, prog.targets, prog.start, prog.startAtFrom,
                prog.groupCount, prog.latchSlot, prog.latchSlotCount, prog.beginAnchored);
    }
}
