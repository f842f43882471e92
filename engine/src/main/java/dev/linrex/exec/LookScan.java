package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * The state-set simulation shared by the lookaround table passes: the epsilon closure of a
 * lookaround body program (or its reverse) at one position, without captures. Each thread carries
 * one int, the position its match attempt started at (used by lookbehinds; lookaheads pass 0).
 * The first thread to reach an instruction owns it, so callers add threads in the order that
 * should win. Work per position is O(program size).
 */
abstract class LookScan {
    final Program prog;
    final SearchInput in;
    final LookTables tables;
    private final Assertions.BaseCharMemo memo = new Assertions.BaseCharMemo();
    private final int[] sparse;
    private final int[] dense;
    private int size;
    private int[] stack = new int[32];
    /** Consuming threads of the current position: pc and start, in the order they were added. */
    int[] pcs;
    int[] starts;
    int count;
    /** Those of the previous position. */
    int[] prevPcs;
    int[] prevStarts;
    int prevCount;
    /** Start of the first thread that reached MATCH at the current position, or -1. */
    int matchStart;

    LookScan(Program prog, SearchInput in, LookTables tables) {
        this.prog = prog;
        this.in = in;
        this.tables = tables;
        int n = prog.size();
        sparse = new int[n];
        dense = new int[n];
        pcs = new int[n];
        starts = new int[n];
        prevPcs = new int[n];
        prevStarts = new int[n];
    }

    private int[] probeSeen;
    private int probeMark;

    /**
     * Whether the program matches the empty string at {@code pos} from {@code pc0}, explored apart
     * from the current threads (it claims no instruction and adds no thread).
     */
    final boolean matchesEmpty(int pc0, int pos) {
        if (probeSeen == null) {
            probeSeen = new int[prog.size()];
        }
        if (++probeMark == Integer.MAX_VALUE) {
            java.util.Arrays.fill(probeSeen, 0);
            probeMark = 1;
        }
        final int[] op = prog.op;
        int sp = 0;
        int pc = pc0;
        while (true) {
            while (pc >= 0 && probeSeen[pc] != probeMark) {
                probeSeen[pc] = probeMark;
                tables.steps++;
                switch (op[pc]) {
                    case Program.MATCH -> {
                        return true;
                    }
                    case Program.SPLIT -> {
                        if (sp == stack.length) {
                            stack = Arrays.copyOf(stack, sp * 2);
                        }
                        stack[sp++] = prog.arg[pc];
                        pc = prog.out[pc];
                    }
                    case Program.ASSERT -> pc = (Assertions.check(prog.arg[pc], in, pos, memo) & Assertions.HOLDS) != 0
                            ? prog.out[pc] : -1;
                    case Program.LOOK -> pc = tables.holds(prog.arg[pc], pos) ? prog.out[pc] : -1;
                    case Program.SAVE, Program.NOP, Program.LATCH -> pc = prog.out[pc];
                    default -> pc = -1; // consuming, FAIL
                }
            }
            if (sp == 0) {
                return false;
            }
            pc = stack[--sp];
        }
    }

    /** Starts a new position: the current threads become the previous ones. */
    final void beginPosition() {
        int[] t = prevPcs;
        prevPcs = pcs;
        pcs = t;
        t = prevStarts;
        prevStarts = starts;
        starts = t;
        prevCount = count;
        count = 0;
        size = 0;
        matchStart = -1;
    }

    /**
     * Moves the previous position's threads over unit {@code c}: each that accepts it adds its
     * closure at {@code pos}, keeping the start it came from.
     */
    final void stepPrevious(char c, int pos) {
        for (int t = 0; t < prevCount; t++) {
            int target = prog.next(prevPcs[t], c);
            if (target >= 0) {
                closure(target, pos, prevStarts[t]);
            }
        }
        tables.steps += prevCount;
    }

    /** Adds the closure of {@code pc0} at {@code pos} for a thread that started at {@code start}. */
    final void closure(int pc0, int pos, int start) {
        final int[] op = prog.op;
        final int[] out = prog.out;
        final int[] arg = prog.arg;
        int sp = 0;
        int pc = pc0;
        long visited = 0;
        while (true) {
            while (pc >= 0) {
                int i = sparse[pc];
                if (i < size && dense[i] == pc) {
                    break;
                }
                sparse[pc] = size;
                dense[size++] = pc;
                visited++;
                switch (op[pc]) {
                    case Program.RANGE, Program.CLASS, Program.DISPATCH -> {
                        pcs[count] = pc;
                        starts[count++] = start;
                        pc = -1;
                    }
                    case Program.MATCH -> {
                        if (matchStart < 0) {
                            matchStart = start;
                        }
                        pc = -1;
                    }
                    case Program.SPLIT -> {
                        if (sp == stack.length) {
                            stack = Arrays.copyOf(stack, sp * 2);
                        }
                        stack[sp++] = arg[pc];
                        pc = out[pc];
                    }
                    case Program.ASSERT -> pc = (Assertions.check(arg[pc], in, pos, memo) & Assertions.HOLDS) != 0
                            ? out[pc] : -1;
                    case Program.LOOK -> pc = tables.holds(arg[pc], pos) ? out[pc] : -1;
                    case Program.SAVE, Program.NOP, Program.LATCH -> pc = out[pc];
                    default -> pc = -1; // FAIL
                }
            }
            if (sp == 0) {
                break;
            }
            pc = stack[--sp];
        }
        tables.steps += visited;
        tables.budget.charge(visited); // may abort; the Matcher then drops these tables
    }
}
