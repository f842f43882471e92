package dev.linrex.exec;

import java.util.Arrays;

/**
 * Per-search working memory of the set engines ({@link SetDfa}, {@link SetPikeVM}): closure
 * sets and lists, the next state's threads and matches, and the search's result (which pattern
 * ids matched). Used by one search at a time; {@link SetEngine} pools them.
 */
public final class SetScratch {
    /** Visited instructions of the current closure. */
    private final SparseSet visited;
    /** Leaves (consuming and MATCH instructions) reached by the current closure. */
    final int[] list;
    int listLen;
    final int[] stack;
    /** The next state's threads, without duplicates. */
    final SparseSet next;
    /** Ids whose MATCH the current closure reached. */
    final int[] matchBuf;
    int matchLen;
    final Assertions.BaseCharMemo memo = new Assertions.BaseCharMemo();
    /**
     * The set DFA's window on the text: its scan reads units from a copy, a chunk at a time (a
     * String's getChars copies fast; charAt checks the string's coder and bounds on every unit).
     */
    final char[] units = new char[1024];
    /** The set DFA search in progress (see {@link SetScan}). */
    final SetScan scan = new SetScan();

    /** Result: bit per id that matched, how many did, and how many end the search. */
    final long[] bits;
    int count;
    int want;

    /** Units scanned plus instructions visited by closures, over all searches. */
    long steps;
    /**
     * Sets of matches this DFA search has already recorded: {@code recorded[matchSet] == stamp}
     * for states of generation {@link #stampGen} (see {@link SetState#matchSet}). A state whose
     * matches were recorded has nothing new to report, and in a set where some pattern matches
     * almost everywhere (such as {@code .} or {@code \s}) nearly every state is a match state,
     * so this check is on the hot path; thousands of states share a few dozen sets of matches,
     * so marking sets, not states, keeps the scan on its fast path.
     */
    int[] recorded = new int[256];
    int stamp;
    private Object stampGen;
    /** The give-up threshold of the current DFA search (see {@link SetDfa}). */
    int minUnitsPerState = LazyDfa.MIN_UNITS_PER_STATE;
    /** {@link #steps} when the current DFA search began. */
    long searchStartSteps;
    /** Per DFA search: states added and cache clears. */
    int built;
    int clears;

    SetScratch(int progSize, int idCount) {
        visited = new SparseSet(progSize);
        list = new int[progSize];
        stack = new int[progSize + 1];
        next = new SparseSet(progSize);
        matchBuf = new int[Math.max(1, idCount)];
        bits = new long[(idCount + 63) >>> 6];
    }

    /** Starts a search that ends once {@code want} ids have matched. */
    void begin(int want) {
        Arrays.fill(bits, 0);
        count = 0;
        this.want = want;
        built = 0;
        clears = 0;
        memo.reset();
    }

    /** Starts a new DFA search's set of recorded states. */
    void newRecordedSet() {
        if (++stamp == 0) {
            Arrays.fill(recorded, 0);
            stamp = 1;
        }
        stampGen = null;
    }

    /** Whether {@code s}'s set of matches is recorded for the first time in this DFA search (and marks it). */
    boolean firstVisit(SetState s) {
        if (s.gen != stampGen) {
            newRecordedSet(); // serials restart in a new generation: forget the old ones' marks
            stampGen = s.gen;
        }
        int i = s.matchSet;
        if (i >= recorded.length) {
            recorded = Arrays.copyOf(recorded, Math.max(i + 1, recorded.length * 2));
        }
        if (recorded[i] == stamp) {
            return false;
        }
        recorded[i] = stamp;
        return true;
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
        matchLen = 0;
    }

    void addNext(int pc) {
        next.add(pc);
    }

    /** Records that {@code id} matched; true once {@link #want} ids have. */
    boolean record(int id) {
        long b = 1L << id;
        if ((bits[id >>> 6] & b) == 0) {
            bits[id >>> 6] |= b;
            count++;
        }
        return count >= want;
    }

    /** Records the ids of bit set {@code mask} (as {@link #record}, a word at a time); true once {@link #want} ids have matched. */
    boolean recordAll(long[] mask) {
        for (int w = 0; w < mask.length; w++) {
            long fresh = mask[w] & ~bits[w];
            if (fresh != 0) {
                bits[w] |= fresh;
                count += Long.bitCount(fresh);
            }
        }
        return count >= want;
    }

    boolean done() {
        return count >= want;
    }

    /** The ids that matched, ascending. */
    int[] ids() {
        int[] r = new int[count];
        int n = 0;
        for (int w = 0; w < bits.length; w++) {
            long x = bits[w];
            while (x != 0) {
                r[n++] = (w << 6) + Long.numberOfTrailingZeros(x);
                x &= x - 1;
            }
        }
        return r;
    }

    long[] bits() {
        return bits.clone();
    }

    /** Work counted so far, for linearity tests. */
    public long steps() {
        return steps;
    }
}
