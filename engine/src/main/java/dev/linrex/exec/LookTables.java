package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;
import java.util.List;

/**
 * For one input (text, region, bounds), the positions where each lookaround of a pattern holds,
 * computed lazily: a table is built on the first question about it and extended only as far as
 * questions reach, and inner lookarounds are computed when an outer pass asks about them. A
 * Matcher keeps its tables across the {@code find} calls on the same input, so a whole find loop
 * costs O((lookarounds + 1) x input x program size). Engines ask {@link #holds} from a
 * {@link dev.linrex.nfa.Program#LOOK} instruction. While a lookaround is asked about at few
 * positions (a search that skips most of the input), {@link LookProbes} answers one position at a
 * time instead, within a work bound past which the table is built; one whose body is a fixed
 * chain is answered by {@link LookChain}, walking it at the position asked.
 */
public final class LookTables {
    final SearchInput in;
    /** The text's length when the tables were started: a CharSequence that changed length gets new tables. */
    final int textLength;
    private final List<Lookaround> looks;
    private final Object[] tables;
    private final SearchInput[] inputs;
    private LookProbes probes;
    /** The base-character memo of chain walks, created on first use. */
    private Assertions.BaseCharMemo chainMemo;
    /** False: every question goes to the tables (tests compare the two ways). */
    boolean probing = true;
    private PikeVM[] bodyVMs;
    private PikeVM.Cache[] bodyCaches;
    /**
     * The last segment-end scan of {@link LookSegments} on this input: from
     * {@code segmentScanFrom} (-1: none yet), the segment ends at {@code segmentEnd}.
     */
    int segmentScanFrom = -1;
    int segmentEnd;
    private LazyDfa.Scratch segmentScratch;
    /** Work done by the table passes (instructions visited, threads stepped). */
    long steps;
    /** The search limits of the Matcher's scratch: table passes and body runs count against them. */
    final Budget budget;

    LookTables(SearchInput in, List<Lookaround> looks, Budget budget) {
        this.in = in;
        this.textLength = in.text.length();
        this.looks = looks;
        this.budget = budget;
        this.tables = new Object[looks.size()];
        this.inputs = new SearchInput[looks.size()];
    }

    /**
     * What a lookaround's body sees, as java.util.regex sets it up: the region, except that with
     * transparent bounds a lookahead (and what is nested in it) reads to the end of the text and
     * a lookbehind (and what is nested in it) may start at 0. Anchoring bounds are unchanged.
     */
    SearchInput inputFor(Lookaround l) {
        SearchInput s = inputs[l.id];
        if (s == null) {
            int from = in.transparentBounds && l.seesBeforeRegion ? 0 : in.regionStart;
            int to = bodyEnd(in, l);
            s = from == in.regionStart && to == in.regionEnd ? in // (opaque bounds: the same input)
                    : new SearchInput(in.text, from, to, in.transparentBounds, in.anchoringBounds);
            inputs[l.id] = s;
        }
        return s;
    }

    /** Where what {@code l}'s body sees of {@code in} ends ({@link #inputFor}'s region end). */
    static int bodyEnd(SearchInput in, Lookaround l) {
        return in.transparentBounds && l.seesAfterRegion ? in.text.length() : in.regionEnd;
    }

    /** Whether lookaround {@code id} holds at {@code pos}. */
    boolean holds(int id, int pos) {
        Object t = tables[id];
        if (t == null) {
            Lookaround l = looks.get(id);
            if (probing && LookChain.applies(l)) { // a fixed chain: walked where asked
                return LookChain.holds(l, inputFor(l), pos, this, null); // (a memo only if the chain asserts)
            }
            if (probing && l.starChain != null) { // S*C: scanned forward where asked
                t = new LookStarScan(l, inputFor(l), this);
                tables[id] = t;
            } else if (probing && l.runClass >= 0) { // a run of one class: answered by its length
                t = new LookRunScan(l, inputFor(l), this);
                tables[id] = t;
            }
        }
        if (t instanceof LookShortcut s) {
            int r = s.holds(pos);
            if (r >= 0) {
                return r == 1;
            }
            Lookaround l = looks.get(id); // asked about too often: the table answers from now on
            t = new LookaheadTable(l, inputFor(l), this);
            tables[id] = t;
        } else if (t == null) {
            Lookaround l = looks.get(id);
            if (probes == null && probing) {
                probes = new LookProbes(this, looks.size());
            }
            int r = probing ? probes.holds(l, pos) : -1; // few questions: answered one at a time
            if (r >= 0) {
                return r == 1;
            }
            t = l.behind ? new LookbehindTable(l, inputFor(l), this) : new LookaheadTable(l, inputFor(l), this);
            tables[id] = t;
        }
        return t instanceof LookaheadTable a ? a.holds(pos) : ((LookbehindTable) t).holds(pos);
    }

    Assertions.BaseCharMemo chainMemo() {
        if (chainMemo == null) {
            chainMemo = new Assertions.BaseCharMemo();
        }
        return chainMemo;
    }

    /** For a positive lookbehind with groups that holds at {@code pos}: where its body match starts. */
    int lookbehindStart(int id, int pos) {
        holds(id, pos);
        return ((LookbehindTable) tables[id]).startAt(pos);
    }

    /** A Pike VM and cache for a lookaround body (capture recovery), created on first use. */
    PikeVM.Cache bodyCache(Lookaround l) {
        if (bodyVMs == null) {
            bodyVMs = new PikeVM[looks.size()];
            bodyCaches = new PikeVM.Cache[looks.size()];
        }
        if (bodyVMs[l.id] == null) {
            bodyVMs[l.id] = new PikeVM(l.body);
            bodyCaches[l.id] = bodyVMs[l.id].newCache(budget);
            bodyCaches[l.id].looks = this;
        }
        return bodyCaches[l.id];
    }

    PikeVM bodyVM(Lookaround l) {
        bodyCache(l);
        return bodyVMs[l.id];
    }

    /** All work so far: table passes plus body runs for captures. */
    long steps() {
        long s = steps;
        if (bodyCaches != null) {
            for (PikeVM.Cache c : bodyCaches) {
                if (c != null) {
                    s += c.steps();
                }
            }
        }
        return s;
    }

    /** A scratch for {@link LookSegments}' relaxed DFA (one per pattern, so one per tables), charged to {@link #budget}. */
    LazyDfa.Scratch segmentScratch(LazyDfa dfa) {
        if (segmentScratch == null) {
            segmentScratch = dfa.newScratch(budget);
        }
        return segmentScratch;
    }

    List<Lookaround> looks() {
        return looks;
    }
}
