package dev.linrex.nfa;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Compiler} with its instruction and class arrays, lent from one compile to the next. A
 * compile writes its program into growable arrays and then copies out the exact-length ones the
 * Program keeps; allocating those growable arrays (zeroed, fresh cache lines) and the compiler
 * anew for every pattern was a large part of compiling a typical short pattern (longer patterns,
 * over {@link #INITIAL} - 16 chars, still get a compiler with arrays of about their length at
 * once). One spare compiler, shared by all threads: a compile takes it with one atomic swap and
 * puts it back when done; a compile that finds it taken (another thread is compiling) makes its
 * own, as before. Nothing is kept per thread, a spare keeps no pattern's data alive
 * ({@link Compiler#release}), and at most {@link #MAX_KEPT} entries per array are kept at all.
 */
final class InstructionScratch {

    /** Larger arrays (grown by a large pattern) are dropped rather than kept. */
    static final int MAX_KEPT = 4096;

    /** Length of a new spare's instruction arrays; patterns that may need more are not lent one (see Compiler). */
    static final int INITIAL = 256;

    private static final AtomicReference<Compiler> SPARE = new AtomicReference<>();

    private InstructionScratch() {}

    /** The spare compiler, now the caller's alone, or a new one when another compile holds it. */
    static Compiler borrow() {
        Compiler c = SPARE.getAndSet(null);
        return c != null ? c : Compiler.lendable(INITIAL);
    }

    /**
     * Offers the compiler a compile ended with as the next spare, unless it grew too large. Its
     * arrays' old contents are never read: a compile reads only what it wrote. A release store is
     * enough: a compile that misses it makes its own compiler, as when the spare is taken.
     */
    static void giveBack(Compiler c) {
        if (c.release()) {
            SPARE.setRelease(c);
        }
    }
}
