package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compiles lookaround bodies into programs of their own and keeps the pattern's list of
 * {@link Lookaround}s. Each body is compiled by a fresh {@link Compiler} with the pattern's group
 * numbering, so the groups a body sets land in the pattern's slots; bodies nested in a body are
 * compiled (and numbered) before it. A lookahead also gets its reversed body, for the backward
 * pass that finds where the body can match (Barrière and Pit-Claudel, "Linear Matching of
 * JavaScript Regular Expressions", PLDI 2024).
 */
final class LookCompiler {
    /** Created with the first lookaround: most patterns have none. */
    private List<Lookaround> looks;
    private List<Lookaround> view = List.of();
    private final int groupCount;

    LookCompiler(int groupCount) {
        this.groupCount = groupCount;
    }

    /** The pattern's lookarounds so far (a live view; complete once the main program is built). */
    List<Lookaround> list() {
        return view;
    }

    /**
     * Compiles {@code lk}'s body with {@code bodyCompiler}. {@code seesBefore}/{@code seesAfter}
     * describe the enclosing bodies; {@code positionSlot} is the slot the enclosing program records
     * the lookaround's position in (or -1).
     */
    Lookaround compile(Compiler bodyCompiler, Ast.Look lk, boolean seesBefore, boolean seesAfter, int positionSlot) {
        if (looks == null) {
            // before the body is built: its program gets the live view, which grows to hold it
            looks = new ArrayList<>();
            view = Collections.unmodifiableList(looks);
        }
        boolean before = seesBefore || lk.behind();
        boolean after = seesAfter || !lk.behind();
        Program body = bodyCompiler.compileProgram(lk.body(), groupCount, false, false, before, after);
        Program reverse = lk.behind() ? null : ReverseProgram.of(body);
        Lookaround l = new Lookaround(looks.size(), lk.behind(), lk.negated(), body, reverse, lk.minLength(),
                lk.maxLength(), lk.codePoints(), before, after, lk.groupsFrom(), lk.groupsTo(), positionSlot, chainOf(body),
                lk.behind() ? null : StarChain.of(lk.body(), body), lk.behind() ? -1 : ClassRun.classOf(body, looks));
        looks.add(l);
        return l;
    }

    /**
     * The checks of {@code body} if it is one deterministic chain from its start to MATCH (see
     * {@link Lookaround#chain}), else null.
     */
    static int[] chainOf(Program body) {
        return chainFrom(body, body.start);
    }

    /** As {@link #chainOf}, for the part of {@code body} from {@code pc} on. */
    static int[] chainFrom(Program body, int pc) {
        int[] chain = new int[body.size() + 1];
        int n = 0;
        for (int walked = 0; walked <= body.size(); walked++) {
            switch (body.op[pc]) {
                case Program.MATCH:
                    return java.util.Arrays.copyOf(chain, n);
                case Program.SAVE:
                case Program.NOP:
                    pc = body.out[pc];
                    break;
                case Program.ASSERT:
                case Program.LOOK:
                case Program.RANGE:
                case Program.CLASS:
                    chain[n++] = pc;
                    pc = body.out[pc];
                    break;
                default: // SPLIT, DISPATCH, LATCH, FAIL
                    return null;
            }
        }
        return null; // a cycle: cannot happen without SPLIT, kept safe
    }
}
