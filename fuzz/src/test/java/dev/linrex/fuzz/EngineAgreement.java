package dev.linrex.fuzz;

import dev.linrex.exec.Anchor;
import dev.linrex.exec.Backtracker;
import dev.linrex.exec.OnePass;
import dev.linrex.exec.PikeVM;
import dev.linrex.exec.SearchInput;
import dev.linrex.exec.Strategy;
import dev.linrex.syntax.Ast;
import java.util.Arrays;

/**
 * Compares linrex's internal engines with its reference, the Pike VM, on one input: every start
 * position in the region, every anchor kind, with all capture slots and with group 0 only, plus
 * hitEnd/requireEnd. The engines under test are those {@link Strategy} picks from (prefilters,
 * forward lazy DFA for the end, reverse lazy DFA for the start, Pike VM or bounded backtracker on
 * the span for the groups, one-pass engine for anchored searches and spans), and the
 * {@link Backtracker} and (for one-pass patterns, anchored) the {@link OnePass} engine run
 * directly on the whole region.
 */
final class EngineAgreement {
    private EngineAgreement() {}

    /** Null when all agree; otherwise the first difference. */
    static String disagreement(Ast.Root root, Strategy st, SearchInput in) {
        PikeVM vm = new PikeVM(st.program());
        PikeVM.Cache cache = vm.newCache();
        Backtracker bt = new Backtracker(st.program());
        Backtracker.Cache btCache = bt.newCache();
        OnePass onePass = OnePass.of(st.program());
        OnePass.Cache onePassCache = onePass == null ? null : onePass.newCache();
        Strategy.Scratch scratch = st.newScratch();
        int n = st.program().slotCount;
        for (Anchor anchor : Anchor.values()) {
            for (int from = in.regionStart; from <= in.regionEnd; from++) {
                int[] exp = new int[n];
                boolean ef = vm.search(in, from, anchor, exp, cache);
                String expected = describe(ef, exp) + " hitEnd=" + cache.hitEnd() + " requireEnd=" + cache.requireEnd();
                String expectedSpan = describe(ef, Arrays.copyOf(exp, 2)) + " hitEnd=" + cache.hitEnd()
                        + " requireEnd=" + cache.requireEnd();
                int[] got = new int[n];
                boolean gf = st.search(in, from, anchor, got, scratch);
                String actual = describe(gf, got) + " hitEnd=" + scratch.hitEnd() + " requireEnd=" + scratch.requireEnd();
                int[] span = new int[2];
                boolean sf = st.search(in, from, anchor, span, scratch);
                String actualSpan = describe(sf, span) + " hitEnd=" + scratch.hitEnd() + " requireEnd=" + scratch.requireEnd();
                String where = anchor + " from " + from + ": ";
                if (bt.fits(from, in.regionEnd)) {
                    int[] b = new int[n];
                    boolean bf = bt.search(in, from, in.regionEnd, anchor, b, btCache);
                    if (!describe(ef, exp).equals(describe(bf, b))) {
                        return where + "Pike VM " + describe(ef, exp) + ", Backtracker " + describe(bf, b);
                    }
                }
                if (onePass != null && anchor != Anchor.UNANCHORED) {
                    int[] o = new int[n];
                    boolean of = onePass.search(in, from, in.regionEnd, anchor, o, onePassCache);
                    if (!describe(ef, exp).equals(describe(of, o))) {
                        return where + "Pike VM " + describe(ef, exp) + ", OnePass " + describe(of, o);
                    }
                }
                if (!expected.equals(actual)) {
                    return where + "Pike VM " + expected + ", Strategy " + actual;
                }
                if (!expectedSpan.equals(actualSpan)) {
                    return where + "Pike VM " + expectedSpan + ", Strategy (group 0 only) " + actualSpan;
                }
            }
        }
        if (st.inconsistencies() != 0) {
            return "the DFAs and the Pike VM disagreed inside Strategy " + st.inconsistencies() + " time(s)";
        }
        return null;
    }

    private static String describe(boolean found, int[] slots) {
        if (!found) {
            return "none";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < slots.length; i += 2) {
            sb.append(i == 0 ? "" : " ").append(slots[i]).append(',').append(slots[i + 1]);
        }
        return sb.append(']').toString();
    }
}
