package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A lazy DFA with set semantics for a combined set program (see {@code nfa.SetCompiler}): one
 * pass over the input reports every pattern that matches somewhere, however many patterns the
 * set has. The idea is RE2's {@code RE2::Set} and regex-automata's overlapping "which patterns
 * match" search: a leftmost-first DFA stops at the first match, this one keeps running and
 * collects the match ids that its states reach. Our own code.
 *
 * <p>States are the thread sets of {@link SetPikeVM} (the transition function is
 * {@link SetPikeVM#step}); the scanning entry is added at every position. Assertions are decided
 * as in {@link LazyDfa} (see {@link DfaLook}): from the infos of the two neighbouring units at
 * interior positions, transitions cached in the table; near the region's edges (its first
 * position, its last two, the final step) the assertions are evaluated on the input, and the
 * transition is cached per state, class and assertion outcomes (a warm search costs one step
 * per unit, edges included). Where {@link LazyDfa} quits (a {@code \b} next to a surrogate or a base-less
 * non-spacing mark), this DFA instead computes that one transition exactly on the input and does
 * not cache it, so such text only costs speed.
 *
 * <p>The cache is bounded ({@link SetDfaCache}). When it fills, it is cleared and the search
 * carries on; when it is cleared at least {@link LazyDfa#MIN_CLEARS} times in a search while
 * fewer than {@code minUnitsPerState} units ({@link LazyDfa#MIN_UNITS_PER_STATE}, or
 * {@link #MIN_UNITS_PER_STATE_SPLITTABLE} when the set can be split) were scanned per state built, or
 * when closures cost more than {@link #MAX_WORK_PER_UNIT} steps per unit, the search
 * <em>gives up</em> and {@link SetEngine} continues on {@link SetPikeVM} from the DFA's current
 * state and position (no unit is read twice).
 *
 * <p>The closure of the scanning entry is the same at every position with the same assertion
 * outcomes, and for a large set it is most of each transition's work; it is memoized per
 * outcome ({@link #startLeaves}).
 *
 * <p>The scan ({@link #search}) follows the flat transition table of {@link SetDfaCache}: for
 * interior positions an inner loop reads units from a chunk copied out of the text, and leaves
 * the loop only for a transition not computed yet or a match state this search has not
 * recorded.
 *
 * <p>Two ways a scan does less per unit. <em>Reported patterns are dropped</em>
 * ({@link #prunedOf}): after recording a state's matches the scan moves to the same state
 * without those patterns' threads, and its transitions start none of theirs, so patterns that
 * match almost everywhere stop multiplying the states of the others. <em>Acceleration</em>
 * ({@link SetState#accelStop}): a state without matches that loops on itself on most unit
 * classes is skipped through in a tight loop up to the next unit that leaves it (the idea of
 * accelerated states in regex-automata's DFAs), and turned off for good if its skips turn out
 * short.
 */
public final class SetDfa {
    static final int MIN_STATES = 8;
    /**
     * Once the cache has been cleared in a search (the DFA needs more states than its budget
     * holds; warming up is not thrashing), give up when building states has cost more than this
     * many closure steps per unit scanned (and at least {@link #WORK_FLOOR}): the clear-rate rule of {@link LazyDfa} assumes cheap
     * closures, but a large set's closures visit thousands of instructions, so a DFA that builds
     * a state every few dozen units is already slower than the alternatives.
     */
    static final int MAX_WORK_PER_UNIT = 8;
    static final long WORK_FLOOR = 1L << 20;
    /** States a search may build before the state-rate rule ({@code minUnitsPerState}) applies. */
    static final int STATE_FLOOR = 256;
    /** Distinct assertion outcomes whose entry closure is memoized. */
    private static final int MAX_MEMO_START = 256;

    /**
     * Units per state built below which a search of a set that can still be split gives up:
     * splitting costs a pass per part, at cached-DFA speed, while building a state costs a
     * closure, an allocation and a map insertion.
     */
    public static final int MIN_UNITS_PER_STATE_SPLITTABLE = 64;

    /** Returned by a search that finished (did not give up). */
    static final int DONE = -1;

    private static final SetState GIVE_UP = new SetState(new SetState.Key(0, new int[0], new int[0]), null, 0, 0);

    private final Program prog;
    private final SetPikeVM nfa;
    private final UnitClasses classes;
    private final DfaLook look;
    private final int[] classInfo;
    private final boolean hasLook;
    /** Whether a search drops the patterns it has reported (see {@link #prunedOf}). */
    private final boolean prune;
    /** {@code linrex.setPruneMatched} (default true): tests and benchmarks turn pruning off to compare. */
    static final boolean PRUNE_MATCHED = Boolean.parseBoolean(System.getProperty("linrex.setPruneMatched", "true"));
    private final SetDfaCache cache;
    private final ConcurrentHashMap<Integer, int[]> startMemo = new ConcurrentHashMap<>();
    private final AtomicLong gaveUps = new AtomicLong();
    private final AtomicLong exactSteps = new AtomicLong();

    private SetDfa(Program prog, SetPikeVM nfa, long budget) {
        this.prog = prog;
        this.nfa = nfa;
        this.look = new DfaLook(prog);
        this.hasLook = look.hasAssertions();
        this.prune = PRUNE_MATCHED && nfa.canPrune();
        this.classes = alphabet(prog, look);
        this.classInfo = new int[classes.count()];
        for (int c = 0; c < classInfo.length; c++) {
            classInfo[c] = DfaLook.info(classes.representative(c)) & look.relevant;
        }
        this.cache = new SetDfaCache(budget, classes.count());
    }

    /** The set DFA for {@code prog}, or null if {@code budget} cannot hold a few states. */
    static SetDfa of(Program prog, SetPikeVM nfa, long budget) {
        SetDfa d = new SetDfa(prog, nfa, budget);
        long need = d.cache.generationBytes() + MIN_STATES * d.cache.stateBytes(16, 0);
        return need <= budget ? d : null;
    }

    /** Every distinct RANGE/CLASS set (by content: large sets repeat the same classes) and the look sets. */
    private static UnitClasses alphabet(Program p, DfaLook look) {
        UnitClasses.Builder b = new UnitClasses.Builder();
        Set<Long> ranges = new HashSet<>();
        Set<String> sets = new HashSet<>();
        Set<Integer> dispatches = new HashSet<>();
        for (int pc = 0; pc < p.size(); pc++) {
            if (p.op[pc] == Program.RANGE) {
                if (ranges.add(((long) p.arg[pc] << 32) | p.arg2[pc])) {
                    b.addRange((char) p.arg[pc], (char) p.arg2[pc]);
                }
            } else if (p.op[pc] == Program.CLASS) {
                char[] r = p.classes[p.arg[pc]];
                if (sets.add(new String(r))) {
                    b.add(r);
                }
            } else if (p.op[pc] == Program.DISPATCH && dispatches.add(p.arg[pc])) {
                UnitClasses.addDispatch(b, p.classes[p.arg[pc]], p.targets[p.arg[pc]]);
            }
        }
        look.addSetsTo(b);
        return b.build();
    }

    /**
     * Scans the region from its start, recording matching ids in {@code sc} until
     * {@code sc.want} have matched. Returns {@link #DONE}, or the position at which it gave up;
     * then {@code sc.next} holds the threads to continue with from there.
     */
    int search(SearchInput in, SetScratch sc, int minUnitsPerState) {
        SetScan k = sc.scan;
        if (!begin(k, in, sc, minUnitsPerState)) {
            return k.result;
        }
        return run(k, in.regionStart);
    }

    /**
     * Starts search {@code k} at the region's start (see {@link #search}); false if it ended at
     * once (gave up: {@code k.result}).
     */
    boolean begin(SetScan k, SearchInput in, SetScratch sc, int minUnitsPerState) {
        sc.minUnitsPerState = minUnitsPerState;
        k.dfa = this;
        k.in = in;
        k.sc = sc;
        k.end = in.regionEnd;
        k.lo = hasLook ? in.regionStart + 1 : Integer.MIN_VALUE;
        k.hi = hasLook ? in.regionEnd - 2 : in.regionEnd;
        sc.searchStartSteps = sc.steps;
        sc.newRecordedSet();
        k.syncMarks();
        SetState s = startState(sc);
        if (s == GIVE_UP) {
            k.result = giveUp(in.regionStart, null, sc);
            return false;
        }
        k.gen = s.gen;
        k.table = s.gen.table;
        k.matchSetOf = s.gen.matchSetOf;
        k.cur = s.serial;
        k.result = SetScan.RUNNING;
        return true;
    }

    /** Runs search {@code k} from position {@code p} to its end; returns its result (see {@link #search}). */
    int run(SetScan k, int p) {
        final CharSequence text = k.in.text;
        final int end = k.end;
        final int lo = k.lo;
        final int hi = k.hi;
        final char[] latin = classes.latin1();
        final int shift = cache.shift;
        char[] table = k.table;
        int[] matchSetOf = k.matchSetOf;
        // The current state's serial; the state object is needed only off the fast path.
        int cur = k.cur;
        // The search's marks of match states already recorded (see SetScratch#firstVisit), read
        // here so that revisiting one (most states of a set with patterns such as \s) is a compare.
        int[] marks = k.marks;
        int stamp = k.stamp;
        final char[] buf = k.sc.units;
        int bufStart = p;
        int bufEnd = p; // buf holds the text's units [bufStart, bufEnd)
        while (p < end) {
            if (p >= lo && p < hi) {
                // The fast path: interior positions, units from a copy of the text, cached
                // transitions, match states this search already recorded.
                if (p >= bufEnd) {
                    bufStart = p;
                    bufEnd = Math.min(hi, p + buf.length);
                    copy(text, bufStart, bufEnd, buf);
                }
                int i = p - bufStart;
                final int n = bufEnd - bufStart;
                while (i < n) {
                    char u = buf[i];
                    int x = table[(cur << shift) + (u < 256 ? latin[u] : classes.classOf(u))];
                    if ((char) (x - 1) >= SetDfaCache.MAX_SERIAL) { // 0, or SPECIAL set
                        x &= SetDfaCache.MAX_SERIAL;
                        if (x == 0 || !SetScan.recorded(x, matchSetOf, marks, stamp)) {
                            break; // not computed yet, or matches to record: the step below
                        }
                    }
                    cur = x;
                    i++;
                }
                p = bufStart + i;
                if (i == n) {
                    continue;
                }
            }
            k.cur = cur;
            if (!stepAt(k, p)) {
                return k.result;
            }
            table = k.table;
            matchSetOf = k.matchSetOf;
            cur = k.cur;
            marks = k.marks;
            stamp = k.stamp;
            p++;
            if (p >= lo && p < hi) {
                boolean[] stop = k.gen.state(cur).accelStop;
                if (stop != null) {
                    // An accelerated state: skip the units it loops on (no table walk).
                    int from = p;
                    while (p < hi) {
                        if (p >= bufEnd) {
                            bufStart = p;
                            bufEnd = Math.min(hi, p + buf.length);
                            copy(text, bufStart, bufEnd, buf);
                        }
                        int i = p - bufStart;
                        final int n = bufEnd - bufStart;
                        while (i < n) {
                            char u = buf[i];
                            if (stop[u < 256 ? latin[u] : classes.classOf(u)]) {
                                break;
                            }
                            i++;
                        }
                        p = bufStart + i;
                        if (i < n) {
                            break;
                        }
                    }
                    noteSkip(k.gen.state(cur), p - from);
                }
            }
        }
        k.cur = cur;
        finish(k);
        return DONE;
    }

    /** Self-loops on at least this share (in eighths) of the unit classes make a state a candidate for acceleration. */
    static final int ACCEL_SHARE_EIGHTHS = 6;
    /** Entries after which an accelerated state must have skipped {@link #ACCEL_MIN_SKIP} units per entry on average. */
    static final int ACCEL_TRIAL = 64;
    static final int ACCEL_MIN_SKIP = 16;

    /**
     * A self-loop of {@code s} on one more class was linked: once it loops on most classes (and
     * reports no matches), it is accelerated, or its stop classes are brought up to date.
     */
    private void noteSelfLoop(SetState s, SetDfaCache.Generation g) {
        int loops = ++s.selfLoops;
        if (s.special || s.accelOff || loops * 8 < ACCEL_SHARE_EIGHTHS * classes.count()) {
            return;
        }
        boolean fresh = s.accelStop == null;
        s.accelStop = stopClasses(s, g);
        if (fresh) {
            g.remark(s, true);
        }
    }

    /** Per class, whether the unit leaves {@code s}: its table entry is not {@code s} itself (or not known yet). */
    private boolean[] stopClasses(SetState s, SetDfaCache.Generation g) {
        char[] t = g.table;
        boolean[] stop = new boolean[classes.count()];
        int row = s.serial << cache.shift;
        for (int c = 0; c < stop.length; c++) {
            stop[c] = t[row + c] != s.serial && t[row + c] != (s.serial | SetDfaCache.SPECIAL);
        }
        return stop;
    }

    /** Accounts a skip of {@code units} from accelerated state {@code s}; turns acceleration off if skips are short. */
    private static void noteSkip(SetState s, int units) {
        int entries = ++s.accelEntries;
        s.accelSkipped += units;
        if (entries >= ACCEL_TRIAL && !s.accelOff) {
            if (s.accelSkipped < (long) ACCEL_MIN_SKIP * entries) {
                s.accelOff = true;
                s.accelStop = null;
                if (s.gen != null) {
                    s.gen.remark(s, false);
                }
            } else if (entries >= 1 << 30) {
                s.accelEntries = ACCEL_TRIAL;
                s.accelSkipped = (long) ACCEL_MIN_SKIP * ACCEL_TRIAL;
            }
        }
    }

    /**
     * Scans {@code a} and {@code b} together, unit by unit: two DFAs' table walks are independent
     * chains of dependent loads, and interleaved the CPU overlaps their latencies (a step waits
     * on a load). The two may be begun on different inputs (two sets, each on its own text, see
     * {@link SetEngine#searchDfaOnlyTogether}); each keeps its own position and chunk of its text,
     * so an accelerated state of one skips ahead on its own. When one search ends the other
     * continues alone. Results are in each scan.
     */
    static void searchTogether(SetScan a, SetScan b) {
        int pa = a.in.regionStart;
        int pb = b.in.regionStart;
        a.bufStart = a.bufEnd = pa;
        b.bufStart = b.bufEnd = pb;
        together(a, pa, b, pb);
    }

    /** {@link #searchTogether} from positions {@code pa} and {@code pb} on (chunks as the scans hold them). */
    static void together(SetScan a, int pa, SetScan b, int pb) {
        SetDfa da = a.dfa;
        SetDfa db = b.dfa;
        final char[] la = da.classes.latin1();
        final char[] lb = db.classes.latin1();
        final int sa = da.cache.shift;
        final int sb = db.cache.shift;
        final char[] bufA = a.sc.units;
        final char[] bufB = b.sc.units;
        while (pa < a.end && pb < b.end) {
            if (pa >= a.lo && pa < a.hi && pb >= b.lo && pb < b.hi) {
                if (pa >= a.bufEnd) {
                    a.fill(pa);
                }
                if (pb >= b.bufEnd) {
                    b.fill(pb);
                }
                char[] ta = a.table;
                char[] tb = b.table;
                int[] msa = a.matchSetOf;
                int[] msb = b.matchSetOf;
                int ca = a.cur;
                int cb = b.cur;
                int[] ma = a.marks;
                int[] mb = b.marks;
                int stA = a.stamp;
                int stB = b.stamp;
                final int oa = pa - a.bufStart;
                final int ob = pb - b.bufStart;
                final int n = Math.min(a.bufEnd - pa, b.bufEnd - pb);
                int i = 0;
                while (i < n) {
                    char ua = bufA[oa + i];
                    char ub = bufB[ob + i];
                    int xa = ta[(ca << sa) + (ua < 256 ? la[ua] : da.classes.classOf(ua))];
                    int xb = tb[(cb << sb) + (ub < 256 ? lb[ub] : db.classes.classOf(ub))];
                    if ((char) (xa - 1) >= SetDfaCache.MAX_SERIAL) {
                        xa &= SetDfaCache.MAX_SERIAL;
                        if (xa == 0 || !SetScan.recorded(xa, msa, ma, stA)) {
                            break;
                        }
                    }
                    if ((char) (xb - 1) >= SetDfaCache.MAX_SERIAL) {
                        xb &= SetDfaCache.MAX_SERIAL;
                        if (xb == 0 || !SetScan.recorded(xb, msb, mb, stB)) {
                            break;
                        }
                    }
                    ca = xa;
                    cb = xb;
                    i++;
                }
                a.cur = ca;
                b.cur = cb;
                pa += i;
                pb += i;
                if (i == n) {
                    continue;
                }
            }
            // A slow step for one of them (or an edge position): each takes its unit its own way.
            boolean okA = da.stepAt(a, pa);
            boolean okB = db.stepAt(b, pb);
            pa++;
            pb++;
            if (okA) {
                pa = da.skip(a, pa);
            }
            if (okB) {
                pb = db.skip(b, pb);
            }
            if (!okA || !okB) {
                if (okA) {
                    da.run(a, pa);
                } else if (okB) {
                    db.run(b, pb);
                }
                return;
            }
        }
        // One of them reached its end: the other goes on alone.
        if (pa < a.end) {
            db.finish(b);
            da.run(a, pa);
        } else if (pb < b.end) {
            da.finish(a);
            db.run(b, pb);
        } else {
            da.finish(a);
            db.finish(b);
        }
    }

    /**
     * If search {@code k} (running, at interior position {@code p}) is in an accelerated state,
     * skips the units it loops on, reading its text through the scan's own chunk
     * ({@link SetScan#fill}); returns the position of the next unit to step on.
     */
    int skip(SetScan k, int p) {
        if (p < k.lo || p >= k.hi) {
            return p;
        }
        SetState s = k.gen.state(k.cur);
        boolean[] stop = s.accelStop;
        if (stop == null) {
            return p;
        }
        final char[] latin = classes.latin1();
        final char[] buf = k.sc.units;
        int from = p;
        while (p < k.hi) {
            if (p >= k.bufEnd || p < k.bufStart) {
                k.fill(p);
            }
            int i = p - k.bufStart;
            final int n = k.bufEnd - k.bufStart;
            while (i < n) {
                char u = buf[i];
                if (stop[u < 256 ? latin[u] : classes.classOf(u)]) {
                    break;
                }
                i++;
            }
            p = k.bufStart + i;
            if (i < n) {
                break;
            }
        }
        noteSkip(s, p - from);
        return p;
    }

    /**
     * Search {@code k} takes the unit at {@code p} (its state in {@code k.cur}): from the table,
     * or by computing the transition, recording new matches. False once the search ended (see
     * {@code k.result}); then its steps are counted.
     */
    boolean stepAt(SetScan k, int p) {
        SearchInput in = k.in;
        SetScratch sc = k.sc;
        final int shift = cache.shift;
        char c = in.text.charAt(p);
        int cls = c < 256 ? classes.latin1()[c] : classes.classOf(c);
        boolean interior = p >= k.lo && p < k.hi;
        if (interior) {
            int x = k.table[(k.cur << shift) + cls];
            if (x != 0 && x < SetDfaCache.SPECIAL) {
                k.cur = x;
                return true;
            }
            if (x != 0) {
                k.cur = x & SetDfaCache.MAX_SERIAL;
                if (!SetScan.recorded(k.cur, k.matchSetOf, k.marks, k.stamp)
                        && k.gen.state(k.cur).matches.length > 0) { // else an accelerated state
                    k.matchSetOf = k.gen.matchSetOf;
                    SetState t = k.gen.state(k.cur);
                    if (record(t, sc)) {
                        sc.steps += p - in.regionStart + 1;
                        k.result = DONE;
                        return false;
                    }
                    k.syncMarks();
                    if (prune) {
                        moveTo(k, prunedOf(t, sc));
                    }
                }
                return true;
            }
        }
        SetState s = k.gen.state(k.cur);
        SetState n = interior ? computeNext(s, cls, c, p, in, true, sc) : edgeNext(s, cls, c, p, in, sc);
        if (n == GIVE_UP) {
            sc.steps += p - in.regionStart;
            k.result = giveUp(p, s, sc);
            return false;
        }
        if (n.special && record(n, sc)) {
            sc.steps += p - in.regionStart + 1;
            k.result = DONE;
            return false;
        }
        if (prune && n.matches.length > 0) {
            n = prunedOf(n, sc);
        }
        moveTo(k, n);
        return true;
    }

    /** Search {@code k} goes on in state {@code n} (which may be of another generation). */
    private static void moveTo(SetScan k, SetState n) {
        if (n.gen != k.gen) {
            k.sc.newRecordedSet(); // the marks were of the old generation's serials
        }
        k.syncMarks();
        k.gen = n.gen;
        k.table = n.gen.table;
        k.matchSetOf = n.gen.matchSetOf;
        k.cur = n.serial;
    }

    /**
     * State {@code t} (whose matches the search just recorded) without its matches' patterns:
     * their threads dropped, and transitions from it start none of theirs (see
     * {@link SetState#pruned}). A pattern reported once is of no more interest to the search,
     * and patterns that match almost everywhere (such as {@code .}, {@code \s}, {@code \W{4}}
     * in a WAF rule set) multiply the DFA's states with their threads; without them the rest of
     * the scan runs in the much smaller DFA of the patterns still unmatched. A search reaches at
     * most one such state per pattern. Returns {@code t} itself if the pruned state does not
     * fit in {@code t}'s generation (the scan goes on unpruned, which is only slower).
     */
    private SetState prunedOf(SetState t, SetScratch sc) {
        SetState q = t.prunedNext;
        if (q != null) {
            return q;
        }
        long[] mask = t.matchMask;
        long[] old = t.pruned;
        long[] pruned = java.util.Arrays.copyOf(mask, Math.max(mask.length, old == null ? 0 : old.length));
        if (old != null) {
            for (int w = 0; w < old.length; w++) {
                pruned[w] |= old[w];
            }
        }
        int[] pcs = new int[t.pcs.length];
        int n = 0;
        for (int pc : t.pcs) {
            if (!SetOwners.contains(pruned, nfa.ownerOf(pc))) {
                pcs[n++] = pc;
            }
        }
        sc.steps += t.pcs.length;
        SetDfaCache.Generation g = t.gen;
        if (g == null || g != cache.current() || !g.reserve(16L + 8L * pruned.length)) {
            return t;
        }
        q = g.intern(new SetState.Key(t.info, java.util.Arrays.copyOf(pcs, n), NO_MATCHES, pruned), sc);
        if (q == null) {
            return t;
        }
        t.prunedNext = q;
        return q;
    }

    private static final int[] NO_MATCHES = new int[0];

    /** Ends search {@code k} at the region's end: the matches of the final step. */
    void finish(SetScan k) {
        SetState s = k.gen.state(k.cur);
        k.sc.steps += k.end - k.in.regionStart;
        k.sc.recordAll(endMatches(s, k.in, k.end, k.sc));
        k.result = DONE;
    }

    /** Copies units {@code [from, to)} of {@code text} to the start of {@code buf}. */
    static void copy(CharSequence text, int from, int to, char[] buf) {
        if (text instanceof String str) {
            str.getChars(from, to, buf, 0);
        } else {
            for (int i = from; i < to; i++) {
                buf[i - from] = text.charAt(i);
            }
        }
    }

    /** Records the matches of state {@code n} unless this search already did; true once {@code sc.want} ids have matched. */
    private static boolean record(SetState n, SetScratch sc) {
        return sc.firstVisit(n) && sc.recordAll(n.matchMask);
    }

    /**
     * The ids whose matches end at the region's end, from state {@code s}: the final step, which
     * depends only on {@code s} and the assertions that hold at the end, so it is cached per state
     * and assertion outcomes (the step itself takes the whole set's entry closure).
     */
    private long[] endMatches(SetState s, SearchInput in, int end, SetScratch sc) {
        int holds = holdsAt(in, end, sc);
        long edgeKey = ((long) holds << 32) | 0xFFFFFFFFL;
        Object known = s.edge(edgeKey);
        if (known != null) {
            return (long[]) known;
        }
        if (!stepAtEdge(s, holds, end, '\0', true, sc)) {
            nfa.step(s.pcs, s.pcs.length, null, 0, 0, in, end, '\0', true, s.pruned, sc);
        }
        long[] mask = new long[0];
        for (int i = 0; i < sc.matchLen; i++) {
            int id = sc.matchBuf[i];
            if ((id >>> 6) >= mask.length) {
                mask = Arrays.copyOf(mask, (id >>> 6) + 1);
            }
            mask[id >>> 6] |= 1L << id;
        }
        if (s.gen != null && s.gen == cache.current() && s.gen.reserve(SetDfaCache.EDGE_BYTES + 8L * mask.length)) {
            s.putEdge(edgeKey, mask);
        }
        return mask;
    }

    /**
     * A transition at a position that is not interior (the region's first position and its last
     * two): the assertions are evaluated on the input, and the transition is cached per state,
     * unit class and assertion outcomes (see {@link SetState#edge}), so a search does not pay
     * for the whole set's entry closure at each edge.
     */
    private SetState edgeNext(SetState s, int cls, char c, int p, SearchInput in, SetScratch sc) {
        int holds = holdsAt(in, p, sc);
        long edgeKey = ((long) holds << 32) | cls;
        Object known = s.edge(edgeKey);
        if (known != null) {
            return (SetState) known;
        }
        if (tooCostly(p, in, sc)) {
            return GIVE_UP;
        }
        if (!stepAtEdge(s, holds, p, c, false, sc)) {
            nfa.step(s.pcs, s.pcs.length, null, 0, 0, in, p, c, false, s.pruned, sc);
        }
        return intern(s, cls, edgeKey, p - in.regionStart, sc);
    }

    /** The look-set bits of the program's assertions that hold at {@code p} of the input. */
    private int holdsAt(SearchInput in, int p, SetScratch sc) {
        int holds = 0;
        if (hasLook) {
            for (int code : look.codes) {
                if ((Assertions.check(code, in, p, sc.memo) & Assertions.HOLDS) != 0) {
                    holds |= DfaLook.bit(code);
                }
            }
        }
        return holds;
    }

    private int giveUp(int p, SetState s, SetScratch sc) {
        gaveUps.incrementAndGet();
        sc.clearNext();
        if (s != null) {
            for (int pc : s.pcs) {
                sc.addNext(pc);
            }
        }
        return p;
    }

    private SetState startState(SetScratch sc) {
        SetState known = cache.current().start;
        if (known != null) {
            return known; // the common case: no key to build (a fixed cost of every search)
        }
        SetState.Key key = new SetState.Key(0, new int[0], new int[0]);
        while (true) {
            SetDfaCache.Generation g = cache.current();
            SetState st = g.start;
            if (st != null) {
                return st;
            }
            st = g.intern(key, sc);
            if (st != null) {
                g.start = st;
                return st;
            }
            if (!onFull(g, sc, 0)) {
                return GIVE_UP;
            }
        }
    }

    /**
     * Once the cache has been cleared in this search: whether building states has become too
     * costly for the DFA (see {@link #MAX_WORK_PER_UNIT} and {@code minUnitsPerState}).
     */
    private static boolean tooCostly(int p, SearchInput in, SetScratch sc) {
        long work = sc.steps - sc.searchStartSteps;
        long units = p - in.regionStart + 1;
        return sc.clears > 0 && ((work > WORK_FLOOR && work > (long) MAX_WORK_PER_UNIT * units)
                || (sc.built > STATE_FLOOR && (long) sc.built * sc.minUnitsPerState > units));
    }

    private SetState computeNext(SetState s, int cls, char c, int p, SearchInput in, boolean cacheable, SetScratch sc) {
        if (tooCostly(p, in, sc)) {
            return GIVE_UP;
        }
        boolean ok = false;
        if (cacheable) {
            int holds = 0;
            int unknown = 0;
            if (hasLook) {
                int x = look.interior(s.info, classInfo[cls]);
                holds = x & 0xFFFF;
                unknown = x >>> 16;
            }
            int[] leaves = startLeaves(holds, unknown, sc);
            ok = leaves != null && nfa.step(s.pcs, s.pcs.length, leaves, holds, unknown, null, p, c, false, s.pruned, sc);
            if (!ok) {
                exactSteps.incrementAndGet(); // undecidable from the classes: this one transition is exact
                cacheable = false;
            }
        }
        if (!ok) {
            nfa.step(s.pcs, s.pcs.length, null, 0, 0, in, p, c, false, s.pruned, sc);
        }
        return intern(s, cls, cacheable ? INTERIOR : UNCACHED, p - in.regionStart, sc);
    }

    /** {@link #intern}'s edge key for an interior transition ({@code next[cls]}). */
    private static final long INTERIOR = -1;
    /** {@link #intern}'s edge key for a transition that is not cached. */
    private static final long UNCACHED = -2;

    /**
     * The state for the step just computed ({@code sc.next}, {@code sc.matchBuf}) from
     * {@code s} on class {@code cls}, added to the cache and linked from {@code s}: as
     * {@code next[cls]} ({@link #INTERIOR}), as an edge transition (a key of {@link #edgeNext}),
     * or not at all ({@link #UNCACHED}).
     */
    private SetState intern(SetState s, int cls, long edgeKey, int scanned, SetScratch sc) {
        int[] pcs = Arrays.copyOf(sc.next.dense, sc.next.size);
        Arrays.sort(pcs);
        int[] matches = Arrays.copyOf(sc.matchBuf, sc.matchLen);
        Arrays.sort(matches);
        SetState.Key key = new SetState.Key(classInfo[cls], pcs, matches, s.pruned);
        boolean link = edgeKey != UNCACHED;
        for (int attempt = 0; ; attempt++) {
            if (attempt == LazyDfa.MAX_ATTEMPTS) {
                return GIVE_UP;
            }
            SetDfaCache.Generation g = cache.current();
            SetState src = s;
            if (link && s.gen != g) {
                src = g.intern(s.key(), sc); // cleared under us: move to the current generation first
            }
            if (src != null) {
                SetState n = g.intern(key, sc);
                if (n != null) {
                    if (link && src.gen == g) {
                        if (edgeKey == INTERIOR) {
                            g.link(src, cls, n);
                            if (n == src) {
                                noteSelfLoop(src, g);
                            }
                        } else if (g.reserve(SetDfaCache.EDGE_BYTES)) {
                            src.putEdge(edgeKey, n);
                        }
                    }
                    return n;
                }
            }
            if (!onFull(g, sc, scanned)) {
                return GIVE_UP;
            }
        }
    }

    /**
     * A step at a position that is not interior, with the assertion outcomes {@code holds}
     * evaluated there on the input: the entry's closure comes from {@link #startLeaves}. The
     * same as the exact step: every assertion the closures reach is decided by the same check at
     * the same position. False if the memo cannot be used (then the caller takes the exact step).
     */
    private boolean stepAtEdge(SetState s, int holds, int p, char c, boolean eoi, SetScratch sc) {
        int[] leaves = startLeaves(holds, 0, sc);
        return leaves != null && nfa.step(s.pcs, s.pcs.length, leaves, holds, 0, null, p, c, eoi, s.pruned, sc);
    }

    /** The leaves of the entry's closure at an interior position with these assertion outcomes; null if undecidable. */
    private int[] startLeaves(int holds, int unknown, SetScratch sc) {
        int key = holds | (unknown << 16);
        int[] leaves = startMemo.get(key);
        if (leaves != null) {
            return leaves.length == 1 && leaves[0] < 0 ? null : leaves;
        }
        sc.clearVisited();
        sc.listLen = 0;
        boolean ok = nfa.closure(prog.start, holds, unknown, null, 0, sc);
        leaves = ok ? Arrays.copyOf(sc.list, sc.listLen) : new int[] {-1};
        if (startMemo.size() < MAX_MEMO_START) {
            startMemo.putIfAbsent(key, leaves);
        }
        return ok ? leaves : null;
    }

    private boolean onFull(SetDfaCache.Generation g, SetScratch sc, int scanned) {
        if (g.size() == 0) {
            return false; // not even one state fits
        }
        cache.clear(g);
        sc.clears++;
        return sc.clears < LazyDfa.MIN_CLEARS || scanned >= (long) sc.minUnitsPerState * sc.built;
    }

    /** Unit classes of Latin-1 units (see {@link UnitClasses#latin1}). */
    char[] latin1() {
        return classes.latin1();
    }

    int classOf(char u) {
        return classes.classOf(u);
    }

    /** Row shift of the transition table: a state's row starts at {@code serial << shift()}. */
    int shift() {
        return cache.shift;
    }

    // ---- observability -------------------------------------------------------------------------

    /** Bytes accounted by the cache's current generation; never more than {@link #cacheBudget()}. */
    public long memoryBytes() {
        return cache.memoryBytes();
    }

    public long cacheBudget() {
        return cache.budget;
    }

    public long statesBuilt() {
        return cache.statesBuilt.get();
    }

    public long clears() {
        return cache.clears.get();
    }

    /** States of the current generation that are accelerated now (see {@link SetState#accelStop}). */
    public int acceleratedStates() {
        int n = 0;
        for (SetState st : cache.current().states) {
            if (st != null && st.accelStop != null) {
                n++;
            }
        }
        return n;
    }

    public long gaveUps() {
        return gaveUps.get();
    }

    /** Transitions computed exactly on the input because the classes could not decide a {@code \b}. */
    public long exactTransitions() {
        return exactSteps.get();
    }

    public int classCount() {
        return classes.count();
    }
}
