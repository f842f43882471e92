package dev.linrex.nfa;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The four instruction arrays of a finished compile, lent to the next one. A compile writes its
 * program into growable arrays and then copies out the exact-length ones the Program keeps;
 * allocating those growable arrays anew for every pattern (zeroed, fresh cache lines) was about
 * a tenth of compiling a typical short pattern (longer patterns, over {@link #INITIAL} - 16
 * chars, still get arrays of about their length at once). One spare set, shared by all threads: a
 * compile takes it with one atomic swap and puts it back when done; a compile that finds it
 * taken (another thread is compiling) allocates its own, as before. Nothing is kept per thread,
 * and at most {@link #MAX_KEPT} entries per array are kept at all.
 */
final class InstructionScratch {

    /** Larger arrays (grown by a large pattern) are dropped rather than kept. */
    static final int MAX_KEPT = 4096;

    /** Length of a new spare set; patterns that may need more are not lent one (see Compiler). */
    static final int INITIAL = 256;

    private static final AtomicReference<InstructionScratch> SPARE = new AtomicReference<>();

    final int[] op;
    final int[] out;
    final int[] arg;
    final int[] arg2;

    private InstructionScratch(int[] op, int[] out, int[] arg, int[] arg2) {
        this.op = op;
        this.out = out;
        this.arg = arg;
        this.arg2 = arg2;
    }

    /** The spare set, now the caller's alone, or a new one when another compile holds it. */
    static InstructionScratch borrow() {
        InstructionScratch s = SPARE.getAndSet(null);
        return s != null ? s : new InstructionScratch(new int[INITIAL], new int[INITIAL], new int[INITIAL], new int[INITIAL]);
    }

    /**
     * Offers the arrays a compile ended with (its borrowed ones, or larger ones it grew into) as
     * the next spare set. Their old contents are never read: a compile reads only what it wrote.
     */
    static void giveBack(InstructionScratch lent, int[] op, int[] out, int[] arg, int[] arg2) {
        if (lent.op == op) {
            // Not grown (all four grow together): the lent set itself, no new holder. A release
            // store is enough: a compile that misses it allocates its own set, as when it is taken.
            SPARE.setRelease(lent);
        } else if (op.length <= MAX_KEPT) {
            SPARE.setRelease(new InstructionScratch(op, out, arg, arg2));
        }
    }
}
