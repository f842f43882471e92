package dev.linrex.exec;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.nfa.ReverseProgram;
import dev.linrex.syntax.Ast;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A compiled pattern's matching engines and the one place that decides which runs for a search.
 * Immutable and thread-safe (the DFA caches are shared but safe, see {@link DfaCache}); all
 * per-search mutable state lives in a {@link Scratch} owned by one Matcher, so no search can
 * leave state behind that another input or thread would see.
 *
 * <p>A search runs, as RE2 and regex-automata's {@code meta} do:
 * <ol>
 *   <li>the forward {@link LazyDfa}: does a match exist, and where does the reported one end?</li>
 *   <li>for {@code find}, the reverse lazy DFA from that end: where does it start? (For
 *       {@code lookingAt}/{@code matches} the start is the search start.)</li>
 *   <li>only if groups are wanted ({@code slots.length > 2}), the {@link PikeVM} anchored on
 *       exactly that span; it sees the whole input, so assertions and captures are those of a
 *       full run (see {@link PikeVM#search(SearchInput, int, int, Anchor, int[], PikeVM.Cache)}).</li>
 * </ol>
 * When a DFA quits or gives up, the whole search runs on the Pike VM ({@link #fallbacks()}).
 *
 * <p>{@link Scratch#hitEnd()} and {@link Scratch#requireEnd()} equal the Pike VM's. After a DFA
 * search, hit-end comes from the forward DFA (exact, see {@link LazyDfa.Scratch#hitEnd}).
 * Require-end is false without a match or when the match ends more than two units before the
 * region end (every assertion that sets it looks at most two units ahead of the end); otherwise
 * it is the flag of the Pike VM run on the match span, which follows the same winning thread as
 * a full run: free when groups were wanted (that run happened), else run on first request. Such
 * a deferred run reads the text again: a caller that mutated its CharSequence in between gets
 * the flag for the new content.
 */
public final class Strategy {
    private final Program program;
    private final PikeVM pikeVM;
    private final long dfaCacheBytes;
    /**
     * The DFAs, built on the first search rather than at compile time (building the alphabet and
     * the reverse program costs far more than compiling a small pattern, and many compiled
     * patterns are used once or never). {@link Dfas#NONE} when the budget is too small.
     */
    private volatile Dfas dfas;
    private final AtomicLong fallbacks = new AtomicLong();
    private final AtomicLong inconsistencies = new AtomicLong();

    private record Dfas(LazyDfa forward, LazyDfa reverse) {
        static final Dfas NONE = new Dfas(null, null);
    }

    private Strategy(Program program, long dfaCacheBytes) {
        this.program = program;
        this.pikeVM = new PikeVM(program);
        this.dfaCacheBytes = dfaCacheBytes;
    }

    private Dfas dfas() {
        Dfas d = dfas;
        if (d == null) {
            synchronized (this) {
                d = dfas;
                if (d == null) {
                    LazyDfa f = LazyDfa.forward(program, dfaCacheBytes);
                    LazyDfa r = f == null ? null : f.reverse(ReverseProgram.of(program));
                    d = r == null ? Dfas.NONE : new Dfas(f, r);
                    dfas = d;
                }
            }
        }
        return d;
    }

    /** Compiles a parsed pattern. Throws {@code dev.linrex.PatternTooLargeException} past the size limit. */
    public static Strategy compile(Ast.Root root) {
        return new Strategy(Compiler.compile(root), LazyDfa.configuredCacheBytes());
    }

    /** As {@link #compile(Ast.Root)} with an explicit DFA cache budget per direction (tests, tuning). */
    public static Strategy compile(Ast.Root root, long dfaCacheBytes) {
        return new Strategy(Compiler.compile(root), dfaCacheBytes);
    }

    public int groupCount() {
        return program.groupCount;
    }

    public Program program() {
        return program;
    }

    /** The forward lazy DFA, or null if this pattern runs on the Pike VM only. */
    public LazyDfa forwardDfa() {
        return dfas().forward;
    }

    /** The reverse lazy DFA, or null if this pattern runs on the Pike VM only. */
    public LazyDfa reverseDfa() {
        return dfas().reverse;
    }

    /** Searches that started on the DFAs and finished on the Pike VM. */
    public long fallbacks() {
        return fallbacks.get();
    }

    /**
     * Searches where the engines disagreed (reverse DFA found no start, or the Pike VM no match
     * on the DFAs' span) and the Pike VM's full answer was used. Always 0 unless there is a bug;
     * tests assert it.
     */
    public long inconsistencies() {
        return inconsistencies.get();
    }

    /** Fresh per-Matcher scratch space. */
    public Scratch newScratch() {
        return new Scratch(this);
    }

    /**
     * Leftmost-first search from {@code from} (a position inside the region). On a match fills
     * {@code slots} (start/end of group 0, 1, ...; -1 when a group did not take part; only
     * {@code slots.length / 2} groups are wanted) and returns true.
     */
    public boolean search(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        Dfas d = dfas();
        if (d.forward != null) {
            int r = dfaSearch(d, in, from, anchor, slots, scratch);
            if (r != LazyDfa.GAVE_UP) {
                return r > 0;
            }
            fallbacks.incrementAndGet();
        }
        return pikeSearch(in, from, anchor, slots, scratch);
    }

    /** Returns 1 (match, slots filled), 0 (no match) or {@link LazyDfa#GAVE_UP}. */
    private int dfaSearch(Dfas d, SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        if (scratch.fwd == null) {
            scratch.fwd = d.forward.newScratch();
            scratch.rev = d.reverse.newScratch();
        }
        int end = d.forward.searchForward(in, from, anchor, scratch.fwd);
        if (end == LazyDfa.GAVE_UP) {
            return LazyDfa.GAVE_UP;
        }
        scratch.hitEnd = scratch.fwd.hitEnd;
        scratch.requireEnd = false;
        scratch.pendingIn = null;
        if (end == LazyDfa.NO_MATCH) {
            return 0;
        }
        int start = from;
        if (anchor == Anchor.UNANCHORED) {
            start = d.reverse.searchReverse(in, from, end, scratch.rev);
            if (start < 0) {
                if (start == LazyDfa.NO_MATCH) {
                    inconsistencies.incrementAndGet(); // the forward DFA saw a match: a bug, kept safe
                }
                return LazyDfa.GAVE_UP;
            }
        }
        boolean nearEnd = end >= in.regionEnd - 2;
        if (slots.length > 2) {
            if (!pikeVM.search(in, start, end, Anchor.BOTH, slots, scratch.pike)) {
                inconsistencies.incrementAndGet(); // cannot happen if the DFAs are right; stay correct
                return LazyDfa.GAVE_UP;
            }
            scratch.requireEnd = nearEnd && scratch.pike.requireEnd();
        } else {
            if (slots.length > 0) {
                slots[0] = start;
                if (slots.length > 1) {
                    slots[1] = end;
                }
            }
            if (nearEnd) {
                scratch.pendingIn = in;
                scratch.pendingStart = start;
                scratch.pendingEnd = end;
            }
        }
        return 1;
    }

    private boolean pikeSearch(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        PikeVM.Cache cache = scratch.pike;
        boolean found = pikeVM.search(in, from, anchor, slots, cache);
        scratch.hitEnd = cache.hitEnd();
        scratch.requireEnd = found && cache.requireEnd();
        scratch.pendingIn = null;
        return found;
    }

    /** Per-Matcher mutable state: engine caches and what the last search observed. */
    public static final class Scratch {
        private final Strategy owner;
        final PikeVM.Cache pike;
        /** Created on the first DFA search. */
        LazyDfa.Scratch fwd;
        LazyDfa.Scratch rev;
        boolean hitEnd;
        boolean requireEnd;
        /** Non-null when require-end is still to be computed by a Pike VM run on this span. */
        private SearchInput pendingIn;
        private int pendingStart;
        private int pendingEnd;
        private int[] flagSlots;

        Scratch(Strategy owner) {
            this.owner = owner;
            this.pike = owner.pikeVM.newCache();
        }

        /** Whether the last search read (or asserted) at the end of the input/region. */
        public boolean hitEnd() {
            return hitEnd;
        }

        /** Whether more input could have turned the last positive result into a negative one. */
        public boolean requireEnd() {
            if (pendingIn != null) {
                if (flagSlots == null) {
                    flagSlots = new int[2];
                }
                boolean found = owner.pikeVM.search(pendingIn, pendingStart, pendingEnd, Anchor.BOTH, flagSlots, pike);
                requireEnd = found && pike.requireEnd();
                pendingIn = null;
            }
            return requireEnd;
        }

        /** Work counted so far (Pike VM instructions and threads, DFA units and closure steps), for linearity tests. */
        public long steps() {
            return pike.steps() + (fwd == null ? 0 : fwd.steps()) + (rev == null ? 0 : rev.steps());
        }

        /** Work counted so far by the DFAs only. */
        public long dfaSteps() {
            return (fwd == null ? 0 : fwd.steps()) + (rev == null ? 0 : rev.steps());
        }
    }
}
