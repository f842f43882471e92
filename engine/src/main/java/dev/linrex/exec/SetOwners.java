package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.Arrays;
import java.util.List;

/**
 * Which pattern each instruction of a combined set program belongs to, so that a set DFA can
 * drop the threads of patterns it has already reported (see {@link SetDfa}). {@code
 * nfa.SetCompiler.combine} lays the patterns' programs out one after another in list order, then
 * the entry's split chain; this rebuilds that map and checks it against the program (every MATCH
 * must carry its block's id), so a change of layout turns pruning off rather than making it wrong.
 */
final class SetOwners {
    private SetOwners() {}

    /**
     * Per pc of {@code combined} (built from {@code progs} and {@code ids}): the id of the
     * pattern it belongs to, -1 for the entry chain; null if the layout is not the expected one.
     */
    static int[] of(Program combined, List<Program> progs, int[] ids) {
        int[] owner = new int[combined.size()];
        Arrays.fill(owner, -1);
        int base = 0;
        for (int i = 0; i < progs.size(); i++) {
            int size = progs.get(i).size();
            if (base + size > owner.length) {
                return null;
            }
            Arrays.fill(owner, base, base + size, ids[i]);
            base += size;
        }
        for (int pc = 0; pc < combined.size(); pc++) {
            if (combined.op[pc] == Program.MATCH && combined.arg[pc] != owner[pc]) {
                return null;
            }
        }
        return owner;
    }

    /** Whether id {@code id} is in bit set {@code ids} (null: empty). */
    static boolean contains(long[] ids, int id) {
        return ids != null && id >= 0 && (id >>> 6) < ids.length && (ids[id >>> 6] & (1L << id)) != 0;
    }
}
