package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;
import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * A bounded backtracker for captures on short spans: depth-first search over the program in the
 * Pike VM's priority order, with a visited bit per (instruction, position) so that no pair is
 * explored twice (kept only for instructions with more than one way in, the others being met at
 * most once per position anyway, see {@link Filters#visitBit}). That makes it linear (at most program size x span length steps) and, because
 * whether a thread at (pc, pos) can reach a match does not depend on its capture slots, the
 * first match it finds is the one the {@link PikeVM} reports, slots included (the same argument
 * as RE2's BitState and regex-automata's {@code BoundedBacktracker}). It wins on short spans
 * because it copies no slot rows: one slot array with an undo log on the stack.
 *
 * <p>Used only when {@link #fits} holds, so the visited set stays small. It does not compute
 * hit-end/require-end (the Pike VM does when asked, see {@link Strategy}).
 *
 * <p>Two things keep short searches cheap, where setup costs as much as matching: an unanchored
 * search skips start positions whose unit no match can begin with ({@link FirstUnits}), and the
 * visited bits are laid out position-major so that a search clears only the words the last one
 * set bits in (those of the positions it reached), not the whole span.
 *
 * <p>Immutable and shareable; all mutable state is in a {@link Cache}.
 */
public final class Backtracker {
    /**
     * Visited bits a search may use (256 KiB, regex-automata's default): clearing them costs far
     * less than a Pike VM run over a span that needs that many.
     */
    static final int MAX_VISITED_BITS = 2 * 1024 * 1024;

    private static final int EXPLORE = -1;

    private final Program prog;
    /** Built on the first search, not at compile time: a pattern may never need this engine. */
    private volatile Filters filters;

    private static final byte ALT_ALWAYS = 0;
    private static final byte ALT_ASCII = 1;
    private static final byte ALT_ASCII_OR_WIDE = 2;
    /** Instructions a branch's look-ahead set is computed over, at most (keeps compiling linear). */
    private static final int ALT_FILTER_VISITS = 24;

    /** One-unit look-aheads over the program, immutable once built. */
    private static final class Filters {
        /** What a match can begin with; null when a match may be empty (every start is then tried). */
        final FirstUnits first;
        /**
         * Per instruction, ASCII units 0-63 ({@code low}) and 64-127 ({@code high}): for CLASS (and
         * DISPATCH, see {@link #asciiTarget}), the units it accepts (one bit test instead of a search
         * of the class's ranges); for SPLIT, the units its second branch can begin with (see
         * {@link #altFilter}).
         */
        final long[] low;
        final long[] high;
        /**
         * Per SPLIT: {@link #ALT_ALWAYS}, or whether its second branch is worth pushing only when the
         * unit at the position is in low/high ({@link #ALT_ASCII}: and non-ASCII units never;
         * {@link #ALT_ASCII_OR_WIDE}: non-ASCII units always). A branch that cannot match empty fails
         * at once on any other unit, so the depth-first search need not visit it: a one-unit
         * look-ahead that saves most pushes in loops such as {@code [^ ]+ } (whose exit needs a space).
         */
        final byte[] altFilter;
        /**
         * Per DISPATCH whose ASCII units all go to one target: that target, with the units in
         * low/high (a bit test instead of a search of the ranges); -1 otherwise. Null if the program
         * has no DISPATCH.
         */
        final int[] asciiTarget;
        /**
         * Per SPLIT, the same look-ahead for its first (preferred) branch: {@link #ALT_ALWAYS}, or
         * the units it can begin with in {@link #firstLow}/{@link #firstHigh}. When the unit at the
         * position is not among them, the preferred branch would only fail, so the search goes
         * straight to the second one without pushing it: a lazy loop such as {@code .*? \{} then
         * costs one step per unit instead of a failed exit, a push and a pop.
         */
        final byte[] firstFilter;
        final long[] firstLow;
        final long[] firstHigh;
        /**
         * Per instruction, the fewest units a path from it to a match consumes
         * ({@link MinUnits#toMatch}): a SPLIT branch that needs more than is left before the end
         * of the span is not taken. Captures on a span found by the DFAs ({@link Anchor#BOTH})
         * thus go straight to the alternative that fits, as in {@code (\\p{L}{14})|...|(\\p{L}{5})}
         * on a 7-letter word.
         */
        final int[] toMatch;
        /**
         * Per instruction, its visited bit within a position's row, or -1 for an instruction with
         * one way in (one predecessor edge, and not where a search starts): such an instruction is
         * explored at a position at most as often as its predecessor is, which is at most once by
         * induction, so it needs no bit of its own. Only the join points (loop heads, the ends of
         * alternations) are marked: a smaller visited set to clear and fewer bits to test.
         */
        final int[] visitBit;
        /** Visited bits per position: the number of marked instructions. */
        final int rowBits;
        /**
         * Per SPLIT that heads a one-unit loop such as {@code .*} or {@code [^"]*} (its preferred
         * branch is a CLASS or DISPATCH whose ASCII units all lead back to it, or a
         * {@link #literalLook} before such a CLASS or DISPATCH, as in the tempered
         * {@code (?:(?!_WITH_).)+}): that instruction; -1 otherwise. The step loop runs such a
         * loop over ASCII units in a tight inner loop.
         */
        final int[] loopBody;
        /**
         * Likewise per SPLIT that heads a lazy one-unit loop such as {@code .*?} (its second branch
         * is the body that leads back to it) and whose exit can be filtered ({@link #firstFilter}):
         * the body, else -1. Units where the exit cannot begin are passed in a tight inner loop.
         */
        final int[] lazyBody;
        /**
         * An assertion every match passes at its start before it branches or consumes (the
         * {@code \b} of {@code \b\w+}), or -1: a start where it fails is skipped without a run.
         * Inside a word only its first position can begin {@code \b(?:(\w{6})|(\w{5}))\b}, so
         * a scan that tried a run at every letter now tries one per word.
         */
        final int leadingAssert;
        /**
         * Per instruction: every path from it reaches MATCH without consuming (a straight run of
         * SAVE, NOP and assertions, as the {@code $} after {@code (.+)}). In a search that must
         * end at the span's end ({@link Anchor#BOTH}) such a branch can only succeed there, so it
         * is not pushed before: {@code ^...(.+)$} on a log line pushed a frame per unit of the
         * line, and a Matcher per line grew a fresh stack for them on every line.
         */
        final boolean[] endsHere;
        /**
         * Per LOOK whose lookaround is a lookahead of a fixed string with no other check
         * ({@code (?!_WITH_)}, {@code (?=abc)}): that string, compared in the step loop where
         * the lookaround tables would walk the same chain through two calls and a switch per
         * unit; null elsewhere, and null as a whole when the program has no such LOOK.
         */
        final String[] literalLook;
        /** Whether every LOOK has a {@link #literalLook} (the search then needs no lookaround tables). */
        final boolean onlyLiteralLooks;

        Filters(Program prog) {
            this.first = FirstUnits.of(prog);
            this.leadingAssert = leadingAssert(prog);
            this.endsHere = endsHere(prog);
            int size = prog.size();
            this.low = new long[size];
            this.high = new long[size];
            this.altFilter = new byte[size];
            this.firstFilter = new byte[size];
            this.firstLow = new long[size];
            this.firstHigh = new long[size];
            this.toMatch = MinUnits.toMatch(prog);
            this.visitBit = new int[size];
            int[] waysIn = new int[size];
            for (int pc = 0; pc < size; pc++) {
                switch (prog.op[pc]) {
                    case Program.SPLIT -> {
                        waysIn[prog.out[pc]]++;
                        waysIn[prog.arg[pc]]++;
                    }
                    case Program.DISPATCH -> {
                        for (int t : prog.targets[prog.arg[pc]]) {
                            waysIn[t]++;
                        }
                    }
                    case Program.MATCH, Program.FAIL -> { }
                    default -> waysIn[prog.out[pc]]++;
                }
            }
            waysIn[prog.start] += 2; // searches start here and at startAtFrom: always marked
            waysIn[prog.startAtFrom] += 2;
            int bits = 0;
            for (int pc = 0; pc < size; pc++) {
                visitBit[pc] = waysIn[pc] > 1 ? bits++ : -1;
            }
            this.rowBits = bits;
            int[] marks = new int[size];
            int mark = 0;
            int[] targets = null;
            for (int pc = 0; pc < size; pc++) {
                if (prog.op[pc] == Program.DISPATCH) {
                    if (targets == null) {
                        targets = new int[size];
                    }
                    targets[pc] = asciiDispatch(prog, pc);
                    if (targets[pc] >= 0) {
                        long[] m = FirstUnits.asciiOf(prog, pc);
                        low[pc] = m[0];
                        high[pc] = m[1];
                    }
                } else if (prog.op[pc] == Program.CLASS) {
                    long[] m = FirstUnits.asciiOf(prog, pc);
                    low[pc] = m[0];
                    high[pc] = m[1];
                } else if (prog.op[pc] == Program.SPLIT) {
                    FirstUnits f = FirstUnits.of(prog, prog.arg[pc], ALT_FILTER_VISITS, marks, ++mark);
                    if (f != null) {
                        low[pc] = f.low;
                        high[pc] = f.high;
                        altFilter[pc] = f.anyNonAscii ? ALT_ASCII_OR_WIDE : ALT_ASCII;
                    }
                    FirstUnits g = FirstUnits.of(prog, prog.out[pc], ALT_FILTER_VISITS, marks, ++mark);
                    if (g != null) {
                        firstLow[pc] = g.low;
                        firstHigh[pc] = g.high;
                        firstFilter[pc] = g.anyNonAscii ? ALT_ASCII_OR_WIDE : ALT_ASCII;
                    }
                }
            }
            this.asciiTarget = targets;
            String[] literals = null;
            boolean allLiteral = true;
            for (int pc = 0; pc < size; pc++) {
                if (prog.op[pc] == Program.LOOK) {
                    String lit = lookaheadLiteral(prog.looks.get(prog.arg[pc]));
                    if (lit == null) {
                        allLiteral = false;
                        continue;
                    }
                    if (literals == null) {
                        literals = new String[size];
                    }
                    literals[pc] = lit;
                }
            }
            this.literalLook = literals;
            this.onlyLiteralLooks = allLiteral;
            this.loopBody = new int[size];
            for (int pc = 0; pc < size; pc++) {
                int d = prog.op[pc] == Program.SPLIT ? prog.out[pc] : -1;
                boolean loops = d >= 0 && (prog.op[d] == Program.CLASS && prog.out[d] == pc
                        || prog.op[d] == Program.DISPATCH && targets[d] == pc
                        || literals != null && literals[d] != null && visitBit[prog.out[d]] < 0
                            && (prog.op[prog.out[d]] == Program.CLASS && prog.out[prog.out[d]] == pc
                                || prog.op[prog.out[d]] == Program.DISPATCH && targets[prog.out[d]] == pc));
                loopBody[pc] = loops ? d : -1;
            }
            this.lazyBody = new int[size];
            for (int pc = 0; pc < size; pc++) {
                int d = prog.op[pc] == Program.SPLIT && firstFilter[pc] != ALT_ALWAYS ? prog.arg[pc] : -1;
                boolean loops = d >= 0 && (prog.op[d] == Program.CLASS && prog.out[d] == pc
                        || prog.op[d] == Program.DISPATCH && targets[d] == pc);
                lazyBody[pc] = loops ? d : -1;
            }
        }
    }

    /**
     * The string a lookahead's body is, when that is all it is: a {@link LookChain} of
     * single-unit ranges (no class, assertion, group or nested lookaround); else null.
     */
    private static String lookaheadLiteral(Lookaround l) {
        if (l.behind || l.hasGroups() || !LookChain.applies(l) || l.chain.length == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder(l.chain.length);
        for (int pc : l.chain) {
            if (l.body.op[pc] != Program.RANGE || l.body.arg[pc] != l.body.arg2[pc]) {
                return null;
            }
            b.append((char) l.body.arg[pc]);
        }
        return b.toString();
    }

    /**
     * {@link LookChain#holds} for a lookahead of {@code lit} at {@code pos}: whether the text
     * there, up to {@code bodyEnd} ({@link LookTables#bodyEnd}), starts with {@code lit}, unless
     * negated. A backtracker position lies within the region, so within what the body sees.
     */
    private static boolean literalLookHolds(String lit, boolean negated, CharSequence text, int pos, int bodyEnd) {
        if (bodyEnd - pos < lit.length()) {
            return negated;
        }
        for (int i = 0; i < lit.length(); i++) {
            if (text.charAt(pos + i) != lit.charAt(i)) {
                return negated;
            }
        }
        return !negated;
    }

    /** Whether a search of this program reads lookaround tables (false when it has no LOOK, or only {@link Filters#literalLook}s). */
    public boolean needsLookTables() {
        return prog.hasLooks() && !filters().onlyLiteralLooks;
    }

    /** {@link Filters#endsHere}: per instruction, whether a straight run of SAVE, NOP and ASSERT leads to MATCH. */
    private static boolean[] endsHere(Program prog) {
        int size = prog.size();
        boolean[] ends = new boolean[size];
        for (int pc0 = 0; pc0 < size; pc0++) {
            int pc = pc0;
            for (int i = 0; i < size; i++) { // a straight run visits each instruction once at most
                int o = prog.op[pc];
                if (o == Program.MATCH) {
                    ends[pc0] = true;
                    break;
                }
                if (o != Program.SAVE && o != Program.NOP && o != Program.ASSERT) {
                    break;
                }
                pc = prog.out[pc];
            }
        }
        return ends;
    }

    /**
     * The first assertion on the straight path from {@code prog.startAtFrom} (through SAVE and NOP
     * only, so every match passes it at its start), or -1. From {@code startAtFrom}, not
     * {@code start}: the pair-midpoint guard that {@code start} adds does not apply at a search's
     * own start.
     */
    private static int leadingAssert(Program prog) {
        int pc = prog.startAtFrom;
        for (int i = 0; i < prog.size(); i++) {
            int o = prog.op[pc];
            if (o == Program.ASSERT) {
                return prog.arg[pc];
            }
            if (o != Program.SAVE && o != Program.NOP) {
                return -1;
            }
            pc = prog.out[pc];
        }
        return -1;
    }

    public Backtracker(Program prog) {
        this.prog = prog;
    }

    /**
     * The stack (in ints) the deepest search of this program so far needed, up to
     * {@link #MAX_STACK_HINT}: a new cache starts at that size. A Matcher per line of a log
     * otherwise grew a fresh stack by doubling on every line ({@code (.+)$} pushes its exit at
     * each unit), allocating and copying more than the whole match cost. Racy on purpose: a lost
     * update only means one more growth.
     */
    private int stackHint = Cache.PRESIZED_STACK;
    /** Ints: 4 KiB, above which a new cache starts small again and grows only if its search needs it. */
    static final int MAX_STACK_HINT = 1024;

    /** Records the stack {@code cache}'s search needed, for the next new cache. */
    private void noteStack(Cache cache) {
        int n = cache.stack.length;
        if (n > stackHint && n <= MAX_STACK_HINT) {
            stackHint = n;
        }
    }

    private Filters filters() {
        Filters f = filters;
        if (f == null) {
            f = new Filters(prog); // racing threads build equal objects; either is fine
            filters = f;
        }
        return f;
    }

    /** The one target of DISPATCH {@code pc}'s ranges that hold ASCII units, or -1 if there are several. */
    private static int asciiDispatch(Program prog, int pc) {
        char[] r = prog.classes[prog.arg[pc]];
        int[] t = prog.targets[prog.arg[pc]];
        int target = -1;
        for (int i = 0; 2 * i + 1 < r.length && r[2 * i] < 128; i++) {
            if (target >= 0 && t[i] != target) {
                return -1;
            }
            target = t[i];
        }
        return target;
    }

    /**
     * False when no match can start at {@code from}: every match consumes a unit first, and the
     * unit there (if the region has one) is not one a match can begin with. True when unsure.
     */
    public boolean canBeginAt(SearchInput in, int from) {
        FirstUnits first = filters().first;
        return first == null || from < in.regionEnd && first.contains(in.text.charAt(from));
    }

    /** Whether a search over {@code [from, end]} is small enough for this engine. */
    public boolean fits(int from, int end) {
        return (long) filters().rowBits * (end - from + 1) <= MAX_VISITED_BITS;
    }

    public Cache newCache() {
        return newCache(new Budget());
    }

    /** A cache whose searches tick {@code budget} (a {@link Strategy.Scratch}'s, shared by its engines). */
    Cache newCache(Budget budget) {
        return newCache(budget, new Assertions.BaseCharMemo());
    }

    /** As {@link #newCache(Budget)}, sharing {@code memo} with the other engines of the same owner. */
    Cache newCache(Budget budget, Assertions.BaseCharMemo memo) {
        Cache c = new Cache(prog, memo);
        c.budget = budget;
        return c;
    }

    /**
     * As {@link PikeVM#search(SearchInput, int, int, Anchor, int[], PikeVM.Cache)} (same match and
     * slots), for spans where {@link #fits} holds.
     */
    public boolean search(SearchInput in, int from, int end, Anchor anchor, int[] slots, Cache cache) {
        final int stride = end - from + 1;
        final Filters filters = filters();
        final int size = filters.rowBits;
        cache.reset(size * stride, stackHint);
        // A failed run undoes its slot writes on the way out, so one fill serves every start.
        Arrays.fill(cache.slots, -1);
        cache.dirtyEnd = 0;
        final FirstUnits first = filters.first;
        final int lead = filters.leadingAssert;
        for (int s = from; s <= end; s++) {
            if (first != null) {
                // Every match consumes a unit first: skip the starts no match can begin with.
                int t = s;
                CharSequence text = in.text;
                while (t < end && !first.contains(text.charAt(t))) {
                    t++;
                }
                cache.budget.charge(t - s);
                if (t == end || (t != s && anchor != Anchor.UNANCHORED)) {
                    break;
                }
                s = t;
            }
            if (lead >= 0 && (Assertions.check(lead, in, s, cache.memo) & Assertions.HOLDS) == 0) {
                // No match starts here: its leading assertion fails (the run would fail at once).
                cache.budget.tick();
                if (anchor != Anchor.UNANCHORED) {
                    break;
                }
                continue;
            }
            if (run(in, s == from ? prog.startAtFrom : prog.start, s, from, end, size, anchor, cache, filters)) {
                prog.copyOut(cache.slots, slots);
                cache.finished();
                noteStack(cache);
                return true;
            }
            if (anchor != Anchor.UNANCHORED) {
                break;
            }
        }
        cache.finished();
        noteStack(cache);
        return false;
    }

    /**
     * An unanchored search of {@code [from, end]} for a pattern none of whose matches is longer
     * than {@code window} units ({@link MaxUnits}): the same match and slots as {@link #search},
     * for regions of any length. Each start where a match can begin is tried on its own window
     * {@code [s, s + window]}, with a visited set the size of a window (cleared between starts
     * where the last one set bits), so the work is at most the program size times
     * {@code window + 1} per start: linear in the region. This is java.util.regex's loop (try
     * each start, a bounded walk from there), with the visited set keeping each walk bounded.
     */
    boolean searchWindows(SearchInput in, int from, int end, int window, int[] slots, Cache cache) {
        final Filters filters = filters();
        final int size = filters.rowBits;
        final int stride = window + 1;
        cache.reset(size * stride, stackHint);
        Arrays.fill(cache.slots, -1);
        cache.dirtyEnd = 0;
        final long[] visited = cache.visited;
        final FirstUnits first = filters.first;
        final int lead = filters.leadingAssert;
        final CharSequence text = in.text;
        for (int s = from; s <= end; s++) {
            if (first != null) {
                int t = s;
                while (t < end && !first.contains(text.charAt(t))) {
                    t++;
                }
                cache.budget.charge(t - s);
                if (t == end) {
                    break;
                }
                s = t;
            }
            if (lead >= 0 && (Assertions.check(lead, in, s, cache.memo) & Assertions.HOLDS) == 0) {
                cache.budget.tick(); // the leading assertion fails: no match starts here
                continue;
            }
            if (cache.dirtyEnd > 0) {
                Arrays.fill(visited, 0, cache.dirtyEnd, 0L); // the last start's bits
                cache.dirtyEnd = 0;
            }
            int windowEnd = (int) Math.min(end, (long) s + window);
            if (run(in, s == from ? prog.startAtFrom : prog.start, s, s, windowEnd, size, Anchor.START, cache, filters)) {
                prog.copyOut(cache.slots, slots);
                cache.finished();
                noteStack(cache);
                return true;
            }
        }
        cache.finished();
        noteStack(cache);
        return false;
    }

    /** Depth-first search from (pc0, pos0); on success the slots hold the match. */
    private boolean run(SearchInput in, int pc0, int pos0, int from, int end, int size, Anchor anchor, Cache cache,
                        Filters filters) {
        final long[] low = filters.low;
        final long[] high = filters.high;
        final byte[] altFilter = filters.altFilter;
        final byte[] firstFilter = filters.firstFilter;
        final long[] firstLow = filters.firstLow;
        final long[] firstHigh = filters.firstHigh;
        final int[] toMatch = filters.toMatch;
        final int[] visitBit = filters.visitBit;
        final int[] loopBody = filters.loopBody;
        final int[] lazyBody = filters.lazyBody;
        final int[] asciiTarget = filters.asciiTarget;
        final boolean[] endsHere = filters.endsHere;
        final String[] literalLook = filters.literalLook;
        final boolean both = anchor == Anchor.BOTH;
        final int[] op = prog.op;
        final int[] out = prog.out;
        final int[] arg = prog.arg;
        final int[] arg2 = prog.arg2;
        final CharSequence text = in.text;
        final long[] visited = cache.visited;
        final int[] slots = cache.slots;
        int[] stack = cache.stack;
        int sp = 0;
        stack[sp++] = pc0;
        stack[sp++] = pos0;
        stack[sp++] = EXPLORE;
        long steps = 0;
        int dirtyEnd = cache.dirtyEnd;
        final Budget budget = cache.budget;
        // The step loop: one frame popped per iteration.
        chain_failed:
        while (sp > 0) {
            int kind = stack[--sp];
            int pos = stack[--sp];
            int pc = stack[--sp];
            if (kind != EXPLORE) {
                slots[kind] = pos; // undo a slot write
                continue;
            }
            // Follow one chain, pushing alternatives and slot restores.
            while (true) {
                int v = visitBit[pc];
                if (v >= 0) {
                    long bit = (long) (pos - from) * size + v;
                    int word = (int) (bit >>> 6);
                    long w = visited[word];
                    long mask = 1L << bit;
                    if ((w & mask) != 0) {
                        break;
                    }
                    visited[word] = w | mask;
                    if (word >= dirtyEnd) {
                        dirtyEnd = word + 1;
                    }
                }
                steps++;
                budget.tick(); // may abort: the next search resets the visited set, slots and stack
                int o = op[pc];
                if (o == Program.RANGE) {
                    if (pos < end) {
                        char c = text.charAt(pos);
                        if (c >= arg[pc] && c <= arg2[pc]) {
                            pc = out[pc];
                            pos++;
                            continue;
                        }
                    }
                    break;
                } else if (o == Program.CLASS) {
                    char c;
                    if (pos < end && ((c = text.charAt(pos)) < 128
                            ? ((c < 64 ? low[pc] : high[pc]) >>> c & 1L) != 0
                            : prog.accepts(pc, c))) {
                        pc = out[pc];
                        pos++;
                        continue;
                    }
                    break;
                } else if (o == Program.DISPATCH) {
                    int target = -1;
                    if (pos < end) {
                        char c = text.charAt(pos);
                        int t;
                        target = c < 128 && (t = asciiTarget[pc]) >= 0
                                ? (((c < 64 ? low[pc] : high[pc]) >>> c & 1L) != 0 ? t : -1)
                                : prog.next(pc, c);
                    }
                    if (target >= 0) {
                        pc = target;
                        pos++; // the visited words to clear are tracked where bits are set
                        continue;
                    }
                    break;
                } else if (o == Program.SPLIT) {
                    int d = loopBody[pc];
                    if (d >= 0) {
                        // A one-unit loop: while the unit is ASCII, take the body (pushing the exit
                        // where it may begin) and come back, as the general steps below would, one
                        // tight iteration per unit. Stops on a unit it cannot decide by a bit
                        // test (left to the general steps) or where the loop itself stops.
                        final int exit = arg[pc];
                        final long exitLow = low[pc];
                        final long exitHigh = high[pc];
                        final boolean exitAlways = altFilter[pc] == ALT_ALWAYS;
                        // The exit can only succeed at the span's end (see Filters#endsHere), which the loop never reaches.
                        final boolean exitNever = both && endsHere[exit];
                        // A literal lookahead before the body's class (Filters#loopBody): checked per unit.
                        final String bodyLook = op[d] == Program.LOOK ? literalLook[d] : null;
                        final Lookaround bodyLookaround = bodyLook == null ? null : prog.looks.get(arg[d]);
                        final boolean bodyLookNegated = bodyLook != null && bodyLookaround.negated;
                        final int bodyLookEnd = bodyLook == null ? 0 : LookTables.bodyEnd(in, bodyLookaround);
                        final int bodyClass = bodyLook == null ? d : out[d];
                        final int lookSteps = bodyLook == null ? 0 : 1 + bodyLook.length();
                        final long bodyLow = low[bodyClass];
                        final long bodyHigh = high[bodyClass];
                        final int needExit = toMatch[exit];
                        final int needBody = toMatch[d];
                        final int vBody = visitBit[d];
                        final int vLoop = visitBit[pc];
                        char c;
                        // Charged to the budget when the loop ends (at most the span): no field write per unit.
                        final long loopSteps0 = steps;
                        while (pos < end && (c = text.charAt(pos)) < 128) {
                            int left = end - pos;
                            long bitOf = 1L << c;
                            boolean second = (exitAlways || ((c < 64 ? exitLow : exitHigh) & bitOf) != 0) && needExit <= left
                                    && !exitNever;
                            if (((c < 64 ? bodyLow : bodyHigh) & bitOf) == 0 || needBody > left
                                    || bodyLook != null && !literalLookHolds(bodyLook, bodyLookNegated, text, pos, bodyLookEnd)) {
                                break; // the body cannot go on here: the general steps decide
                            }
                            steps += lookSteps;
                            if (second) {
                                if (sp + 3 > stack.length) {
                                    stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                                }
                                stack[sp++] = exit;
                                stack[sp++] = pos;
                                stack[sp++] = EXPLORE;
                            }
                            // The body at pos (marked if it has a bit), then the loop head at pos + 1.
                            if (vBody >= 0) {
                                int marked = mark(visited, (long) (pos - from) * size + vBody, dirtyEnd);
                                if (marked < 0) {
                                    budget.charge(steps - loopSteps0);
                                    continue chain_failed; // visited before: the chain ends here
                                }
                                dirtyEnd = marked;
                            }
                            steps++;
                            pos++;
                            if (vLoop >= 0) {
                                int marked = mark(visited, (long) (pos - from) * size + vLoop, dirtyEnd);
                                if (marked < 0) {
                                    budget.charge(steps - loopSteps0);
                                    continue chain_failed; // visited before: the chain ends here
                                }
                                dirtyEnd = marked;
                            }
                            steps++;
                        }
                        budget.charge(steps - loopSteps0);
                    }
                    d = lazyBody[pc];
                    if (d >= 0) {
                        // A lazy one-unit loop: while its exit cannot begin with the (ASCII) unit,
                        // the general steps would go straight to the body and back; do that tightly.
                        final int exit = out[pc];
                        final long exitLow = firstLow[pc];
                        final long exitHigh = firstHigh[pc];
                        final long bodyLow = low[d];
                        final long bodyHigh = high[d];
                        final int needExit = toMatch[exit];
                        final int needBody = toMatch[d];
                        final int vBody = visitBit[d];
                        final int vLoop = visitBit[pc];
                        char c;
                        // Charged to the budget when the loop ends (at most the span): no field write per unit.
                        final long loopSteps0 = steps;
                        while (pos < end && (c = text.charAt(pos)) < 128) {
                            int left = end - pos;
                            long bitOf = 1L << c;
                            if (((c < 64 ? exitLow : exitHigh) & bitOf) != 0 && needExit <= left
                                    || ((c < 64 ? bodyLow : bodyHigh) & bitOf) == 0 || needBody > left) {
                                break; // the exit may begin here, or the body cannot go on: the general steps decide
                            }
                            if (vBody >= 0) {
                                int marked = mark(visited, (long) (pos - from) * size + vBody, dirtyEnd);
                                if (marked < 0) {
                                    budget.charge(steps - loopSteps0);
                                    continue chain_failed; // visited before: the chain ends here
                                }
                                dirtyEnd = marked;
                            }
                            steps++;
                            pos++;
                            if (vLoop >= 0) {
                                int marked = mark(visited, (long) (pos - from) * size + vLoop, dirtyEnd);
                                if (marked < 0) {
                                    budget.charge(steps - loopSteps0);
                                    continue chain_failed; // visited before: the chain ends here
                                }
                                dirtyEnd = marked;
                            }
                            steps++;
                        }
                        budget.charge(steps - loopSteps0);
                    }
                    byte f = altFilter[pc];
                    byte g = firstFilter[pc];
                    // The unit at pos, or -1 at the end (where no branch that must consume can match).
                    int c = (f | g) == ALT_ALWAYS || pos >= end ? -1 : text.charAt(pos);
                    int left = end - pos;
                    boolean second = (f == ALT_ALWAYS || c >= 0 && (c < 128
                            ? ((c < 64 ? low[pc] : high[pc]) >>> c & 1L) != 0
                            : f == ALT_ASCII_OR_WIDE)) && toMatch[arg[pc]] <= left
                            && (left == 0 || !both || !endsHere[arg[pc]]);
                    boolean first = (g == ALT_ALWAYS || c >= 0 && (c < 128
                            ? ((c < 64 ? firstLow[pc] : firstHigh[pc]) >>> c & 1L) != 0
                            : g == ALT_ASCII_OR_WIDE)) && toMatch[out[pc]] <= left;
                    if (!first) {
                        if (!second) {
                            break;
                        }
                        pc = arg[pc]; // the preferred branch would fail here: only the other is left
                        continue;
                    }
                    if (second) {
                        if (sp + 3 > stack.length) {
                            stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[sp++] = arg[pc];
                        stack[sp++] = pos;
                        stack[sp++] = EXPLORE;
                    }
                    pc = out[pc];
                } else if (o == Program.SAVE) {
                    int slot = arg[pc];
                    if (sp + 3 > stack.length) {
                        stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[sp++] = 0;
                    stack[sp++] = slots[slot];
                    stack[sp++] = slot;
                    slots[slot] = pos;
                    pc = out[pc];
                } else if (o == Program.MATCH) {
                    if (anchor == Anchor.BOTH && pos != end) {
                        break;
                    }
                    cache.steps += steps;
                    cache.dirtyEnd = dirtyEnd;
                    return true;
                } else if (o == Program.ASSERT) {
                    if ((Assertions.check(arg[pc], in, pos, cache.memo) & Assertions.HOLDS) == 0) {
                        break;
                    }
                    pc = out[pc];
                } else if (o == Program.LATCH) {
                    int base = prog.slotCount + arg2[pc];
                    if (slots[base] < 0) {
                        if (sp + 6 > stack.length) {
                            stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[sp++] = 0;
                        stack[sp++] = slots[base];
                        stack[sp++] = base;
                        stack[sp++] = 0;
                        stack[sp++] = slots[base + 1];
                        stack[sp++] = base + 1;
                        slots[base] = slots[2 * arg[pc]];
                        slots[base + 1] = slots[2 * arg[pc] + 1];
                    }
                    pc = out[pc];
                } else if (o == Program.NOP) {
                    pc = out[pc];
                } else if (o == Program.LOOK) {
                    // A lookaround, read from the tables (or compared here, for a literal
                    // lookahead): a function of the position only, so the visited set stays sound.
                    String lit = literalLook == null ? null : literalLook[pc];
                    if (lit != null) {
                        steps += lit.length(); // as LookChain counts a chain walk
                        Lookaround l = prog.looks.get(arg[pc]);
                        if (!literalLookHolds(lit, l.negated, text, pos, LookTables.bodyEnd(in, l))) {
                            break;
                        }
                    } else if (!cache.looks.holds(arg[pc], pos)) {
                        break;
                    }
                    pc = out[pc];
                } else { // FAIL
                    break;
                }
            }
        }
        cache.steps += steps;
        cache.dirtyEnd = dirtyEnd;
        return false;
    }

    /**
     * Sets visited bit {@code bit}: -1 if it was already set, else the new one-past-last dirty
     * word given the current {@code dirtyEnd}.
     */
    private static int mark(long[] visited, long bit, int dirtyEnd) {
        int word = (int) (bit >>> 6);
        long w = visited[word];
        long mask = 1L << bit;
        if ((w & mask) != 0) {
            return -1;
        }
        visited[word] = w | mask;
        return word >= dirtyEnd ? word + 1 : dirtyEnd;
    }

    /** Mutable per-search state: the visited bits, one slot row and the DFS stack. */
    public static final class Cache {
        /** Bit {@code (pos - from) * rowBits + visitBit[pc]} (see {@link Filters#visitBit}): position-major, see {@link #dirtyWords}. */
        long[] visited = NO_BITS;
        /**
         * Words of {@link #visited} that may have bits set: those of the positions the last search
         * reached (all of them while a search runs, in case it is aborted).
         */
        int dirtyWords;
        /** One past the last word of {@link #visited} the current search has set a bit in. */
        int dirtyEnd;
        final int[] slots;
        /** Sized by {@link #reset} before the first search. */
        int[] stack = NO_FRAMES;
        private static final long[] NO_BITS = new long[0];
        private static final int[] NO_FRAMES = new int[0];
        /**
         * The stack {@link #reset} allocates up front (16 frames); deeper searches double it as
         * they go. Small: a Matcher per line of a grep allocates it per line (at 192 ints it was
         * most of the bytes a grep-captures line allocated), and with the branch filters and the
         * tight one-unit loops a search pushes far fewer frames than units.
         */
        static final int PRESIZED_STACK = 48;
        /** Null for a program without word boundaries (nothing consults it). */
        final Assertions.BaseCharMemo memo;
        long steps;
        /** The owning search's limits (a private unlimited one when used alone). */
        Budget budget;
        /** The lookaround tables of the current input, for programs with {@link Program#LOOK}. */
        LookTables looks;

        Cache(Program prog, Assertions.BaseCharMemo memo) {
            slots = new int[prog.slotCount + prog.latchSlotCount];
            this.memo = memo;
        }

        void reset(int bits, int stackInts) {
            if (stack.length == 0) {
                stack = new int[stackInts];
            }
            int words = (bits + 63) >>> 6;
            if (visited.length < words) {
                visited = new long[Math.max(words, Math.min(2 * visited.length, MAX_VISITED_BITS >>> 6))];
            } else if (dirtyWords > 0) {
                Arrays.fill(visited, 0, dirtyWords, 0L);
            }
            dirtyWords = visited.length; // until the search ends normally and says how far it went
            if (memo != null) {
                memo.reset();
            }
        }

        /** A search ended normally: only the words it set bits in need clearing before the next. */
        void finished() {
            dirtyWords = dirtyEnd;
        }

        /** Work counted so far: (instruction, position) pairs visited. */
        public long steps() {
            return steps;
        }
    }
}
