package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;
import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * Recovers the groups set inside positive lookarounds, after a match was found with the
 * lookarounds read from tables. java.util.regex keeps the groups of the body's first match in
 * priority order: for a lookahead at {@code p}, the body anchored at {@code p}; for a lookbehind,
 * the body from the start its {@code Behind} settled on, ending exactly at {@code p}. The match
 * recorded where it passed each such lookaround (its position slot; the parser only accepts
 * groups in lookarounds that every match passes exactly once), so one anchored Pike VM run of
 * each body recovers them, only for matches whose groups are asked for.
 */
final class LookCaptures {
    private LookCaptures() {}

    /**
     * {@code row}: the full slot row (captures, then latch and position slots) of {@code prog}'s
     * match; fills the lookaround groups of {@code slots} (as many as it has room for).
     */
    static void recover(Program prog, int[] row, int[] slots, LookTables tables) {
        for (int id : prog.captureLooks) {
            Lookaround l = tables.looks().get(id);
            int p = row[l.positionSlot];
            if (p < 0) {
                continue;
            }
            PikeVM vm = tables.bodyVM(l);
            PikeVM.Cache cache = tables.bodyCache(l);
            SearchInput in = tables.inputFor(l);
            int[] bodySlots = new int[l.body.slotCount];
            boolean found;
            if (l.behind) {
                int start = tables.lookbehindStart(id, p);
                found = start >= 0 && vm.search(in, start, p, Anchor.BOTH, bodySlots, cache);
            } else {
                found = vm.search(in, p, Anchor.START, bodySlots, cache);
            }
            if (!found) {
                continue; // cannot happen: the table said the body matches here
            }
            int[] bodyRow = Arrays.copyOf(cache.matchSlots, cache.matchSlots.length);
            for (int g = l.groupsFrom; g <= l.groupsTo && 2 * g + 1 < slots.length; g++) {
                slots[2 * g] = bodySlots[2 * g];
                slots[2 * g + 1] = bodySlots[2 * g + 1];
            }
            recover(l.body, bodyRow, slots, tables);
        }
    }
}
