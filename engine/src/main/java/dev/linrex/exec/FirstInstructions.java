package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * The walk behind every "what can the next unit be" question ({@link FirstUnits},
 * {@link StartSkip}): from one instruction, follow every path that consumes nothing (SPLIT,
 * SAVE, ASSERT, NOP, LATCH) and hand each consuming instruction it reaches (RANGE, CLASS,
 * DISPATCH) to a visitor. Assertions are passed over, so what the visitor sees is a superset of
 * what can really come next. What a path that reaches MATCH or a lookaround means differs per
 * caller, so the visitor decides.
 */
final class FirstInstructions {
    /** {@link Visitor#look}: walk on past the lookaround, as if it held. */
    static final int FOLLOW = 0;
    /** {@link Visitor#look}: the visitor has accounted for the lookaround; end this path. */
    static final int STOP = 1;
    /** {@link Visitor#look}: the question cannot be answered; end the walk as failed. */
    static final int ABORT = 2;

    /** What one caller collects from the walk. */
    interface Visitor {
        /** A consuming instruction reachable without consuming. */
        void consuming(int pc);

        /** MATCH is reachable without consuming; false ends the walk as failed. */
        boolean match();

        /** LOOK instruction {@code pc} is reachable without consuming: FOLLOW, STOP or ABORT. */
        int look(int pc);
    }

    private FirstInstructions() {}

    /**
     * Walks from {@code pc0}; false when the visitor aborted or more than {@code limit}
     * instructions were visited (a bound on the work for callers that ask about many
     * instructions). {@code marks} holds {@code mark} for each instruction already visited:
     * callers pass a fresh mark per walk.
     */
    static boolean walk(Program prog, int pc0, int limit, int[] marks, int mark, Visitor v) {
        int[] stack = new int[16];
        int sp = 0;
        stack[sp++] = pc0;
        int visits = 0;
        while (sp > 0) {
            int pc = stack[--sp];
            if (marks[pc] == mark) {
                continue;
            }
            marks[pc] = mark;
            if (++visits > limit) {
                return false;
            }
            if (sp + 2 > stack.length) {
                stack = Arrays.copyOf(stack, 2 * stack.length);
            }
            switch (prog.op[pc]) {
                case Program.RANGE, Program.CLASS, Program.DISPATCH -> v.consuming(pc);
                case Program.SPLIT -> {
                    stack[sp++] = prog.arg[pc];
                    stack[sp++] = prog.out[pc];
                }
                case Program.SAVE, Program.ASSERT, Program.NOP, Program.LATCH -> stack[sp++] = prog.out[pc];
                case Program.FAIL -> { }
                case Program.LOOK -> {
                    int what = v.look(pc);
                    if (what == ABORT) {
                        return false;
                    }
                    if (what == FOLLOW) {
                        stack[sp++] = prog.out[pc];
                    }
                }
                default -> {
                    if (!v.match()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
