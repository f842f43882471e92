package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engines of a pattern set and the choice between them: the {@link SetDfa} when its budget
 * allows one, continued on the {@link SetPikeVM} from wherever the DFA gives up. Immutable and
 * thread-safe; per-search memory comes from a small pool, because a set has no Matcher to own it
 * and its scratch arrays are sized by the (possibly large) combined program.
 */
public final class SetEngine {
    /** Default DFA cache budget for a set: sets are larger than single patterns. */
    public static final long DEFAULT_CACHE_BYTES = 8L << 20;
    /** Scratch objects kept for reuse beyond this many are dropped. */
    private static final int MAX_POOLED = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final Program prog;
    private final int idCount;
    private final SetPikeVM nfa;
    private final long cacheBytes;
    private final int minUnitsPerState;
    private volatile SetDfa dfa;
    private volatile boolean dfaChecked;
    private final ConcurrentLinkedQueue<SetScratch> pool = new ConcurrentLinkedQueue<>();
    /**
     * The scratch last given back, taken first: a single-threaded caller (the common case) then
     * never touches the queue, whose every offer allocates a node (a fixed cost that showed in
     * short searches: a WAF request runs several sets).
     */
    @SuppressWarnings("unused") // accessed through LAST
    private volatile SetScratch last;
    private static final java.lang.invoke.VarHandle LAST;

