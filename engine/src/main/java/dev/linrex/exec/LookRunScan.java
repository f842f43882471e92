package dev.linrex.exec;

import dev.linrex.nfa.ClassRun;
import dev.linrex.nfa.Lookaround;
import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * Whether a lookahead whose body reads only a run of one unit class {@code C} ({@link ClassRun},
 * the thousands separator's {@code (?=(\d{3})+(?!\d))}) holds at a position: from the length
 * {@code L} of the run of {@code C} units there. Whether the body matches given {@code L} is
 * computed once per length, by stepping the body's state set over {@code C} units: it matches
 * iff some state set {@code k < L} units in reaches MATCH when the next unit is in {@code C}, or
 * the set {@code L} units in reaches it when no unit of {@code C} follows (nested
 * {@code (?!C)}/{@code (?=C)} decided by that). Lengths are computed as far as questions need,
 * and not past the first length where the set dies, so the whole costs O(longest run x body).
 *
 * <p>The last run scanned is remembered: questions anywhere in it cost O(1), in increasing or
 * decreasing order each unit is scanned about once, and other orders are bounded like
 * {@link LookProbes} (past the bound, -1: the table answers).
 */
final class LookRunScan extends IntervalLookScan {
    private final Program body;
    private final int cls;
    // The interval [from, to] is a run: every unit of [from, to) is in C, the one at to is not (or to = hi).

    /** {@code before[k]}: the body matches with a C unit next after fewer than k units; {@code atEnd[k]}: with none next after k. */
    private boolean[] before = new boolean[16];
    private boolean[] atEnd = new boolean[16];
    /** Lengths {@code 0 .. known-1} are in the arrays ({@code before} up to {@code known}). */
    private int known;
    /** Length from which the state set is empty (answers repeat {@code before[deadAt]}), or -1. */
    private int deadAt = -1;
    /** The state set {@code known} units in (pcs entered there), and scratch for the walk. */
    private int[] states;
    private int stateCount;
    private int[] nextStates;
    private int nextCount;
    private final int[] marks;
    private int mark;
    private int[] stack = new int[16];

    LookRunScan(Lookaround look, SearchInput in, LookTables tables) {
        super(look, in, tables);
        this.body = look.body;
        this.cls = look.runClass;
        int n = body.size();
        states = new int[n];
        nextStates = new int[n];
        marks = new int[n];
        states[0] = body.start;
        stateCount = 1;
    }

    @Override
    boolean matches(int pos) {
        return matchesWithRun(to - pos);
    }

    @Override
    void scan(int pos) {
        int joinAt = from >= 0 && pos < from ? from : -1;
        final CharSequence text = in.text;
        int q = pos;
        while (q < hi && q != joinAt && body.accepts(cls, text.charAt(q))) {
            q++;
        }
        charge(q - pos + 1);
        if (q != joinAt) {
            to = q;
        }
        from = pos;
    }

    /** Whether the body matches at a position followed by exactly {@code len} units of C. */
    private boolean matchesWithRun(int len) {
        if (deadAt >= 0 && len >= deadAt) {
            return before[deadAt];
        }
        while (known <= len) {
            extend();
            if (deadAt >= 0 && len >= deadAt) {
                return before[deadAt];
            }
        }
        return atEnd[len] || before[len];
    }

    /** Computes length {@code known}: its two answers, and the state set one C unit further. */
    private void extend() {
        int k = known;
        if (k + 1 >= before.length) {
            before = Arrays.copyOf(before, 2 * before.length);
            atEnd = Arrays.copyOf(atEnd, 2 * atEnd.length);
        }
        atEnd[k] = walk(false);
        boolean matchNow = walk(true); // fills nextStates
        before[k + 1] = before[k] || matchNow;
        int[] t = states;
        states = nextStates;
        nextStates = t;
        stateCount = nextCount;
        known = k + 1;
        if (stateCount == 0) {
            deadAt = k + 1;
            atEnd[k + 1] = false;
        }
    }

    /**
     * The closure of the current state set when the next unit is ({@code nextInClass}) or is not
     * in C: whether it reaches MATCH; with {@code nextInClass}, the states after that unit go to
     * {@code nextStates}.
     */
    private boolean walk(boolean nextInClass) {
        if (++mark == Integer.MAX_VALUE) {
            Arrays.fill(marks, 0);
            mark = 1;
        }
        nextCount = 0;
        boolean matched = false;
        final int[] op = body.op;
        final int[] out = body.out;
        final int[] arg = body.arg;
        long visited = 0;
        for (int i = 0; i < stateCount; i++) {
            int sp = 0;
            int pc = states[i];
            while (true) {
                while (pc >= 0 && marks[pc] != mark) {
                    marks[pc] = mark;
                    visited++;
                    switch (op[pc]) {
                        case Program.MATCH -> {
                            matched = true;
                            pc = -1;
                        }
                        case Program.RANGE, Program.CLASS -> {
                            if (nextInClass) {
                                nextStates[nextCount++] = out[pc];
                            }
                            pc = -1;
                        }
                        case Program.SPLIT -> {
                            if (sp == stack.length) {
                                stack = Arrays.copyOf(stack, 2 * sp);
                            }
                            stack[sp++] = arg[pc];
                            pc = out[pc];
                        }
                        case Program.LOOK -> pc = nextInClass != tables.looks().get(arg[pc]).negated ? out[pc] : -1;
                        case Program.SAVE, Program.NOP, Program.LATCH -> pc = out[pc];
                        default -> pc = -1; // FAIL
                    }
                }
                if (sp == 0) {
                    break;
                }
                pc = stack[--sp];
            }
        }
        if (nextInClass && nextCount > 1) { // distinct entries (two consuming states may go to one pc)
            int n = 0;
            ++mark;
            for (int i = 0; i < nextCount; i++) {
                int pc = nextStates[i];
                if (marks[pc] != mark) {
                    marks[pc] = mark;
                    nextStates[n++] = pc;
                }
            }
            nextCount = n;
        }
        tables.steps += visited;
        tables.budget.charge(visited);
        return matched;
    }
}
