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
 * Patterns with lookarounds run on the Pike VM only, reading each lookaround from the
 * {@link LookTables} of the input (kept in the Scratch across searches on the same input), and
 * recover groups set inside lookarounds with {@link LookCaptures}.
 *
 * <p>{@link Scratch#hitEnd()} and {@link Scratch#requireEnd()} are the Pike VM's answers, which
 * follow java.util.regex's: what the search examined at the end of the input before it settled on
 * its result, in priority order. After a DFA search they are computed on first request by a Pike
 * VM run of the same search, so only callers who ask pay for them. Such a deferred run reads the
 * text again: a caller that mutated its CharSequence in between gets the flags for the new content.
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
                if (d == null && program.hasLooks()) {
                    d = Dfas.NONE; // lookarounds run on the Pike VM with their tables
                    dfas = d;
                } else if (d == null) {
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
     * on the DFAs' span) and the Pike VM's full answer was used. Always 0 unless there is a bug
     * or the input's content changed during a search; tests assert it.
     */
    public long inconsistencies() {
        return inconsistencies.get();
    }

    /** The DFA cache budget of each direction (forward, reverse), in bytes. */
    public long dfaCacheBudget() {
        return dfaCacheBytes;
    }

    /**
     * Bytes the DFA caches of both directions account for now (at most twice
     * {@link #dfaCacheBudget()}); 0 before the first search. Does not build the DFAs.
     */
    public long dfaBytesUsed() {
        Dfas d = dfas;
        return d == null || d.forward == null ? 0 : d.forward.memoryBytes() + d.reverse.memoryBytes();
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
        scratch.begin();
        Dfas d = dfas();
        // The DFAs start every attempt with the pair-midpoint guard; a search that itself starts
        // mid-pair (after an empty match) is exempt from it, which only the Pike VM models.
        boolean midpointStart = program.start != program.startAtFrom && Assertions.isPairMidpoint(in.text, from);
        if (d.forward != null && !midpointStart) {
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
            scratch.fwd.budget = scratch.budget;
            scratch.rev.budget = scratch.budget;
        }
        int end = d.forward.searchForward(in, from, anchor, scratch.fwd);
        if (end == LazyDfa.GAVE_UP) {
            return LazyDfa.GAVE_UP;
        }
        scratch.defer(in, from, anchor);
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
        if (slots.length > 2) {
            if (!pikeVM.search(in, start, end, Anchor.BOTH, slots, scratch.pike)) {
                inconsistencies.incrementAndGet(); // cannot happen if the DFAs are right; stay correct
                return LazyDfa.GAVE_UP;
            }
        } else if (slots.length > 0) {
            slots[0] = start;
            if (slots.length > 1) {
                slots[1] = end;
            }
        }
        return 1;
    }

    private boolean pikeSearch(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        PikeVM.Cache cache = scratch.pike;
        boolean found;
        if (program.hasLooks()) {
            cache.looks = scratch.lookTables(in);
            try {
                found = pikeVM.search(in, from, anchor, slots, cache);
                if (found && slots.length > 2 && program.captureLooks.length > 0) {
                    LookCaptures.recover(program, cache.matchSlots.clone(), slots, cache.looks);
                }
            } catch (RuntimeException e) {
                scratch.lookTables = null; // an abort may leave a table pass half done
                throw e;
            }
        } else {
            found = pikeVM.search(in, from, anchor, slots, cache);
        }
        scratch.hitEnd = cache.hitEnd();
        scratch.requireEnd = cache.requireEnd(); // as the JDK: meaningful after a match, reported as computed
        scratch.deferredIn = null;
        return found;
    }

    /**
     * Per-Matcher mutable state: engine caches, what the last search observed, and the
     * {@link Budget} every engine of a search ticks. A search that throws (a limit, or the input's
     * own exception) leaves nothing the next search reads: each engine resets its part on entry.
     */
    public static final class Scratch {
        private final Strategy owner;
        final PikeVM.Cache pike;
        /** Created on the first DFA search. */
        LazyDfa.Scratch fwd;
        LazyDfa.Scratch rev;
        boolean hitEnd;
        boolean requireEnd;
        /** Non-null when hitEnd/requireEnd are still to be computed by a Pike VM run of this search. */
        private SearchInput deferredIn;
        private int deferredFrom;
        private Anchor deferredAnchor;
        private int[] flagSlots;
        /** Lookaround tables for the input of the last search (kept while the input is the same). */
        LookTables lookTables;
        private long lookSteps;
        /** The limits of every search made with this scratch, shared by all its engines. */
        private final Budget budget = new Budget();

        Scratch(Strategy owner) {
            this.owner = owner;
            this.pike = owner.pikeVM.newCache();
            this.pike.budget = budget;
        }

        /** The checker of this scratch's search limits ({@link Budget#configure} sets them). */
        public Budget budget() {
            return budget;
        }

        /** A search starts: limits start again, and nothing of an earlier (perhaps aborted) search is deferred. */
        void begin() {
            budget.begin();
            deferredIn = null;
        }

        void defer(SearchInput in, int from, Anchor anchor) {
            deferredIn = in;
            deferredFrom = from;
            deferredAnchor = anchor;
        }

        private void resolve() {
            if (deferredIn != null) {
                if (flagSlots == null) {
                    flagSlots = new int[2];
                }
                budget.begin(); // a search of its own, with its own limits
                owner.pikeSearch(deferredIn, deferredFrom, deferredAnchor, flagSlots, this);
            }
        }

        LookTables lookTables(SearchInput in) {
            if (lookTables == null || lookTables.in != in || lookTables.textLength != in.text.length()) {
                if (lookTables != null) {
                    lookSteps += lookTables.steps();
                }
                lookTables = new LookTables(in, owner.program.looks, budget);
            }
            return lookTables;
        }

        /** Whether the last search read (or asserted) at the end of the input/region. */
        public boolean hitEnd() {
            resolve();
            return hitEnd;
        }

        /** Whether more input could have turned the last positive result into a negative one. */
        public boolean requireEnd() {
            resolve();
            return requireEnd;
        }

        /** Work counted so far (Pike VM instructions and threads, DFA units and closure steps), for linearity tests. */
        public long steps() {
            return pike.steps() + (fwd == null ? 0 : fwd.steps()) + (rev == null ? 0 : rev.steps())
                    + lookSteps + (lookTables == null ? 0 : lookTables.steps());
        }

        /** Work counted so far by the DFAs only. */
        public long dfaSteps() {
            return (fwd == null ? 0 : fwd.steps()) + (rev == null ? 0 : rev.steps());
        }
    }
}