    static {
        try {
            LAST = java.lang.invoke.MethodHandles.lookup().findVarHandle(SetEngine.class, "last", SetScratch.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    private final AtomicInteger pooled = new AtomicInteger();
    private final AtomicLong fallbacks = new AtomicLong();
    private final AtomicLong steps = new AtomicLong();
    private static final long WINDOW_UNITS = 1L << 16;
    private static final long SKIP_UNITS = 1L << 22;
    private final AtomicLong unitsSeen = new AtomicLong();
    private long windowStartUnits;
    private final AtomicLong workSeen = new AtomicLong();
    private long windowStartWork;
    private final AtomicLong statesSeen = new AtomicLong();
    private long windowStartStates;
    private long windowStartClears;
    private volatile long skipUntilUnits;
    /**
     * About how much of an input a search scans (work per unit of the region, averaged over
     * recent searches; racy, it only orders work): {@link SetShard} pairs parts that scan about
     * as far, so that interleaved scans overlap for as long as possible.
     */
    private volatile double scanShare = 1;

    /** {@code prog} from {@code nfa.SetCompiler}; its MATCH ids are below {@code idCount}. */
    public SetEngine(Program prog, int idCount, long cacheBytes) {
        this(prog, idCount, cacheBytes, LazyDfa.MIN_UNITS_PER_STATE);
    }

    /** As above, giving up on the DFA below {@code minUnitsPerState} units scanned per state built. */
    public SetEngine(Program prog, int idCount, long cacheBytes, int minUnitsPerState) {
        this(prog, idCount, cacheBytes, minUnitsPerState, null);
    }

    /**
     * As above; {@code owner} (see {@link SetOwners}, may be null) lets the DFA drop the
     * patterns a search has reported.
     */
    SetEngine(Program prog, int idCount, long cacheBytes, int minUnitsPerState, int[] owner) {
        this.minUnitsPerState = minUnitsPerState;
        this.prog = prog;
        this.idCount = idCount;
        this.nfa = new SetPikeVM(prog, owner);
        this.cacheBytes = cacheBytes;
    }

    public static long configuredCacheBytes() {
        return Long.getLong("linrex.setCacheBytes", DEFAULT_CACHE_BYTES);
    }

    /** The set DFA, built on first use; null if the budget is too small (Pike VM only). */
    public SetDfa dfa() {
        if (!dfaChecked) {
            synchronized (this) {
                if (!dfaChecked) {
                    dfa = SetDfa.of(prog, nfa, cacheBytes);
                    dfaChecked = true;
                }
            }
        }
        return dfa;
    }

    /**
     * Which ids match somewhere in {@code in}'s region, stopping once {@code want} have matched:
     * a bit per id ({@code long} words).
     */
    public long[] search(SearchInput in, int want) {
        SetScratch sc = take();
        try {
            run(in, want, sc, false);
            return sc.bits();
        } finally {
            give(sc);
        }
    }

    /** As {@link #search}, ascending ids. */
    public int[] searchIds(SearchInput in, int want) {
        SetScratch sc = take();
        try {
            run(in, want, sc, false);
            return sc.ids();
        } finally {
            give(sc);
        }
    }

    /**
     * Runs the search in {@code sc}. With {@code dfaOnly}, a search the DFA gives up on (or
     * skips, see {@link #thrashing}) returns false with the ids found so far; otherwise it
     * continues on the Pike VM and always completes.
     */
    boolean run(SearchInput in, int want, SetScratch sc, boolean dfaOnly) {
        long before = sc.steps;
        sc.begin(want);
        boolean complete = true;
        if (want > 0) {
            SetDfa d = dfa();
            if (d == null || (dfaOnly && thrashing())) {
                if (dfaOnly) {
                    complete = false;
                } else {
                    nfa.search(in, sc);
                }
            } else {
                long built = d.statesBuilt();
                int at = d.search(in, sc, minUnitsPerState);
                account(d, in.regionEnd - in.regionStart, sc.steps - before, d.statesBuilt() - built);
                noteShare(in.regionEnd - in.regionStart, sc.steps - before);
                if (at != SetDfa.DONE) {
                    fallbacks.incrementAndGet();
                    if (dfaOnly) {
                        complete = false;
                    } else {
                        nfa.run(in, at, sc.next.dense.clone(), sc.next.size, sc);
                    }
                }
            }
        }
        steps.addAndGet(sc.steps - before);
        return complete;
    }

    /**
     * Searches that each build a few states are not caught by the per-search give-up rules of
     * {@link SetDfa}; this looks at all searches together: if over a window of
     * {@link #WINDOW_UNITS} units the DFA's work (units plus closure steps) exceeded
     * {@link SetDfa#MAX_WORK_PER_UNIT} per unit, or it built a state for fewer than
     * {@code minUnitsPerState} units, and its cache was cleared in that window, it is thrashing, and {@link #thrashing()} says so
     * for the next {@link #SKIP_UNITS} units (then the DFA is tried again).
     */
    private void account(SetDfa d, long units, long work, long states) {
        long total = unitsSeen.addAndGet(units);
        long w = workSeen.addAndGet(work);
        long st = statesSeen.addAndGet(states);
        if (total - windowStartUnits >= WINDOW_UNITS) {
            synchronized (this) {
                if (total - windowStartUnits >= WINDOW_UNITS) {
                    long window = total - windowStartUnits;
                    long clears = d.clears();
                    if (clears > windowStartClears && (w - windowStartWork > (long) SetDfa.MAX_WORK_PER_UNIT * window
                            || (st - windowStartStates) * minUnitsPerState > window)) {
                        skipUntilUnits = total + SKIP_UNITS;
                    }
                    windowStartUnits = total;
                    windowStartWork = w;
                    windowStartStates = st;
                    windowStartClears = clears;
                }
            }
        }
    }

    /** The DFA has recently been thrashing: set searches should use another plan for a while. */
    public boolean thrashing() {
        return unitsSeen.get() < skipUntilUnits;
    }

    /** Counts the units of a search done without the DFA, so that thrashing mode ends in time. */
    public void skipped(long units) {
        unitsSeen.addAndGet(units);
    }

    /**
     * As {@link #search}, but on the DFA only: null if it gave up or is thrashing, and then
     * {@code partial} (if not null) receives the ids found before it stopped.
     */
    public long[] searchDfaOnly(SearchInput in, int want, long[] partial) {
        SetScratch sc = take();
        try {
            if (run(in, want, sc, true)) {
                return sc.bits();
            }
            if (partial != null) {
                System.arraycopy(sc.bits, 0, partial, 0, Math.min(partial.length, sc.bits.length));
            }
            return null;
        } finally {
            give(sc);
        }
    }

    /**
     * DFA-only searches of two engines, {@code a} over {@code inA} and {@code b} over {@code inB}
     * (the same input when two parts of one set are paired, two texts when two sets are), their
     * scans interleaved (see {@link SetDfa#searchTogether}): {@code outA} receives the ids
     * {@code a}'s search found, {@code outB} {@code b}'s. Returns bit 0 set if {@code a}'s
     * completed, bit 1 if {@code b}'s did; -1 (nothing searched) if either has no DFA or is
     * thrashing. A search that did not complete gave up as {@link #searchDfaOnly} does (its ids
     * are those found before).
     */
    static int searchDfaOnlyTogether(SetEngine a, int wantA, long[] outA, SearchInput inA,
                                     SetEngine b, int wantB, long[] outB, SearchInput inB) {
        SetDfa da = a.dfa();
        SetDfa db = b.dfa();
        if (da == null || db == null || a.thrashing() || b.thrashing() || wantA <= 0 || wantB <= 0) {
            return -1;
        }
        SetScratch sa = a.take();
        SetScratch sb = b.take();
        try {
            long beforeA = sa.steps;
            long beforeB = sb.steps;
            sa.begin(wantA);
            sb.begin(wantB);
            long builtA = da.statesBuilt();
            long builtB = db.statesBuilt();
            boolean okA = da.begin(sa.scan, inA, sa, a.minUnitsPerState);
            boolean okB = db.begin(sb.scan, inB, sb, b.minUnitsPerState);
            if (okA && okB) {
                SetDfa.searchTogether(sa.scan, sb.scan);
            } else if (okA) {
                da.run(sa.scan, inA.regionStart);
            } else if (okB) {
                db.run(sb.scan, inB.regionStart);
            }
            int r = a.endTogether(da, sa, inA, beforeA, builtA, outA) ? 1 : 0;
            return r | (b.endTogether(db, sb, inB, beforeB, builtB, outB) ? 2 : 0);
        } finally {
            a.give(sa);
            b.give(sb);
        }
    }

    /**
     * As {@link #searchDfaOnlyTogether} for four engines, each over its own input, their scans
     * interleaved in one loop ({@link SetScanQuad}). Returns bit {@code i} set if engine
     * {@code i}'s search completed; -1 (nothing searched) if any has no DFA, is thrashing or
     * wants nothing.
     */
    static int searchDfaOnlyFour(SetEngine[] e, int[] want, long[][] out, SearchInput[] in) {
        SetDfa[] d = new SetDfa[4];
        for (int i = 0; i < 4; i++) {
            d[i] = e[i].dfa();
            if (d[i] == null || e[i].thrashing() || want[i] <= 0) {
                return -1;
            }
        }
        SetScratch[] sc = new SetScratch[4];
        try {
            long[] before = new long[4];
            long[] built = new long[4];
            boolean all = true;
            for (int i = 0; i < 4; i++) {
                sc[i] = e[i].take();
                before[i] = sc[i].steps;
                sc[i].begin(want[i]);
                built[i] = d[i].statesBuilt();
            }
            for (int i = 0; i < 4; i++) {
                all &= d[i].begin(sc[i].scan, in[i], sc[i], e[i].minUnitsPerState);
            }
            if (all) {
                SetScanQuad.search(sc[0].scan, sc[1].scan, sc[2].scan, sc[3].scan);
            } else {
                for (int i = 0; i < 4; i++) {
                    if (sc[i].scan.running()) {
                        d[i].run(sc[i].scan, in[i].regionStart);
                    }
                }
            }
            int r = 0;
            for (int i = 0; i < 4; i++) {
                if (e[i].endTogether(d[i], sc[i], in[i], before[i], built[i], out[i])) {
                    r |= 1 << i;
                }
            }
            return r;
        } finally {
            for (int i = 0; i < 4; i++) {
                if (sc[i] != null) {
                    e[i].give(sc[i]);
                }
            }
        }
    }

    /** Accounts a search run by {@link #searchDfaOnlyTogether} and copies its ids to {@code out}; whether it completed. */
    private boolean endTogether(SetDfa d, SetScratch sc, SearchInput in, long before, long built, long[] out) {
        account(d, in.regionEnd - in.regionStart, sc.steps - before, d.statesBuilt() - built);
        noteShare(in.regionEnd - in.regionStart, sc.steps - before);
        steps.addAndGet(sc.steps - before);
        System.arraycopy(sc.bits, 0, out, 0, Math.min(out.length, sc.bits.length));
        if (sc.scan.result != SetDfa.DONE) {
            fallbacks.incrementAndGet();
            return false;
        }
        return true;
    }

    private void noteShare(long units, long work) {
        if (units > 0) {
            scanShare = 0.75 * scanShare + 0.25 * Math.min(4.0, (double) work / units);
        }
    }

    /** About how much of an input a recent search scanned (see {@link #scanShare}). */
    double scanShare() {
        return scanShare;
    }

    /** Runs on the Pike VM only (tests). */
    public long[] searchPikeVM(SearchInput in, int want) {
        SetScratch sc = take();
        try {
            sc.begin(want);
            if (want > 0) {
                nfa.search(in, sc);
            }
            return sc.bits();
        } finally {
            give(sc);
        }
    }

    private SetScratch take() {
        SetScratch sc = (SetScratch) LAST.getAndSet(this, null);
        if (sc != null) {
            return sc;
        }
        sc = pool.poll();
        if (sc != null) {
            pooled.decrementAndGet();
            return sc;
        }
        return nfa.newScratch(idCount);
    }

    private void give(SetScratch sc) {
        if (LAST.compareAndSet(this, null, sc)) {
            return;
        }
        if (pooled.incrementAndGet() <= MAX_POOLED) {
            pool.offer(sc);
        } else {
            pooled.decrementAndGet();
        }
    }

    public Program program() {
        return prog;
    }

    /** Searches the DFA handed to the Pike VM. */
    public long fallbacks() {
        return fallbacks.get();
    }

    /** Work counted by all searches (units scanned plus closure steps), for linearity tests. */
    public long steps() {
        return steps.get();
    }
}
