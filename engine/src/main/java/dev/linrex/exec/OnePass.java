package dev.linrex.exec;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * A one-pass capture engine for anchored searches: for a program in which, at every position of
 * an anchored run, at most one NFA thread can go on consuming (RE2's OnePass, regex-automata's
 * {@code onepass::DFA}), captures need neither thread lists nor backtracking. Each state is the
 * instruction a thread resumes at after consuming a unit; its transition on a unit class names the
 * next state and the actions (assertions to check, SAVE and LATCH slot writes, in program order)
 * of the one path that reaches the consuming instruction. One table lookup per unit.
 *
 * <p>Exactly the {@link PikeVM}'s answer, slots included. The table is built from the same
 * depth-first closure the Pike VM makes at each step (priority order, an instruction reached a
 * second time in one step is dropped), with two conservative rules where a static table could
 * differ from that run: the program is not one-pass if two consuming instructions of one closure
 * accept a common unit (two threads would run on), or if an instruction is reached a second time
 * by a path whose assertions do not include those of the first arrival (which arrival the Pike VM
 * keeps would depend on the text). Lookarounds are never one-pass. java.util.regex's group rules
 * (a loop's last iteration, the extra empty iteration, GroupCurly's latch) are in the program the
 * {@link Compiler} makes, so replaying its instructions keeps them.
 *
 * <p>Built on the first capture request (see {@link Strategy}), and only when its table stays
 * under {@link #MAX_CELLS} cells; immutable and shareable, mutable state in a {@link Cache}.
 */
public final class OnePass {
    /** Table cells (states x unit classes) at most: 64 KiB of table. Larger patterns use the other engines. */
    static final int MAX_CELLS = 16 * 1024;
    /** Programs larger than this are not analysed (the analysis is one closure walk per state). */
    static final int MAX_PROGRAM = 4096;
    /**
     * Work (closure steps plus unit classes tried per consuming instruction) the analysis may
     * spend before it gives up on the pattern: a few milliseconds at most, on the first capture
     * request (a wide alternation of single units could otherwise cost instructions x classes).
     */
    static final long MAX_BUILD_WORK = 1L << 20;
    private static final int STATE_MASK = 0x7FFF;
    /** In a cell: the closure's MATCH comes before its consuming instruction in priority. */
    private static final int MATCH_FIRST = 0x8000;
    /** Action codes below this are LATCH instructions (LATCH_BASE - pc); between it and 0, assertions (-1 - code). */
    private static final int LATCH_BASE = -1000;

    private final Program prog;
    private final UnitClasses classes;
    private final char[] latin1;
    private final int classCount;
    /**
     * Per (state, class): -1 if no thread goes on, else {@code action << 16 | MATCH_FIRST? | next}
     * where {@code action} is an offset in {@link #actions} (0: none).
     */
    private final int[] table;
    /** Per state: the actions of its closure's path to MATCH (an offset in {@link #actions}), or -1 if none. */
    private final int[] matchActions;
    /** Action lists: at an offset, the number of assertions, the number of slot actions, then both. */
    private final int[] actions;
    private final int startState;
    /** The state a match attempt at a later position starts in ({@link Program#start}: with the pair-midpoint guard). */
    private final int laterStartState;
    /**
     * Whether an action list checks a word boundary, the only assertion that reads the memo: a
     * search of {@code ^...$} then allocates none (one object fewer per Matcher).
     */
    private final boolean needsMemo;
    /**
     * Per state: the cell of its self-loop (the thread stays in the state and does nothing, as
     * {@code [0-9]} in {@code [0-9]+}), or {@link #NO_LOOP}. A run of units taking that cell is
     * scanned by a tight loop whose table reads do not wait on each other (see {@link SelfLoops}).
     */
    private final int[] loopCell;

    private OnePass(Program prog, UnitClasses classes, int[] table, int[] matchActions, int[] actions, int startState,
                    int laterStartState) {
        this.prog = prog;
        this.classes = classes;
        this.latin1 = classes.latin1();
        this.classCount = classes.count();
        this.table = table;
        this.matchActions = matchActions;
        this.actions = actions;
        this.startState = startState;
        this.laterStartState = laterStartState;
        boolean asserts = false;
        for (int s = 0; s < matchActions.length; s++) {
            asserts |= matchActions[s] >= 0 && actions[matchActions[s]] > 0;
        }
        for (int cell : table) {
            asserts |= cell >= 0 && actions[cell >>> 16] > 0;
        }
        this.needsMemo = asserts && Assertions.usesBaseCharMemo(prog);
        this.loopCell = SelfLoops.cells(table, matchActions, actions, classCount, MATCH_FIRST, STATE_MASK);
    }

    /** The one-pass engine of {@code prog}, or null if the program is not one-pass or too large for the table. */
    public static OnePass of(Program prog) {
        if (prog.hasLooks() || prog.size() > MAX_PROGRAM) {
            return null;
        }
        return new Builder(prog).build();
    }

    /** Approximate heap bytes of the tables. */
    long memoryBytes() {
        return 64 + 4L * (table.length + matchActions.length + actions.length) + classes.memoryBytes();
    }

    public Cache newCache() {
        return newCache(new Budget());
    }

    /** A cache whose searches tick {@code budget} (a {@link Strategy.Scratch}'s, shared by its engines). */
    Cache newCache(Budget budget) {
        Cache c = new Cache(prog);
        c.budget = budget;
        return c;
    }

    /**
     * An anchored search from {@code from} ({@link Anchor#START}: the leftmost-first match starting
     * there; {@link Anchor#BOTH}: the match ending exactly at {@code end}), reading no unit at or
     * past {@code end}. Fills {@code slots} (as many as it holds) as
     * {@link PikeVM#search(SearchInput, int, int, Anchor, int[], PikeVM.Cache)} does.
     */
    public boolean search(SearchInput in, int from, int end, Anchor anchor, int[] slots, Cache cache) {
        if (anchor == Anchor.UNANCHORED) {
            throw new IllegalArgumentException("one-pass searches are anchored");
        }
        return run(in, from, startState, end, anchor == Anchor.BOTH, slots, cache);
    }

    /** {@link #find}: the work allowed ran out before an answer (the caller uses another engine). */
    static final int GAVE_UP = -1;

    /**
     * An unanchored search of {@code [from, end)} as anchored attempts at each start in turn: the
     * first start with a match has the leftmost-first match, the one the Pike VM reports. Starts
     * whose unit no thread can take (and that cannot match empty) are skipped with one table
     * lookup. Meant for short regions: an attempt can read on to {@code end}, so the work is
     * capped at the backtracker's bound (program size x span) and past it this gives up.
     * Returns 1 (a match, slots filled), 0 (none) or {@link #GAVE_UP}.
     */
    int find(SearchInput in, int from, int end, int[] slots, Cache cache) {
        final CharSequence text = in.text;
        final long limit = (long) prog.size() * (end - from + 1);
        final long steps0 = cache.steps;
        for (int s = from; s <= end; s++) {
            int st = s == from ? startState : laterStartState;
            if (s < end && matchActions[st] < 0) {
                char c = text.charAt(s);
                if (table[st * classCount + (c < 256 ? latin1[c] : classes.classOf(c))] < 0) {
                    cache.budget.tick();
                    cache.steps++;
                    continue; // no match begins here
                }
            }
            if (run(in, s, st, end, false, slots, cache)) {
                return 1;
            }
            if (cache.steps - steps0 > limit) {
                return GAVE_UP;
            }
        }
        return 0;
    }

    private boolean run(SearchInput in, int from, int startState, int end, boolean both, int[] slots, Cache cache) {
        final CharSequence text = in.text;
        final int[] table = this.table;
        final char[] latin1 = this.latin1;
        final int nc = classCount;
        final int[] row = cache.slots;
        final Budget budget = cache.budget;
        final int[] loopCell = this.loopCell;
        if (row.length == 2) {
            row[0] = -1; // (most patterns read here want group 0 only: no fill call for two slots)
            row[1] = -1;
        } else {
            Arrays.fill(row, -1);
        }
        if (cache.memo != null) {
            cache.memo.reset();
        } else if (needsMemo) {
            cache.memo = new Assertions.BaseCharMemo();
        }
        boolean candidate = false; // START: a lower-priority match seen earlier, kept in cache.match
        int s = startState;
        int pos = from;
        for (; pos < end; pos++) {
            budget.tick();
            char c = text.charAt(pos);
            int cell = table[s * nc + (c < 256 ? latin1[c] : classes.classOf(c))];
            if (!both) {
                int m = matchActions[s];
                if (m >= 0 && holds(m, in, pos, cache)) {
                    if (cell < 0 || (cell & MATCH_FIRST) != 0) {
                        // The match outranks every thread that could go on: it is the result.
                        apply(m, row, pos);
                        cache.steps += pos - from;
                        copyOut(row, slots);
                        return true;
                    }
                    // A match the thread going on may still beat (by matching later): keep it.
                    if (cache.match == null) {
                        cache.match = new int[row.length];
                    }
                    System.arraycopy(row, 0, cache.match, 0, row.length);
                    apply(m, cache.match, pos);
                    candidate = true;
                }
            }
            if (cell < 0) {
                break;
            }
            int a = cell >>> 16;
            if (a != 0) {
                if (!holds(a, in, pos, cache)) {
                    break;
                }
                apply(a, row, pos);
            }
            s = cell & STATE_MASK;
            int loop = loopCell[s];
            if (loop != SelfLoops.NO_LOOP) {
                // The units that keep the thread in this state, doing nothing, need no other check.
                pos = text instanceof String str
                        ? SelfLoops.skip(str, pos + 1, end, table, s * nc, loop, latin1, classes, budget) - 1
                        : SelfLoops.skip(text, pos + 1, end, table, s * nc, loop, latin1, classes, budget) - 1;
            }
        }
        cache.steps += pos - from;
        if (pos == end) {
            int m = matchActions[s];
            if (m >= 0 && holds(m, in, pos, cache)) {
                apply(m, row, pos);
                copyOut(row, slots);
                return true;
            }
        }
        if (candidate) {
            copyOut(cache.match, slots);
            return true;
        }
        return false;
    }

    /** {@link Program#copyOut}, with the common case (group 0 only, no latches) written out. */
    private void copyOut(int[] row, int[] slots) {
        if (slots.length == 2 && prog.latchSlotCount == 0) {
            slots[0] = row[0];
            slots[1] = row[1];
        } else {
            prog.copyOut(row, slots);
        }
    }

    /** Whether every assertion of action list {@code a} holds at {@code pos}. */
    private boolean holds(int a, SearchInput in, int pos, Cache cache) {
        int n = actions[a];
        for (int i = a + 2; i < a + 2 + n; i++) {
            if ((Assertions.check(actions[i], in, pos, cache.memo) & Assertions.HOLDS) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Applies the slot actions of list {@code a} at {@code pos}, in program order. */
    private void apply(int a, int[] row, int pos) {
        int i = a + 2 + actions[a];
        int stop = i + actions[a + 1];
        for (; i < stop; i++) {
            int x = actions[i];
            if (x >= 0) {
                row[x] = pos;
            } else { // LATCH: keep the group's span of the first exit only
                int pc = LATCH_BASE - x;
                int base = prog.slotCount + prog.arg2[pc];
                if (row[base] < 0) {
                    int g = prog.arg[pc];
                    row[base] = row[2 * g];
                    row[base + 1] = row[2 * g + 1];
                }
            }
        }
    }

    /** Mutable per-search state: the slot row, a kept lower-priority match and counters. */
    public static final class Cache {
        final int[] slots;
        /** A lower-priority match kept while a START search goes on; made when first needed. */
        int[] match;
        /** Made by the first search whose pattern has assertions (a Matcher often never needs it). */
        Assertions.BaseCharMemo memo;
        long steps;
        Budget budget;

        Cache(Program prog) {
            slots = new int[prog.slotCount + prog.latchSlotCount];
        }

        /** Units scanned so far by searches with this cache. */
        public long steps() {
            return steps;
        }
    }

    /** The analysis: one closure walk per state, filling the table; null as soon as the program is not one-pass. */
    private static final class Builder {
        private final Program prog;
        private final UnitClasses classes;
        private final int nc;
        /** State of each resume instruction, or -1. */
        private final int[] stateOf;
        private int[] resumePc = new int[16];
        private int states;
        private int[] table = new int[0];
        private int[] matchActions = new int[16];
        private int[] actions = new int[64];
        private int actionsSize = 2; // offset 0: the empty list
        /** Closure walk scratch: the step each instruction was last reached in, and its assertions then. */
        private final int[] seenIn;
        private final long[] seenConditions;
        /** Analysis work so far, see {@link #MAX_BUILD_WORK}. */
        private long work;
        /** Per class, the closure leaf (consuming instruction) that took it in the current state. */
        private final int[] takenBy;

        Builder(Program prog) {
            this.prog = prog;
            this.classes = alphabet(prog);
            this.nc = classes.count();
            this.stateOf = new int[prog.size()];
            Arrays.fill(stateOf, -1);
            this.seenIn = new int[prog.size()];
            Arrays.fill(seenIn, -1);
            this.seenConditions = new long[prog.size()];
            this.takenBy = new int[nc];
        }

        private static UnitClasses alphabet(Program p) {
            UnitClasses.Builder b = new UnitClasses.Builder();
            java.util.Set<char[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int pc = 0; pc < p.size(); pc++) {
                if (p.op[pc] == Program.RANGE) {
                    b.addRange((char) p.arg[pc], (char) p.arg2[pc]);
                } else if (p.op[pc] == Program.CLASS && seen.add(p.classes[p.arg[pc]])) {
                    b.add(p.classes[p.arg[pc]]);
                } else if (p.op[pc] == Program.DISPATCH && seen.add(p.classes[p.arg[pc]])) {
                    UnitClasses.addDispatch(b, p.classes[p.arg[pc]], p.targets[p.arg[pc]]);
                }
            }
            // The units the next-unit assertions read (see nextUnitBits).
            b.addRange(Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE);
            b.addRange('\n', '\n');
            return b.build();
        }

        OnePass build() {
            int start = stateFor(prog.startAtFrom);
            int laterStart = stateFor(prog.start);
            for (int s = 0; s < states; s++) {
                if (!fill(s)) {
                    return null;
                }
            }
            if (start < 0 || laterStart < 0) {
                return null;
            }
            return new OnePass(prog, classes, Arrays.copyOf(table, states * nc), Arrays.copyOf(matchActions, states),
                    Arrays.copyOf(actions, actionsSize), start, laterStart);
        }

        /** The state resuming at {@code pc}, made if new; -1 past the size limits. */
        private int stateFor(int pc) {
            if (stateOf[pc] >= 0) {
                return stateOf[pc];
            }
            if ((long) (states + 1) * nc > MAX_CELLS || states + 1 > STATE_MASK) {
                return -1;
            }
            int s = states++;
            stateOf[pc] = s;
            if (s == resumePc.length) {
                resumePc = Arrays.copyOf(resumePc, 2 * s);
                matchActions = Arrays.copyOf(matchActions, 2 * s);
            }
            resumePc[s] = pc;
            matchActions[s] = -1;
            if (table.length < states * nc) {
                table = Arrays.copyOf(table, Math.max(states * nc, 2 * table.length));
            }
            Arrays.fill(table, s * nc, states * nc, -1);
            return s;
        }

        /** A path's actions so far, newest first (shared by the paths that branch from it). */
        private record Path(int action, Path parent) {}

        /**
         * Walks state {@code s}'s closure in the Pike VM's order and fills its row; false if the
         * program is not one-pass (or too large).
         */
        private boolean fill(int s) {
            Arrays.fill(takenBy, -1);
            boolean matchSeen = false;
            int leaf = 0;
            // Explicit stack of (pc, conditions, path) frames; the walk never recurses.
            int[] pcs = new int[16];
            long[] conds = new long[16];
            Path[] paths = new Path[16];
            int sp = 0;
            pcs[sp] = resumePc[s];
            conds[sp] = 0;
            paths[sp] = null;
            sp++;
            while (sp > 0) {
                sp--;
                int pc = pcs[sp];
                long cond = conds[sp];
                Path path = paths[sp];
                while (pc >= 0) {
                    if (seenIn[pc] == s) {
                        // A second arrival, which the Pike VM drops only if the first one was
                        // taken: certain when the first needed no assertion this one lacks.
                        if ((seenConditions[pc] & ~cond) != 0) {
                            return false;
                        }
                        break;
                    }
                    seenIn[pc] = s;
                    seenConditions[pc] = cond;
                    if (++work > MAX_BUILD_WORK) {
                        return false;
                    }
                    int o = prog.op[pc];
                    switch (o) {
                        case Program.MATCH -> {
                            matchActions[s] = intern(path, false);
                            matchSeen = true;
                            leaf++;
                            pc = -1;
                        }
                        case Program.RANGE, Program.CLASS, Program.DISPATCH -> {
                            int act = -1;
                            long unitBits = cond & NEXT_UNIT_BITS;
                            if ((work += nc) > MAX_BUILD_WORK) {
                                return false;
                            }
                            for (int k = 0; k < nc; k++) {
                                char rep = classes.representative(k);
                                int target = prog.next(pc, rep);
                                if (target < 0 || unitBits != 0 && !nextUnitHolds(unitBits, rep)) {
                                    continue;
                                }
                                if (takenBy[k] >= 0) {
                                    return false; // two threads would go on with this unit
                                }
                                takenBy[k] = leaf;
                                int next = stateFor(target);
                                if (next < 0) {
                                    return false;
                                }
                                if (act < 0) {
                                    act = intern(path, true);
                                    if (act > 0x7FFF) { // the cell's sign bit means "no thread"
                                        return false;
                                    }
                                }
                                table[s * nc + k] = act << 16 | (matchSeen ? MATCH_FIRST : 0) | next;
                            }
                            leaf++;
                            pc = -1;
                        }
                        case Program.SPLIT -> {
                            if (sp == pcs.length) {
                                pcs = Arrays.copyOf(pcs, 2 * sp);
                                conds = Arrays.copyOf(conds, 2 * sp);
                                paths = Arrays.copyOf(paths, 2 * sp);
                            }
                            pcs[sp] = prog.arg[pc];
                            conds[sp] = cond;
                            paths[sp] = path;
                            sp++;
                            pc = prog.out[pc];
                        }
                        case Program.SAVE -> {
                            path = new Path(prog.arg[pc], path);
                            pc = prog.out[pc];
                        }
                        case Program.LATCH -> {
                            path = new Path(LATCH_BASE - pc, path);
                            pc = prog.out[pc];
                        }
                        case Program.ASSERT -> {
                            cond |= conditionBit(prog.arg[pc]);
                            path = new Path(-1 - prog.arg[pc], path);
                            pc = prog.out[pc];
                        }
                        case Program.NOP -> pc = prog.out[pc];
                        case Program.FAIL -> pc = -1;
                        default -> {
                            return false; // LOOK, or an instruction this engine does not know
                        }
                    }
                }
            }
            return true;
        }

        /**
         * Assertions about the unit after the position (whether it is a low surrogate, or a line
         * feed, inside the region or text): on the way to a consuming instruction that unit is
         * the one consumed, inside the span, so they are decided per unit class when the table is
         * built and never checked while scanning. (On the way to MATCH they are checked.)
         */
        private static final long NEXT_UNIT_BITS = conditionBit(Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE)
                | conditionBit(Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION)
                | conditionBit(Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION);

        private static boolean isNextUnitAssertion(int code) {
            return code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE
                    || code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION
                    || code == Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION;
        }

        /** Whether the next-unit assertions {@code bits} hold when the next unit is {@code c}. */
        private static boolean nextUnitHolds(long bits, char c) {
            if ((bits & conditionBit(Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION)) != 0 && c == '\n') {
                return false;
            }
            return (bits & ~conditionBit(Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION)) == 0
                    || !Character.isLowSurrogate(c);
        }

        private static long conditionBit(int code) {
            return 1L << (code >= Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE ? 48 + ((code - 100) & 15) : Math.min(code, 47));
        }

        /**
         * Stores a path's actions (assertions first, then slot actions in program order); returns
         * the offset, 0 if none. {@code toConsumer}: the path ends at a consuming instruction, so
         * its next-unit assertions are already decided by the table.
         */
        private int intern(Path path, boolean toConsumer) {
            int asserts = 0;
            int total = 0;
            for (Path p = path; p != null; p = p.parent) {
                if (isAssertion(p.action)) {
                    if (toConsumer && isNextUnitAssertion(-1 - p.action)) {
                        continue;
                    }
                    asserts++;
                }
                total++;
            }
            if (total == 0) {
                return 0;
            }
            int at = actionsSize;
            if (actions.length < at + 2 + total) {
                actions = Arrays.copyOf(actions, Math.max(at + 2 + total, 2 * actions.length));
            }
            actions[at] = asserts;
            actions[at + 1] = total - asserts;
            int ai = at + 2 + asserts;
            int si = at + 2 + total;
            for (Path p = path; p != null; p = p.parent) {
                if (isAssertion(p.action)) {
                    if (!(toConsumer && isNextUnitAssertion(-1 - p.action))) {
                        actions[--ai] = -1 - p.action;
                    }
                } else {
                    actions[--si] = p.action;
                }
            }
            actionsSize = at + 2 + total;
            return at;
        }

        private static boolean isAssertion(int action) {
            return action < 0 && action > LATCH_BASE;
        }
    }
}
