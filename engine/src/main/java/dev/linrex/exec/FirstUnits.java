package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;
import dev.linrex.nfa.Program;

/**
 * The code units with which a path from one instruction of a program can begin, for paths that
 * must consume at least one unit to match: a search may skip a start position (or a backtracker
 * a branch) whose next unit is not among them, since from there it can only fail. ASCII units
 * are kept exactly, as two 64-bit masks; all other units are allowed as soon as one first
 * instruction accepts any of them, so the set is never smaller than the truth, only coarser.
 *
 * <p>Immutable.
 */
final class FirstUnits {
    /** Units 0-63 and 64-127 that may begin a path. */
    final long low;
    final long high;
    final boolean anyNonAscii;

    private FirstUnits(long low, long high, boolean anyNonAscii) {
        this.low = low;
        this.high = high;
        this.anyNonAscii = anyNonAscii;
    }

    /**
     * The first units of a match of {@code prog} from {@link Program#startAtFrom} (its
     * {@link Program#start} only adds a zero-width guard before it), or null when a match may be
     * empty or begin with an instruction this does not model (a lookaround).
     */
    static FirstUnits of(Program prog) {
        return of(prog, prog.startAtFrom, Integer.MAX_VALUE, new int[prog.size()], 1);
    }

    /**
     * The first units of paths from {@code pc0}, or null when such a path can reach MATCH without
     * consuming, reaches a lookaround, or more than {@code limit} instructions are visited (a
     * bound on the work for callers that ask for many instructions). {@code marks} holds
     * {@code mark} for each instruction already visited: callers pass a fresh mark per call.
     */
    static FirstUnits of(Program prog, int pc0, int limit, int[] marks, int mark) {
        return of(prog, pc0, limit, marks, mark, false);
    }

    /**
     * The units a match of {@code prog} can begin with, or null when a match may be empty. A
     * positive lookahead whose body cannot match empty stands for its body's first units (a
     * match through it begins where the body matches, so with one of them); every other
     * lookaround is read as always true. Either way a superset of the real ones: a lookaround
     * only removes paths.
     */
    static FirstUnits relaxed(Program prog) {
        return of(prog, prog.startAtFrom, Integer.MAX_VALUE, new int[prog.size()], 1, true);
    }

    private static FirstUnits of(Program prog, int pc0, int limit, int[] marks, int mark, boolean looksHold) {
        Collector c = new Collector(prog, looksHold);
        return FirstInstructions.walk(prog, pc0, limit, marks, mark, c)
                ? new FirstUnits(c.low, c.high, c.nonAscii)
                : null;
    }

    /**
     * Ors the ASCII masks of the first instructions; a path that matches empty fails the
     * question, a lookaround is modelled only under {@code looksHold} (see {@link #relaxed}).
     */
    private static final class Collector implements FirstInstructions.Visitor {
        private final Program prog;
        private final boolean looksHold;
        long low;
        long high;
        boolean nonAscii;

        Collector(Program prog, boolean looksHold) {
            this.prog = prog;
            this.looksHold = looksHold;
        }

        @Override
        public void consuming(int pc) {
            long[] m = asciiOf(prog, pc);
            low |= m[0];
            high |= m[1];
            nonAscii |= m[2] != 0;
        }

        @Override
        public boolean match() {
            return false; // an empty path matches
        }

        @Override
        public int look(int pc) {
            if (!looksHold) {
                return FirstInstructions.ABORT; // not modelled
            }
            Lookaround l = prog.looks.get(prog.arg[pc]);
            FirstUnits body = l.behind || l.negated ? null : relaxed(l.body);
            if (body == null) {
                return FirstInstructions.FOLLOW; // read as always true
            }
            low |= body.low;
            high |= body.high;
            nonAscii |= body.anyNonAscii;
            return FirstInstructions.STOP;
        }
    }

    /**
     * What consuming instruction {@code pc} (RANGE, or CLASS or DISPATCH over a class) accepts: {ASCII units 0-63, 64-127, nonzero if it
     * accepts some unit from 128 on}.
     */
    static long[] asciiOf(Program prog, int pc) {
        long[] m = new long[3];
        if (prog.op[pc] == Program.RANGE) {
            add(m, prog.arg[pc], prog.arg2[pc]);
        } else {
            char[] r = prog.classes[prog.arg[pc]];
            for (int i = 0; i + 1 < r.length; i += 2) {
                add(m, r[i], r[i + 1]);
                if (r[i + 1] >= 128) {
                    break; // sorted ranges: the rest are all past ASCII
                }
            }
        }
        return m;
    }

    private static void add(long[] m, int lo, int hi) {
        if (lo <= 63) {
            m[0] |= bits(lo, Math.min(hi, 63));
        }
        if (hi >= 64 && lo <= 127) {
            m[1] |= bits(Math.max(lo, 64) - 64, Math.min(hi, 127) - 64);
        }
        if (hi >= 128) {
            m[2] = 1;
        }
    }

    /** Bits {@code a..b} (inclusive, {@code 0 <= a <= b <= 63}) set. */
    private static long bits(int a, int b) {
        return (-1L >>> (63 - b)) & (-1L << a);
    }

    /** Whether a path may begin with unit {@code c}. */
    boolean contains(char c) {
        return c < 128 ? ((c < 64 ? low : high) >>> c & 1L) != 0 : anyNonAscii;
    }
}
