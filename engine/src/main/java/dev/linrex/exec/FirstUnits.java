package dev.linrex.exec;

import dev.linrex.nfa.Program;

/**
 * The code units a match of a program can begin with, for patterns whose every match consumes at
 * least one unit: an unanchored search may skip any start position whose unit is not among them
 * (java.util.regex's scan does the same by trying each start, only slower). ASCII units are kept
 * exactly; all other units are allowed as soon as one first instruction accepts any of them, so
 * the set is never smaller than the truth, only coarser.
 *
 * <p>Immutable.
 */
final class FirstUnits {
    private final boolean[] ascii;
    private final boolean anyNonAscii;

    private FirstUnits(boolean[] ascii, boolean anyNonAscii) {
        this.ascii = ascii;
        this.anyNonAscii = anyNonAscii;
    }

    /**
     * The first units of {@code prog} from {@link Program#startAtFrom} (its {@link Program#start}
     * only adds a zero-width guard before it), or null when a match may be empty or begin with an
     * instruction this does not model (a lookaround): every start must then be tried.
     */
    static FirstUnits of(Program prog) {
        boolean[] ascii = new boolean[128];
        boolean nonAscii = false;
        boolean[] seen = new boolean[prog.size()];
        int[] stack = new int[prog.size() + 1];
        int sp = 0;
        stack[sp++] = prog.startAtFrom;
        while (sp > 0) {
            int pc = stack[--sp];
            if (seen[pc]) {
                continue;
            }
            seen[pc] = true;
            switch (prog.op[pc]) {
                case Program.RANGE -> nonAscii |= add(ascii, prog.arg[pc], prog.arg2[pc]);
                case Program.CLASS -> {
                    char[] r = prog.classes[prog.arg[pc]];
                    for (int i = 0; i + 1 < r.length; i += 2) {
                        nonAscii |= add(ascii, r[i], r[i + 1]);
                    }
                }
                case Program.SPLIT -> {
                    if (sp + 2 > stack.length) {
                        stack = java.util.Arrays.copyOf(stack, 2 * stack.length);
                    }
                    stack[sp++] = prog.arg[pc];
                    stack[sp++] = prog.out[pc];
                }
                case Program.SAVE, Program.ASSERT, Program.NOP, Program.LATCH -> {
                    if (sp + 1 > stack.length) {
                        stack = java.util.Arrays.copyOf(stack, 2 * stack.length);
                    }
                    stack[sp++] = prog.out[pc];
                }
                case Program.FAIL -> { }
                default -> {
                    return null; // MATCH: an empty match is possible; LOOK: not modelled
                }
            }
        }
        return new FirstUnits(ascii, nonAscii);
    }

    /** Marks the ASCII part of {@code [lo, hi]}; true if it reaches past ASCII. */
    private static boolean add(boolean[] ascii, int lo, int hi) {
        for (int c = lo; c <= Math.min(hi, 127); c++) {
            ascii[c] = true;
        }
        return hi >= 128;
    }

    /** Whether a match may begin with unit {@code c}. */
    boolean contains(char c) {
        return c < 128 ? ascii[c] : anyNonAscii;
    }
}
