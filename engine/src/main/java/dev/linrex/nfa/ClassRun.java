package dev.linrex.nfa;

import java.util.Arrays;
import java.util.List;

/**
 * Whether a lookahead body reads nothing but a run of one unit class {@code C}: every consuming
 * instruction is a RANGE or CLASS over exactly {@code C}, there is no assertion, and every nested
 * lookaround is a lookahead whose body is one check of {@code C} ({@code (?!\d)}, {@code (?=\d)}).
 * Then whether the body matches at {@code p} depends only on how many units of {@code C} follow
 * {@code p} before a unit outside it or the end: the thousands separator's
 * {@code (?=(\d{3})+(?!\d))} holds where that run's length is a positive multiple of 3. So one
 * answer per run length, computed once ({@code exec.LookRunScan}), serves every position.
 */
public final class ClassRun {
    private ClassRun() {}

    /**
     * A consuming instruction of {@code body} whose unit set is {@code C}, or -1 if the body is not
     * of that form. {@code looks} holds the lookarounds nested in it (compiled before it).
     */
    static int classOf(Program body, List<Lookaround> looks) {
        int rep = -1;
        for (int pc = 0; pc < body.size(); pc++) {
            switch (body.op[pc]) {
                case Program.RANGE, Program.CLASS -> {
                    if (rep < 0) {
                        rep = pc;
                    } else if (!sameUnits(body, rep, body, pc)) {
                        return -1;
                    }
                }
                case Program.LOOK -> {
                    Lookaround inner = looks.get(body.arg[pc]);
                    if (inner.behind || inner.chain == null || inner.chain.length != 1
                            || !Program.consumes(inner.body.op[inner.chain[0]])
                            || inner.body.op[inner.chain[0]] == Program.DISPATCH) {
                        return -1;
                    }
                }
                case Program.DISPATCH, Program.ASSERT -> {
                    return -1;
                }
                default -> { } // MATCH, SPLIT, SAVE, NOP, FAIL, LATCH
            }
        }
        if (rep < 0) {
            return -1;
        }
        for (int pc = 0; pc < body.size(); pc++) { // nested checks over the same class
            if (body.op[pc] == Program.LOOK) {
                Lookaround inner = looks.get(body.arg[pc]);
                if (!sameUnits(body, rep, inner.body, inner.chain[0])) {
                    return -1;
                }
            }
        }
        return rep;
    }

    /** Whether RANGE/CLASS instructions {@code a} of {@code pa} and {@code b} of {@code pb} accept the same units. */
    private static boolean sameUnits(Program pa, int a, Program pb, int b) {
        return Arrays.equals(units(pa, a), units(pb, b));
    }

    private static char[] units(Program p, int pc) {
        return p.op[pc] == Program.RANGE ? new char[] {(char) p.arg[pc], (char) p.arg2[pc]} : p.classes[p.arg[pc]];
    }
}
