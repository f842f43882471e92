package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A lazy DFA (hybrid NFA/DFA): subset construction done on demand during the search, states and
 * transitions kept in a bounded cache shared by all threads (see {@link DfaCache}). Design after
 * RE2's {@code dfa.cc} (Russ Cox, "Regular Expression Matching in the Wild") and
 * regex-automata's {@code hybrid} module; our own code.
 *
 * <p>Two modes over the same machinery:
 * <ul>
 *   <li><b>forward, leftmost-first</b> ({@link #forward}): finds where the match the
 *       {@link PikeVM} would report <em>ends</em>. States keep their NFA threads in priority
 *       order; the closure is walked in the Pike VM's order, and a MATCH cuts the
 *       lower-priority threads exactly as the Pike VM does, including the restart thread of an
 *       unanchored search. The scan continues after a match while higher-priority threads live,
 *       and stops at a dead state.</li>
 *   <li><b>reverse, all matches</b> ({@link #reverse}): runs the reversed program (see
 *       {@code nfa.ReverseProgram}) backwards from a known match end and reports the smallest
 *       position at which the pattern matches up to that end. That is the Pike VM's start:
 *       leftmost-first threads from earlier starts outrank later ones, so the reported match
 *       starts at the smallest position from which any match exists, and some match from there
 *       ends at the forward DFA's end.</li>
 * </ul>
 *
 * <p>Assertions are decided from the units on both sides of a position (see {@link DfaLook});
 * positions near the region's edges are decided exactly on the real input, and their
 * transitions are taken from the cache only where that exact answer is the interior one. A search returns {@link #GAVE_UP} when it <em>quits</em> (a
 * {@code \b} next to a surrogate or a base-less non-spacing mark) or <em>gives up</em> (the cache
 * was cleared at least {@link #MIN_CLEARS} times in this search while fewer than
 * {@link #MIN_UNITS_PER_STATE} units were scanned per state built, the heuristic of RE2 and
 * regex-automata: at that rate the Pike VM is faster). The caller then runs the Pike VM.
 *
 * <p>The cache budget per direction defaults to {@link #DEFAULT_CACHE_BYTES} and can be set with
 * the system property {@code linrex.dfaCacheBytes} (read when a pattern is compiled). If fewer
 * than {@link #MIN_STATES} states of maximal size fit, no DFA is built and the pattern always
 * uses the Pike VM.
 */
public final class LazyDfa {
    /** 2 MiB per direction. */
    public static final long DEFAULT_CACHE_BYTES = 2L << 20;
    static final int MIN_STATES = 8;
    static final int MIN_CLEARS = 3;
    static final int MIN_UNITS_PER_STATE = 10;
    /** Clears one transition may go through before giving up (only reachable under heavy contention). */
    static final int MAX_ATTEMPTS = 16;

    /** Search result: no match. */
    public static final int NO_MATCH = -1;
    /** Search result: the DFA quit or gave up; run another engine. */
    public static final int GAVE_UP = -2;

    private static final DfaState DEAD = DfaCache.DEAD;
    private static final DfaState DEAD_MATCH = DfaCache.DEAD_MATCH;
    private static final DfaState QUIT = DfaCache.QUIT;
    private static final DfaState GIVE_UP = DfaCache.GIVE_UP;

    private final Program prog;
    private final boolean reverse;
    private final UnitClasses classes;
    /** {@code classes.latin1()}, kept here so the scan loops start with one load fewer. */
    private final char[] latin;
    /** The tag of empty-state entries the forward scan notes in place: none (1) when a {@link #skip} must look at them. */
    private final int emptyTag;
    private final DfaLook look;
    /** Masked info per unit class. */
    private final int[] classInfo;
    private final boolean hasLook;
    private final DfaCache cache;
    private final int startStride;
    /** The fewest units a match consumes ({@link MinUnits}); forward DFAs only, else 0. */
    private final int minUnits;
    /** Skips positions no match can start at while the unanchored search has no thread; null if not worth it. */
    private final StartSkip skip;

    private final AtomicLong quits = new AtomicLong();
    private final AtomicLong gaveUps = new AtomicLong();
    /**
     * Closure working sets a search has finished with, for the next search that must compute a
     * transition: a Matcher made for one call then allocates none (transitions at the input's
     * edges are never cached, so nearly every search of a pattern with assertions computes one).
     * Taken with getAndSet, so a set is used by one search at a time; a race only allocates.
     */
    private final AtomicReference<int[][]> spareSets = new AtomicReference<>();

    private LazyDfa(Program prog, boolean reverse, UnitClasses classes, DfaLook look, long budget) {
        this.prog = prog;
        this.reverse = reverse;
        this.classes = classes;
        this.look = look;
        this.hasLook = look.hasAssertions();
        this.classInfo = new int[classes.count()];
        for (int c = 0; c < classInfo.length; c++) {
            classInfo[c] = DfaLook.info(classes.representative(c)) & look.relevant;
        }
        this.startStride = look.relevant + 1;
        this.cache = new DfaCache(budget, classes.count(), 3 * startStride);
        this.minUnits = reverse ? 0 : MinUnits.of(prog);
        this.skip = reverse ? null : StartSkip.of(prog, minUnits);
        this.latin = classes.latin1();
        this.emptyTag = skip != null ? 1 : DfaCache.SPECIAL | DfaCache.EMPTY;
    }

    /** The fewest code units a match consumes (0 if it may be empty); forward DFAs only. */
    public int minUnits() {
        return minUnits;
    }

    public static long configuredCacheBytes() {
        return Long.getLong("linrex.dfaCacheBytes", DEFAULT_CACHE_BYTES);
    }

    /**
     * The alphabet for {@code fwd} and its reverse: every RANGE/CLASS set plus the unit sets its
     * assertions read.
     */
    static UnitClasses alphabet(Program fwd, DfaLook look) {
        UnitClasses.Builder b = new UnitClasses.Builder();
        Set<Long> ranges = new HashSet<>();
        // Copies of one set (a repeated class) share their range arrays: each is added once. A
        // DISPATCH's partition depends only on its ranges and which of them share a target, which
        // is the same for every copy the compiler made of one set.
        Set<char[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int pc = 0; pc < fwd.size(); pc++) {
            if (fwd.op[pc] == Program.RANGE) {
                if (ranges.add(((long) fwd.arg[pc] << 32) | fwd.arg2[pc])) {
                    b.addRange((char) fwd.arg[pc], (char) fwd.arg2[pc]);
                }
            } else if (fwd.op[pc] == Program.CLASS && seen.add(fwd.classes[fwd.arg[pc]])) {
                b.add(fwd.classes[fwd.arg[pc]]);
            } else if (fwd.op[pc] == Program.DISPATCH && seen.add(fwd.classes[fwd.arg[pc]])) {
                UnitClasses.addDispatch(b, fwd.classes[fwd.arg[pc]], fwd.targets[fwd.arg[pc]]);
            }
        }
        look.addSetsTo(b);
        return b.build();
    }

    /** The forward DFA of {@code prog}, or null if the budget is too small for it. */
    public static LazyDfa forward(Program prog, long budget) {
        DfaLook look = new DfaLook(prog);
        return make(prog, false, alphabet(prog, look), look, budget);
    }

    /**
     * The reverse DFA for this forward DFA's program ({@code rev} is its reverse, see
     * {@code nfa.ReverseProgram}), sharing the alphabet and budget; null if the budget is too
     * small for it.
     */
    public LazyDfa reverse(Program rev) {
        if (reverse) {
            throw new IllegalStateException("already a reverse DFA");
        }
        return make(rev, true, classes, look, cache.budget);
    }

    private static LazyDfa make(Program prog, boolean reverse, UnitClasses classes, DfaLook look, long budget) {
        LazyDfa dfa = new LazyDfa(prog, reverse, classes, look, budget);
        long need = dfa.cache.generationBytes() + DfaCache.SENTINEL_ROWS * dfa.cache.rowBytes()
                + MIN_STATES * (dfa.cache.stateBytes(prog.size()) + dfa.cache.rowBytes());
        return need <= budget ? dfa : null;
    }

    public Scratch newScratch() {
        return newScratch(new Budget());
    }

    /** A scratch whose searches tick {@code budget} (a {@link Strategy.Scratch}'s, shared by its engines). */
    Scratch newScratch(Budget budget) {
        return newScratch(budget, new Assertions.BaseCharMemo());
    }

    /** As {@link #newScratch(Budget)}, sharing {@code memo} with the other engines of the same owner. */
    Scratch newScratch(Budget budget, Assertions.BaseCharMemo memo) {
        Scratch sc = new Scratch(prog.size(), memo);
        sc.budget = budget;
        return sc;
    }

    /**
     * Leftmost-first search from {@code from}: the end of the match the Pike VM would report
     * for the same arguments, {@link #NO_MATCH}, or {@link #GAVE_UP}. Forward DFAs only.
     */
    public int searchForward(SearchInput in, int from, Anchor anchor, Scratch sc) {
        try {
            return runForward(in, from, anchor, false, sc);
        } finally {
            sc.releaseSets(spareSets);
        }
    }

    /**
     * Whether a match exists from {@code from}: the end of the <em>first</em> match the scan
     * meets (not the leftmost-first one), {@link #NO_MATCH}, or {@link #GAVE_UP}. The scan stops
     * there, so it reads only up to the earliest match end. Forward DFAs only.
     */
    public int searchEarliest(SearchInput in, int from, Anchor anchor, Scratch sc) {
        try {
            return runForward(in, from, anchor, true, sc);
        } finally {
            sc.releaseSets(spareSets);
        }
    }

    private int runForward(SearchInput in, int from, Anchor anchor, boolean earliest, Scratch sc) {
        final CharSequence text = in.text;
        final int end = in.regionEnd;
        // Transitions at positions in [lo, hi) are decided by unit classes and cached.
        final int lo = hasLook ? in.regionStart + 1 : Integer.MIN_VALUE;
        final int hi = hasLook ? end - 2 : end;
        sc.begin(from);
        int kind = anchor == Anchor.UNANCHORED ? 0 : anchor == Anchor.START ? 1 : 2;
        int info = from > in.regionStart ? classInfo[classes.classOf(text.charAt(from - 1))] : 0;
        DfaState s = startState(kind, info, sc);
        if (s == GIVE_UP) {
            return gaveUp(sc, 0);
        }
        int last = NO_MATCH;
        int p = from;
        final Budget budget = sc.budget;
        if (s.empty && skip != null && p >= lo && p < hi) {
            int q = skipTo(text, p, hi, budget, sc);
            if (q > p) {
                s = startState(0, classInfo[classes.classOf(text.charAt(q - 1))], sc);
                if (s == GIVE_UP) {
                    return gaveUp(sc, q - from);
                }
                p = q;
                sc.lastEmpty = q;
            }
        }
        while (p < end) {
            if (p >= lo && p < hi) {
                // The fast path: interior positions, cached transitions (see scanForward).
                final DfaCache.Generation g = s.gen;
                int q = scanForward(text, p, hi, s.row, g.table, earliest, sc);
                int x = sc.scanEntry;
                if (sc.scanLast >= 0) {
                    last = sc.scanLast;
                }
                if (x < 0 && (x & DfaCache.LOOK) != 0 && DfaCache.isDead(x)) {
                    budget.tick();
                    if ((x & DfaCache.MATCH) != 0) {
                        last = q;
                    }
                    sc.steps += q - from + 1;
                    return last;
                }
                if (earliest && x < 0 && (x & (DfaCache.MATCH | DfaCache.LOOK)) == DfaCache.MATCH) {
                    budget.tick();
                    sc.steps += q - from + 1;
                    return q;
                }
                s = g.stateOf(sc.scanRow);
                p = q;
                if (p >= end) {
                    break;
                }
            }
            budget.tick();
            char c = text.charAt(p);
            DfaState n = step(s, c, p, lo, hi, in, sc);
            if (n.special) {
                if (n.gen == null && (n == QUIT || n == GIVE_UP)) {
                    return n == QUIT ? quit(sc, p - from) : gaveUp(sc, p - from);
                }
                if (n.isMatch()) {
                    last = p;
                    if (earliest) {
                        sc.steps += p - from + 1;
                        return last;
                    }
                }
                if (n.dead) {
                    sc.steps += p - from + 1;
                    return last;
                }
                if (n.empty) {
                    // No thread alive: every match starts at p + 1 or later, and (with a skip) no
                    // earlier than the next unit a match can begin with.
                    sc.lastEmpty = p + 1;
                    if (skip != null && p + 1 >= lo && p + 1 < hi) {
                        int q = skipTo(text, p + 1, hi, budget, sc);
                        if (q > p + 1) {
                            n = startState(0, classInfo[classes.classOf(text.charAt(q - 1))], sc);
                            if (n == GIVE_UP) {
                                return gaveUp(sc, q - from);
                            }
                            p = q - 1;
                            sc.lastEmpty = q;
                        }
                    }
                }
            }
            s = n;
            p++;
        }
        sc.steps += p - from;
        if (atEnd(s, end, in, sc)) {
            last = end;
        }
        return last;
    }

    /**
     * The forward scan loop over cached transitions: from row {@code cur} of {@code table} at
     * position {@code q} (interior, below {@code hi}), one table load per unit while entries
     * are positive. Match states (unless {@code earliest}) and, without a skip, empty states are
     * noted in place ({@code sc.scanLast}, {@code sc.lastEmpty}) and the scan goes on. Returns
     * the position it stopped at, with the row of the state there in {@code sc.scanRow} and, if
     * it stopped on an entry it does not take ({@code hi} not reached), that entry in
     * {@code sc.scanEntry} (else 1). The units taken are charged to the budget in blocks, each
     * at most the budget's credit, so limits are checked as often as with a tick per unit. Its
     * own small method so that the JIT compiles this loop alone, whatever else the search
     * does.
     */
    private int scanForward(CharSequence text, int q, int hi, int cur, int[] table, boolean earliest, Scratch sc) {
        final UnitClasses classes = this.classes;
        final char[] latin = this.latin;
        final Budget budget = sc.budget;
        // The tags of entries noted in place (1: none, as every tag has the sign bit).
        final int emptyTag = this.emptyTag;
        final int matchTag = earliest ? 1 : DfaCache.SPECIAL | DfaCache.MATCH;
        int last = -1;
        int lastEmpty = -1;
        int x = 1;
        while (q < hi) {
            int blockEnd = q + (int) Math.min(hi - q, Math.max(1, budget.credit()));
            int q0 = q;
            while (q < blockEnd) {
                char c = text.charAt(q);
                x = table[cur + (c < 256 ? latin[c] : classes.classOf(c))];
                if (x <= 0) {
                    int tag = x & DfaCache.TAGS;
                    if (tag == emptyTag) {
                        lastEmpty = q + 1;
                    } else if (tag == matchTag) {
                        last = q;
                    } else {
                        break;
                    }
                    x &= DfaCache.ROW_MASK;
                }
                cur = x;
                q++;
            }
            budget.charge(q - q0);
            if (q < blockEnd) {
                break;
            }
            x = 1;
        }
        if (lastEmpty >= 0) {
            sc.lastEmpty = lastEmpty;
        }
        sc.scanRow = cur;
        sc.scanEntry = x;
        sc.scanLast = last;
        return q;
    }

    /**
     * {@link #scanForward} backwards: from position {@code q} down to {@code floor} (exclusive),
     * reading the unit before each position. Reverse states are never empty; match states are
     * noted unless {@code earliest}.
     */
    private int scanReverse(CharSequence text, int q, int floor, int cur, int[] table, boolean earliest, Scratch sc) {
        final UnitClasses classes = this.classes;
        final char[] latin = this.latin;
        final Budget budget = sc.budget;
        final int matchTag = earliest ? 1 : DfaCache.SPECIAL | DfaCache.MATCH;
        int last = -1;
        int x = 1;
        while (q > floor) {
            int blockEnd = q - (int) Math.min(q - floor, Math.max(1, budget.credit()));
            int q0 = q;
            while (q > blockEnd) {
                char c = text.charAt(q - 1);
                x = table[cur + (c < 256 ? latin[c] : classes.classOf(c))];
                if (x <= 0) {
                    if ((x & DfaCache.TAGS) != matchTag) {
                        break;
                    }
                    last = q;
                    x &= DfaCache.ROW_MASK;
                }
                cur = x;
                q--;
            }
            budget.charge(q0 - q);
            if (q > blockEnd) {
                break;
            }
            x = 1;
        }
        sc.scanRow = cur;
        sc.scanEntry = x;
        sc.scanLast = last;
        return q;
    }

    /**
     * Unanchored scan from {@code from} for the first position {@code p > from} at which no
     * attempt that started before {@code p} has a thread left (the state after {@code text[p - 1]}
     * is empty): every match starting in {@code [from, p)} ends by {@code p}. Returns that
     * {@code p}, the region end if there is none before it, or {@link #GAVE_UP}. For a program
     * without MATCH ({@code nfa.RelaxedProgram}), whose states never cut threads off; forward
     * DFAs only. The caller must not start at the midpoint of a surrogate pair (every attempt
     * here begins with the pair guard).
     */
    public int nextEmpty(SearchInput in, int from, Scratch sc) {
        try {
            return runNextEmpty(in, from, sc);
        } finally {
            sc.releaseSets(spareSets);
        }
    }

    /**
     * The state after {@code s} reads unit {@code c} at {@code p}: its cached transition inside
     * {@code [lo, hi)}, where no assertion can see a region edge, else the edge-aware step.
     */
    private DfaState step(DfaState s, char c, int p, int lo, int hi, SearchInput in, Scratch sc) {
        int cls = classes.classOf(c);
        if (p >= lo && p < hi) {
            DfaState n = s.gen.next(s, cls);
            return n != null ? n : computeNext(s, cls, c, p, in, true, sc);
        }
        return edgeNext(s, cls, c, p, in, sc);
    }

    private int runNextEmpty(SearchInput in, int from, Scratch sc) {
        final CharSequence text = in.text;
        final int end = in.regionEnd;
        final int lo = hasLook ? in.regionStart + 1 : Integer.MIN_VALUE;
        final int hi = hasLook ? end - 2 : end;
        sc.begin(from);
        int info = from > in.regionStart ? classInfo[classes.classOf(text.charAt(from - 1))] : 0;
        DfaState s = startState(0, info, sc);
        if (s == GIVE_UP) {
            return gaveUp(sc, 0);
        }
        final Budget budget = sc.budget;
        int p = from;
        while (p < end) {
            budget.tick();
            char c = text.charAt(p);
            DfaState n = step(s, c, p, lo, hi, in, sc);
            if (n.special) {
                if (n.gen == null && (n == QUIT || n == GIVE_UP)) {
                    return n == QUIT ? quit(sc, p - from) : gaveUp(sc, p - from);
                }
                if (n.empty || n.dead) {
                    sc.steps += p - from + 1;
                    return p + 1;
                }
            }
            s = n;
            p++;
        }
        sc.steps += p - from;
        return end;
    }

    /**
     * The smallest position {@code p >= from} such that the pattern matches {@code text[p, end)}
     * (in the context of the whole input), {@link #NO_MATCH}, or {@link #GAVE_UP}. Reverse DFAs
     * only.
     */
    public int searchReverse(SearchInput in, int from, int end, Scratch sc) {
        try {
            return runReverse(in, from, end, false, sc);
        } finally {
            sc.releaseSets(spareSets);
        }
    }

    /**
     * The <em>largest</em> position {@code p >= from} such that the pattern matches
     * {@code text[p, end)} (the first match the backward scan meets, where it stops),
     * {@link #NO_MATCH}, or {@link #GAVE_UP}. Reverse DFAs only.
     */
    public int searchReverseEarliest(SearchInput in, int from, int end, Scratch sc) {
        try {
            return runReverse(in, from, end, true, sc);
        } finally {
            sc.releaseSets(spareSets);
        }
    }

    private int runReverse(SearchInput in, int from, int end, boolean earliest, Scratch sc) {
        final CharSequence text = in.text;
        // The transition at position p reads text[p - 1]; positions in [lo, hi) are cached.
        final int lo = hasLook ? in.regionStart + 1 : Integer.MIN_VALUE;
        final int hi = hasLook ? in.regionEnd - 2 : Integer.MAX_VALUE;
        sc.begin(end);
        int info = end < in.regionEnd ? classInfo[classes.classOf(text.charAt(end))] : 0;
        DfaState s = startState(0, info, sc);
        if (s == GIVE_UP) {
            return gaveUp(sc, 0);
        }
        int last = NO_MATCH;
        int p = end;
        final Budget budget = sc.budget;
        final int floor = hasLook ? Math.max(from, lo - 1) : from;
        while (p > from) {
            if (p > floor && p < hi) {
                // The fast path, as in runForward (see scanReverse).
                final DfaCache.Generation g = s.gen;
                int q = scanReverse(text, p, floor, s.row, g.table, earliest, sc);
                int x = sc.scanEntry;
                if (sc.scanLast >= 0) {
                    last = sc.scanLast;
                }
                if (x < 0 && (x & DfaCache.LOOK) != 0 && DfaCache.isDead(x)) {
                    budget.tick();
                    if ((x & DfaCache.MATCH) != 0) {
                        last = q;
                    }
                    sc.steps += end - q + 1;
                    return last;
                }
                if (earliest && x < 0 && (x & (DfaCache.MATCH | DfaCache.LOOK)) == DfaCache.MATCH) {
                    budget.tick();
                    sc.steps += end - q + 1;
                    return q;
                }
                s = g.stateOf(sc.scanRow);
                p = q;
                if (p <= from) {
                    break;
                }
            }
            budget.tick();
            char c = text.charAt(p - 1);
            DfaState n = step(s, c, p, lo, hi, in, sc);
            if (n.special) {
                if (n.gen == null && (n == QUIT || n == GIVE_UP)) {
                    return n == QUIT ? quit(sc, end - p) : gaveUp(sc, end - p);
                }
                if (n.isMatch()) {
                    last = p;
                    if (earliest) {
                        sc.steps += end - p + 1;
                        return last;
                    }
                }
                if (n.dead) {
                    sc.steps += end - p + 1;
                    return last;
                }
            }
            s = n;
            p--;
        }
        sc.steps += end - p;
        if (from >= lo && from < hi && from > 0) {
            // An interior search start: whether a match starts there is the MATCH flag of the
            // (cached) transition on the unit before it, exactly as for the positions above;
            // no uncached end-of-input closure per search.
            char c = text.charAt(from - 1);
            int cls = classes.classOf(c);
            DfaState n = s.gen.next(s, cls);
            if (n == null) {
                n = computeNext(s, cls, c, from, in, true, sc);
            }
            if (!(n.gen == null && (n == QUIT || n == GIVE_UP))) {
                return n.isMatch() ? from : last;
            }
        }
        if (atEnd(s, from, in, sc)) {
            last = from;
        }
        return last;
    }

    /**
     * The transition of {@code s} on unit {@code c} (class {@code cls}) at a position {@code p}
     * that is not interior (next to a region edge): the cached interior transition when the
     * assertions that hold at {@code p} on the real input are exactly those {@link DfaLook#interior}
     * gives for the same two units (then the closure, and so the transition, is the same), else one
     * computed from the real input and not cached. Without this every search would compute a
     * closure over all its threads at its first position and its last two, whose cost grows with
     * the state (an unanchored {@code \p{L}{256}} has up to 256 threads per state).
     */
    private DfaState edgeNext(DfaState s, int cls, char c, int p, SearchInput in, Scratch sc) {
        int left = reverse ? classInfo[cls] : s.info();
        int right = reverse ? s.info() : classInfo[cls];
        int x = look.interior(left, right);
        int exact = look.exact(in, p, sc.memo);
        if (x >>> 16 == 0 && exact == x) {
            sc.edgeHits++;
            DfaState n = s.gen.next(s, cls);
            return n != null ? n : computeNext(s, cls, c, p, in, true, sc);
        }
        // Not the interior transition (^ at the region start, $ at its end): still a function of
        // the class and of the exact look-set, remembered for the last such pair (the next search
        // of the same pattern usually starts at the same kind of edge).
        DfaState.EdgeStep e = s.edge;
        if (e != null && e.cls() == cls && e.holds() == exact) {
            sc.edgeHits++;
            return e.next();
        }
        DfaState n = computeNext(s, cls, c, p, in, false, sc);
        if (s.gen != null && (n.gen == s.gen || n == DEAD || n == DEAD_MATCH)) {
            s.edge = new DfaState.EdgeStep(cls, exact, n);
        }
        return n;
    }

    /** The next position in {@code [p, hi)} a match can start at, or {@code hi}; the scan is charged to the budget. */
    private int skipTo(CharSequence text, int p, int hi, Budget budget, Scratch sc) {
        int q = skip.next(text, p, hi);
        if (q < 0) {
            q = hi;
        }
        budget.charge(q - p);
        sc.skipped += q - p;
        return q;
    }

    private int quit(Scratch sc, int scanned) {
        sc.steps += scanned;
        quits.incrementAndGet();
        return GAVE_UP;
    }

    private int gaveUp(Scratch sc, int scanned) {
        sc.steps += scanned;
        gaveUps.incrementAndGet();
        return GAVE_UP;
    }

    // ---- state construction ----------------------------------------------------------------

    private DfaState startState(int kind, int info, Scratch sc) {
        int idx = kind * startStride + info;
        int flags = info | (kind == 0 && !reverse ? DfaState.RESTART : 0) | (kind == 2 ? DfaState.BOTH : 0);
        while (true) {
            DfaCache.Generation g = cache.current();
            DfaState st = g.starts[idx];
            if (st != null) {
                return st; // the common case: no key is built
            }
            int[] pcs = kind == 0 && !reverse ? new int[0] : new int[] {prog.start};
            st = g.intern(new DfaState.Key(flags, pcs), sc);
            if (st != null) {
                g.starts[idx] = st;
                return st;
            }
            if (!onFull(g, sc, 0)) {
                return GIVE_UP;
            }
        }
    }

    /**
     * Computes the transition of {@code s} at position {@code p} on unit {@code c} (class
     * {@code cls}). If {@code cacheable}, {@code p} is interior: assertions are decided from
     * infos and the result is stored in the state's row; otherwise they are evaluated on the
     * input and nothing is stored.
     */
    private DfaState computeNext(DfaState s, int cls, char c, int p, SearchInput in, boolean cacheable, Scratch sc) {
        int holds = 0;
        int unknown = 0;
        if (hasLook && cacheable) {
            int left = reverse ? classInfo[cls] : s.info();
            int right = reverse ? s.info() : classInfo[cls];
            int x = look.interior(left, right);
            holds = x & 0xFFFF;
            unknown = x >>> 16;
        }
        DfaState sentinel = step(s, holds, unknown, cacheable ? null : in, p, c, classInfo[cls], false, sc);
        if (sentinel != null) {
            if (cacheable && s.gen == cache.current()) {
                s.gen.link(s, cls, sentinel);
            }
            return sentinel;
        }
        DfaState.Key key = new DfaState.Key(sc.keyFlags, Arrays.copyOf(sc.next.dense, sc.next.size));
        int scanned = Math.abs(p - sc.origin);
        for (int attempt = 0; ; attempt++) {
            if (attempt == MAX_ATTEMPTS) {
                return GIVE_UP; // other threads keep filling every fresh generation first
            }
            DfaCache.Generation g = cache.current();
            DfaState src = s;
            if (cacheable && s.gen != g) {
                // The cache was cleared under us: move to the current generation before caching.
                src = g.intern(new DfaState.Key(s.flags, s.pcs), sc);
            }
            if (src != null) {
                DfaState n = g.intern(key, sc);
                if (n != null) {
                    if (cacheable && src.gen == g) {
                        g.link(src, cls, n);
                    }
                    return n;
                }
            }
            if (!onFull(g, sc, scanned)) {
                return GIVE_UP;
            }
        }
    }

    /** Generation {@code g} is full: clear it; false if this search should give up instead. */
    private boolean onFull(DfaCache.Generation g, Scratch sc, int scanned) {
        if (g.size() == 0) {
            return false; // not even one state fits
        }
        cache.clear(g);
        sc.clears++;
        sc.totalClears++;
        return sc.clears < MIN_CLEARS || scanned >= (long) MIN_UNITS_PER_STATE * sc.built;
    }

    /**
     * The closure of {@code s} at position {@code p}, then one step on unit {@code c} (skipped if
     * {@code eoi}). Assertions come from look-set {@code holds}, or, if {@code exactIn} is not
     * null, from evaluating them on that input. Leaves the next state's key in
     * {@code sc.keyFlags/nextPcs} and returns null, or returns a sentinel (dead, dead after a
     * match, quit).
     */
    private DfaState step(DfaState s, int holds, int unknown, SearchInput exactIn, int p, char c, int cInfo,
                          boolean eoi, Scratch sc) {
        final int[] op = prog.op;
        final int[] out = prog.out;
        sc.ensureSets(spareSets);
        sc.clearVisited();
        sc.listLen = 0;
        for (int pc : s.pcs) {
            if (!closure(pc, holds, unknown, exactIn, p, sc)) {
                return QUIT;
            }
        }
        boolean restart = (s.flags & DfaState.RESTART) != 0;
        if (restart && !closure(prog.start, holds, unknown, exactIn, p, sc)) {
            return QUIT;
        }
        boolean both = (s.flags & DfaState.BOTH) != 0;
        boolean matched = false;
        sc.clearNext();
        final int[] list = sc.list;
        for (int i = 0, n = sc.listLen; i < n; i++) {
            int pc = list[i];
            if (op[pc] == Program.MATCH) {
                if (reverse) {
                    matched = true;
                    continue;
                }
                if (both && !eoi) {
                    continue;
                }
                matched = true;
                break; // lower-priority threads lose to this match
            }
            if (!eoi) {
                int target = prog.next(pc, c);
                if (target >= 0) {
                    sc.addNext(target);
                }
            }
        }
        sc.matched = matched;
        if (eoi) {
            return null;
        }
        boolean keepRestart = restart && !matched;
        if (sc.next.size == 0 && !keepRestart) {
            return matched ? DEAD_MATCH : DEAD;
        }
        if (reverse) {
            Arrays.sort(sc.next.dense, 0, sc.next.size);
        }
        sc.keyFlags = cInfo | (keepRestart ? DfaState.RESTART : 0) | (matched ? DfaState.MATCH : 0)
                | (s.flags & DfaState.BOTH);
        return null;
    }

    /**
     * Does a match end at the final position {@code p} (region end forward, {@code from} in
     * reverse)? A function of the state and of the assertions holding at {@code p} (evaluated
     * exactly on the input), so the answer is remembered in the state for that look-set
     * ({@link DfaState#eoi}): a search that ends on a cached state computes no closure.
     */
    private boolean atEnd(DfaState s, int p, SearchInput in, Scratch sc) {
        int holds = hasLook ? look.exact(in, p, sc.memo) : 0;
        int memo = s.eoi;
        if (memo != 0 && memo >>> 2 == holds) {
            sc.edgeHits++;
            return (memo & 2) != 0;
        }
        step(s, holds, 0, null, p, '\0', 0, true, sc);
        if (s.gen != null) {
            s.eoi = 1 | (sc.matched ? 2 : 0) | holds << 2; // one int: a racing reader sees all of it or none
        }
        return sc.matched;
    }

    /**
     * Follows non-consuming instructions from {@code pc0} in the Pike VM's priority order (depth
     * first, explicit stack), appending consuming and MATCH instructions to {@code sc.list}.
     * Assertions are looked up in {@code holds}/{@code unknown}, or evaluated on
     * {@code exactIn} at {@code p} when it is not null. Returns false if it reached an
     * assertion that cannot be decided here.
     */
    private boolean closure(int pc0, int holds, int unknown, SearchInput exactIn, int p, Scratch sc) {
        final int[] op = prog.op;
        final int[] out = prog.out;
        final int[] arg = prog.arg;
        int[] stack = sc.stack;
        int sp = 0;
        int pc = pc0;
        while (true) {
            while (pc >= 0) {
                if (!sc.visit(pc)) {
                    break;
                }
                sc.steps++;
                sc.budget.tick();
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
                            int r = Assertions.check(arg[pc], exactIn, p, sc.memo);
                            pc = (r & Assertions.HOLDS) != 0 ? out[pc] : -1;
                            break;
                        }
                        int b = DfaLook.bit(arg[pc]);
                        if ((holds & b) != 0) {
                            pc = out[pc];
                        } else if ((unknown & b) != 0) {
                            return false;
                        } else {
                            pc = -1;
                        }
                        break;
                    }
                    case Program.SAVE, Program.NOP, Program.LATCH:
                        pc = out[pc];
                        break;
                    default: // FAIL
                        pc = -1;
                        break;
                }
            }
            if (sp == 0) {
                return true;
            }
            pc = stack[--sp];
        }
    }

    // ---- observability -------------------------------------------------------------------------

    /** Bytes accounted by the cache's current generation; never more than {@link #cacheBudget()}. */
    public long memoryBytes() {
        return cache.memoryBytes();
    }

    public long cacheBudget() {
        return cache.budget;
    }

    /** The state cache itself, for tests of its accounting. */
    DfaCache cache() {
        return cache;
    }

    public long statesBuilt() {
        return cache.statesBuilt.get();
    }

    public long clears() {
        return cache.clears.get();
    }

    /** Searches that quit (undecidable {@code \b}). */
    public long quits() {
        return quits.get();
    }

    /** Searches that gave up (cache thrashing, or a state too big for the budget). */
    public long gaveUps() {
        return gaveUps.get();
    }

    public int classCount() {
        return classes.count();
    }

    /**
     * Per-thread working memory for one direction: closure sets and lists, and counters. Owned by
     * one Matcher (through {@link Strategy.Scratch}); never shared.
     */
    public static final class Scratch {
        private final int progSize;
        /** Closure working sets, allocated on the first state computation (a search over cached states needs none). */
        /** The six arrays below as taken from (and given back to) the DFA's spare slot; null between searches. */
        private int[][] sets;
        /** Instructions visited by the current closure. */
        private SparseSet visited;
        int[] list;
        int listLen;
        int[] stack;
        /** The next state's pcs, without duplicates, first occurrence first. */
        SparseSet next;
        int keyFlags;
        boolean matched;
        /** Where the last fast scan ({@code LazyDfa.scanForward/scanReverse}) stopped: the state's row, the entry not taken (1: none), the last match position noted (-1: none). */
        int scanRow;
        int scanEntry;
        int scanLast;
        /** Searches (runs of the DFA) made with this scratch. */
        long searches;
        /** Units passed over by {@link StartSkip} (also counted in {@link #steps}), over all searches. */
        long skipped;
        /** Edge positions and search ends answered from the cache (see {@code edgeNext}, {@code atEnd}), over all searches. */
        long edgeHits;
        /** Null for a program without word boundaries (nothing consults it). */
        final Assertions.BaseCharMemo memo;
        /** Units scanned plus instructions visited by closures, over all searches. */
        long steps;
        /** Checks the search's limits: the owning {@link Strategy.Scratch}'s, or a private one. */
        Budget budget;
        /** Per search: where it began, states it added, clears it went through. */
        int origin;
        int built;
        int clears;
        /**
         * Over all searches of this scratch: states added, clears gone through, and the units the
         * searches covered as their caller counts them ({@link WindowedSearch#noteDfa}), which
         * tells a find loop whose every search is short of the per-search give-up rule that the
         * cache thrashes all the same.
         */
        long totalBuilt;
        int totalClears;
        long totalUnits;
        /**
         * Forward unanchored searches: the last position at which no thread was alive (the search
         * start at first). The match found starts there or later, so the reverse search need not
         * look further back.
         */
        int lastEmpty;

        Scratch(int progSize, Assertions.BaseCharMemo memo) {
            this.progSize = progSize;
            this.memo = memo;
        }

        /** Takes the closure working sets for this search: the DFA's spare ones, or new ones. */
        void ensureSets(AtomicReference<int[][]> spare) {
            if (sets == null) {
                int[][] s = spare.getAndSet(null);
                if (s == null) {
                    s = new int[][] {new int[progSize], new int[progSize], new int[progSize],
                            new int[progSize + 1], new int[progSize], new int[progSize]};
                }
                sets = s;
                visited = new SparseSet(s[0], s[1]);
                list = s[2];
                stack = s[3];
                next = new SparseSet(s[4], s[5]);
            }
        }

        /** The search is over: hand the working sets back to the DFA (their contents are dead). */
        void releaseSets(AtomicReference<int[][]> spare) {
            if (sets != null) {
                spare.set(sets);
                sets = null;
                visited = null;
                list = null;
                stack = null;
                next = null;
            }
        }

        void begin(int origin) {
            searches++;
            this.origin = origin;
            lastEmpty = origin;
            built = 0;
            clears = 0;
            if (memo != null) {
                memo.reset();
            }
        }

        void clearVisited() {
            visited.clear();
        }

        /** Marks {@code pc} visited; false if it already was. */
        boolean visit(int pc) {
            return visited.add(pc);
        }

        void clearNext() {
            next.clear();
        }

        /** Appends {@code pc} to the next state's list unless present (first occurrence wins). */
        void addNext(int pc) {
            next.add(pc);
        }

        public long steps() {
            return steps;
        }

        public long searches() {
            return searches;
        }

        public long skipped() {
            return skipped;
        }

        /** Edge transitions and search ends answered from the cache instead of a closure on the input. */
        public long edgeHits() {
            return edgeHits;
        }
    }
}
