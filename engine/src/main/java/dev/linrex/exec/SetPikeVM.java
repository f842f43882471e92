package dev.linrex.exec;

import dev.linrex.nfa.Program;

/**
 * The set engine of last resort: a Pike-style NFA simulation of a combined set program (see
 * {@code nfa.SetCompiler}) that reports which pattern ids match anywhere in the input. Threads
 * carry no captures and no priorities (a set of instructions per position), so the work is
 * O(program size) per unit whatever the patterns. A new thread starts at every position; a
 * pattern matches when a thread reaches its MATCH.
 *
 * <p>{@link #step} is also the transition function that {@link SetDfa} caches: the DFA's
 * states are exactly this engine's thread sets, and it hands its current state over when it
 * gives up, so the Pike VM continues where the DFA stopped. Immutable and shareable.
 */
public final class SetPikeVM {
    private final Program prog;
    /** Per pc, the id of the pattern it belongs to (see {@link SetOwners}); null if unknown. */
    private final int[] owner;

    public SetPikeVM(Program prog) {
        this(prog, null);
    }

    /** With {@code owner} (see {@link SetOwners}), {@link #step} can leave out patterns already reported. */
    SetPikeVM(Program prog, int[] owner) {
        this.prog = prog;
        this.owner = owner;
    }

    /** Whether {@link #step} can leave patterns out ({@code pruned}). */
    boolean canPrune() {
        return owner != null;
    }

    /** The pattern id instruction {@code pc} belongs to (requires {@link #canPrune}). */
    int ownerOf(int pc) {
        return owner[pc];
    }

    /**
     * Continues a search at {@code from} with threads {@code pcs} (before their closure) to the
     * region end, recording matches in {@code sc} until it has {@code sc.want}.
     */
    void run(SearchInput in, int from, int[] pcs, int pcCount, SetScratch sc) {
        int[] cur = new int[prog.size()];
        System.arraycopy(pcs, 0, cur, 0, pcCount);
        int n = pcCount;
        final int end = in.regionEnd;
        for (int p = from; ; p++) {
            boolean eoi = p >= end;
            char c = eoi ? 0 : in.text.charAt(p);
            step(cur, n, null, 0, 0, in, p, c, eoi, null, sc);
            for (int i = 0; i < sc.matchLen; i++) {
                sc.record(sc.matchBuf[i]);
            }
            sc.steps++;
            if (eoi || sc.done()) {
                return;
            }
            System.arraycopy(sc.next.dense, 0, cur, 0, sc.next.size);
            n = sc.next.size;
        }
    }

    /** The whole search from the region start. */
    public void search(SearchInput in, SetScratch sc) {
        run(in, in.regionStart, new int[0], 0, sc);
    }

    /**
     * The closure of threads {@code pcs[0, n)} plus the scanning entry at position {@code p},
     * then one step on unit {@code c} (none if {@code eoi}). The entry's closure is
     * {@code startLeaves} when given (the leaves it reaches, computed for the same
     * assertions). Assertions come from look-set {@code holds} or, if {@code exactIn} is not
     * null, from that input. Leaves the next threads in {@code sc.next} and the ids that
     * matched at {@code p} in {@code sc.matchBuf}; returns false (nothing usable) if an
     * assertion in {@code unknown} was reached. The patterns whose ids are in {@code pruned}
     * (null: none; requires {@link #canPrune}) are left out: their entry's leaves start no
     * thread and report no match (the caller's threads {@code pcs} hold none of theirs).
     */
    boolean step(int[] pcs, int n, int[] startLeaves, int holds, int unknown, SearchInput exactIn, int p, char c,
                 boolean eoi, long[] pruned, SetScratch sc) {
        sc.clearVisited();
        sc.listLen = 0;
        if (startLeaves != null) {
            sc.steps += startLeaves.length;
            for (int leaf : startLeaves) {
                if (sc.visit(leaf)) {
                    sc.list[sc.listLen++] = leaf;
                }
            }
        } else if (!closure(prog.start, holds, unknown, exactIn, p, sc)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!closure(pcs[i], holds, unknown, exactIn, p, sc)) {
                return false;
            }
        }
        final int[] op = prog.op;
        final int[] out = prog.out;
        final int[] list = sc.list;
        sc.clearNext();
        sc.steps += sc.listLen;
        for (int i = 0, len = sc.listLen; i < len; i++) {
            int pc = list[i];
            if (pruned != null && SetOwners.contains(pruned, owner[pc])) {
                continue;
            }
            if (op[pc] == Program.MATCH) {
                sc.matchBuf[sc.matchLen++] = prog.arg[pc];
            } else if (!eoi) {
                int target = prog.next(pc, c);
                if (target >= 0) {
                    sc.addNext(target);
                }
            }
        }
        return true;
    }

    /**
     * Adds to {@code sc.list} the leaves reachable from {@code pc0} through non-consuming
     * instructions (explicit stack, no recursion), skipping instructions already visited in this
     * closure. False if it reached an assertion in {@code unknown}.
     */
    boolean closure(int pc0, int holds, int unknown, SearchInput exactIn, int p, SetScratch sc) {
        final int[] op = prog.op;
        final int[] out = prog.out;
        final int[] arg = prog.arg;
        final int[] stack = sc.stack;
        int sp = 0;
        int pc = pc0;
        long steps = 0;
        while (true) {
            while (pc >= 0) {
                if (!sc.visit(pc)) {
                    break;
                }
                steps++;
                switch (op[pc]) {
                    case Program.MATCH, Program.RANGE, Program.CLASS, Program.DISPATCH:
                        sc.list[sc.listLen++] = pc;
                        pc = -1;
                        break;
                    case Program.SPLIT:
                        stack[sp++] = arg[pc];
                        pc = out[pc];
                        break;
                    case Program.ASSERT: {
                        if (exactIn != null) {
                            pc = (Assertions.check(arg[pc], exactIn, p, sc.memo) & Assertions.HOLDS) != 0 ? out[pc] : -1;
                            break;
                        }
                        int b = DfaLook.bit(arg[pc]);
                        if ((holds & b) != 0) {
                            pc = out[pc];
                        } else if ((unknown & b) != 0) {
                            sc.steps += steps;
                            return false;
                        } else {
                            pc = -1;
                        }
                        break;
                    }
                    case Program.NOP, Program.SAVE, Program.LATCH:
                        pc = out[pc];
                        break;
                    default: // FAIL
                        pc = -1;
                        break;
                }
            }
            if (sp == 0) {
                sc.steps += steps;
                return true;
            }
            pc = stack[--sp];
        }
    }

    public SetScratch newScratch(int idCount) {
        return new SetScratch(prog.size(), idCount);
    }
}
