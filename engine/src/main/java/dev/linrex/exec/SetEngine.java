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
    private volatile SetDfa dfa;
    private volatile boolean dfaChecked;
    private final ConcurrentLinkedQueue<SetScratch> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pooled = new AtomicInteger();
    private final AtomicLong fallbacks = new AtomicLong();
    private final AtomicLong steps = new AtomicLong();

    /** {@code prog} from {@code nfa.SetCompiler}; its MATCH ids are below {@code idCount}. */
    public SetEngine(Program prog, int idCount, long cacheBytes) {
        this.prog = prog;
        this.idCount = idCount;
        this.nfa = new SetPikeVM(prog);
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
            run(in, want, sc);
            return sc.bits();
        } finally {
            give(sc);
        }
    }

    /** As {@link #search}, ascending ids. */
    public int[] searchIds(SearchInput in, int want) {
        SetScratch sc = take();
        try {
            run(in, want, sc);
            return sc.ids();
        } finally {
            give(sc);
        }
    }

    /** Runs the search in {@code sc} with the DFA, or the Pike VM when it gives up or is not available. */
    void run(SearchInput in, int want, SetScratch sc) {
        long before = sc.steps;
        sc.begin(want);
        if (want > 0) {
            SetDfa d = dfa();
            if (d == null) {
                nfa.search(in, sc);
            } else {
                int at = d.search(in, sc);
                if (at != SetDfa.DONE) {
                    fallbacks.incrementAndGet();
                    nfa.run(in, at, sc.nextPcs.clone(), sc.nextLen, sc);
                }
            }
        }
        steps.addAndGet(sc.steps - before);
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
        SetScratch sc = pool.poll();
        if (sc != null) {
            pooled.decrementAndGet();
            return sc;
        }
        return nfa.newScratch(idCount);
    }

    private void give(SetScratch sc) {
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
