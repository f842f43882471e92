package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * The reference engine: Pike's NFA simulation with capture slots (as described by Russ Cox,
 * "Regular Expression Matching: the Virtual Machine Approach"). One pass over the input; at each
 * position a priority-ordered list of threads, at most one per instruction, so the work is
 * O(program size x input length) whatever the pattern. Leftmost-first: when a thread matches, all
 * lower-priority threads are dropped; higher-priority ones run on in case they match later.
 *
 * <p>Immutable and shareable; all mutable state is in a {@link Cache}.
 */
public final class PikeVM {
    private final Program prog;
    /**
     * Consuming instructions that read the low half of a surrogate pair (reached only from an
     * instruction reading high surrogates). java.util.regex reads a code point with
     * {@code Character.codePointAt} on the whole text: at a region end inside the text it reports
     * hitEnd only if the pair really continues past the region end. (At the end of the text linrex
     * keeps hitEnd true, since appended input could complete the pair: README "Deliberate differences".)
     * Built when a search first reaches a region end, not at compile time.
     */
    private volatile boolean[] pairSecond;

    public PikeVM(Program prog) {
        this.prog = prog;
    }

    private boolean[] pairSecond() {
        boolean[] r = pairSecond;
        if (r == null) {
            r = pairSeconds(prog); // racing threads build equal arrays; either is fine
            pairSecond = r;
        }
        return r;
    }

    private static boolean[] pairSeconds(Program p) {
        boolean[] r = new boolean[p.size()];
        for (int pc = 0; pc < p.size(); pc++) {
            int o = p.op[pc];
            int next = p.out[pc];
            if ((o == Program.RANGE || o == Program.CLASS) && onlyHighSurrogates(p, pc)
                    && (p.op[next] == Program.RANGE || p.op[next] == Program.CLASS)) {
                r[next] = true;
            } else if (o == Program.DISPATCH) {
                char[] ranges = p.classes[p.arg[pc]];
                int[] targets = p.targets[p.arg[pc]];
                for (int i = 0; i < targets.length; i++) {
                    if (ranges[2 * i] >= Character.MIN_HIGH_SURROGATE && ranges[2 * i + 1] <= Character.MAX_HIGH_SURROGATE) {
                        markConsuming(p, targets[i], r);
                    }
                }
            }
        }
        return r;
    }

    /** Marks {@code pc} as a pair's second unit if it consumes, or the consuming branches of a SPLIT there. */
    private static void markConsuming(Program p, int pc, boolean[] r) {
        if (Program.consumes(p.op[pc])) {
            r[pc] = true;
        } else if (p.op[pc] == Program.SPLIT) {
            for (int t : new int[] {p.out[pc], p.arg[pc]}) {
                if (Program.consumes(p.op[t])) {
                    r[t] = true;
                }
            }
        }
    }

    private static boolean onlyHighSurrogates(Program p, int pc) {
        if (p.op[pc] == Program.RANGE) {
            return p.arg[pc] >= Character.MIN_HIGH_SURROGATE && p.arg2[pc] <= Character.MAX_HIGH_SURROGATE;
        }
        char[] r = p.classes[p.arg[pc]];
        return r.length > 0 && r[0] >= Character.MIN_HIGH_SURROGATE && r[r.length - 1] <= Character.MAX_HIGH_SURROGATE;
    }

    public Program program() {
        return prog;
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
     * Searches {@code in} from {@code from}. On a match fills {@code slots} (its length says how
     * many slots are wanted, at most the program's slot count) and returns true.
     */
    public boolean search(SearchInput in, int from, Anchor anchor, int[] slots, Cache cache) {
        return search(in, from, in.regionEnd, anchor, slots, cache);
    }

    /**
     * As {@link #search(SearchInput, int, Anchor, int[], Cache)}, but no thread reads past
     * {@code end} (at most the region end) and, with {@link Anchor#BOTH}, a match must end at
     * {@code end}. Assertions still see the whole input with its real region and bounds, so a
     * run on a span the DFAs found reports the captures of a run on the whole region. The
     * hit-end/require-end flags of such a run describe {@code end}, not the region end.
     */
    public boolean search(SearchInput in, int from, int end, Anchor anchor, int[] slots, Cache cache) {
        final Program p = prog;
        final int[] op = p.op;
        final int[] out = p.out;
        final CharSequence text = in.text;
        final int width = cache.width;
        cache.hitEnd = false;
        cache.requireEnd = false;
        cache.memo.reset();
        Threads clist = cache.clist;
        Threads nlist = cache.nlist;
        clist.clear();
        nlist.clear();
        int[] scratchSlots = cache.scratchSlots;
        boolean matched = false;
        // java.util.regex counts an end-of-input look only if it came before the winning path in
        // its backtracking order. Each thread carries the bits of the looks that came before it
        // (markerBits); the bits of a match are those plus the looks before it in its own step,
        // plus every look made after it (only higher-priority threads survive a match).
        int seenBits = 0; // every look so far (all count when nothing matches)
        int matchBits = 0;
        int bitsSinceMatch = 0;
        long steps = 0;
        long charged = 0;
        int pos = from;
        final LookStartSkip skip = anchor == Anchor.UNANCHORED ? cache.skip : null;
        while (true) {
            if (skip != null && !matched && clist.count == 0 && pos < end) {
                // No thread alive: no match can start before the next place the skip allows.
                int q = skip.next(text, pos, end);
                steps += q - pos;
                pos = q;
            }
            if (!matched && (anchor == Anchor.UNANCHORED || pos == from)) {
                Arrays.fill(scratchSlots, -1);
                // A new start is tried after every earlier one failed: all looks so far precede it.
                steps += addThread(clist, pos == from ? p.startAtFrom : p.start, pos, scratchSlots, in, cache, seenBits);
            }
            if (clist.count == 0 && (matched || anchor != Anchor.UNANCHORED)) {
                break; // no thread can match any more
            }
            char c = pos < end ? text.charAt(pos) : 0;
            int stepBits = 0; // the looks of this step so far, before thread t in priority
            for (int t = 0; t < clist.count; t++) {
                int pc = clist.threadPc[t];
                steps++;
                int o = op[pc];
                if (o == Program.ASSERT) {
                    // A marker: an assertion looked at the end of the input here. Like
                    // java.util.regex, count it only if it came before the match in priority.
                    int bits = clist.markerBits[t];
                    stepBits |= bits;
                    seenBits |= bits;
                    bitsSinceMatch |= bits;
                    continue;
                }
                if (o == Program.MATCH) {
                    if (anchor == Anchor.BOTH && pos != end) {
                        continue;
                    }
                    int row = t * width;
                    System.arraycopy(clist.slots, row, cache.matchSlots, 0, width);
                    matched = true;
                    matchBits = clist.markerBits[t] | stepBits;
                    bitsSinceMatch = 0;
                    break; // lower-priority threads lose to this match
                }
                // RANGE or CLASS (FAIL never enters a list)
                if (pos >= end) {
                    if (!pairSecond()[pc] || pos >= text.length() || Character.isLowSurrogate(text.charAt(pos))) {
                        stepBits |= Assertions.HIT_END;
                        seenBits |= Assertions.HIT_END;
                        bitsSinceMatch |= Assertions.HIT_END;
                    }
                    continue;
                }
                int target = p.next(pc, c);
                if (target >= 0) {
                    System.arraycopy(clist.slots, t * width, scratchSlots, 0, width);
                    steps += addThread(nlist, target, pos + 1, scratchSlots, in, cache, clist.markerBits[t] | stepBits);
                }
            }
            cache.budget.charge(steps - charged); // may abort; the next search resets all of this cache
            charged = steps;
            if (pos >= end) {
                break;
            }
            Threads tmp = clist;
            clist = nlist;
            nlist = tmp;
            nlist.clear();
            pos++;
        }
        cache.clist = clist;
        cache.nlist = nlist;
        cache.steps += steps;
        int bits = matched ? matchBits | bitsSinceMatch : seenBits;
        cache.hitEnd = (bits & Assertions.HIT_END) != 0;
        cache.requireEnd = (bits & Assertions.REQUIRE_END) != 0;
        if (!matched) {
            if (anchor == Anchor.UNANCHORED && !p.beginAnchored) {
                cache.hitEnd = true; // as java.util.regex: a failed scan has looked at the whole input
            }
            return false;
        }
        p.copyOut(cache.matchSlots, slots);
        return true;
    }

    /**
     * Follows every non-consuming instruction from {@code pc} in priority order (depth first,
     * with an explicit stack, never recursion), adding the consuming and matching instructions it
     * reaches to {@code list}. {@code slots} is the thread's slot row (capture slots then a flags
     * word); it is restored before returning. Returns the number of instructions visited.
     */
    private int addThread(Threads list, int pc0, int pos, int[] slots, SearchInput in, Cache cache, int before) {
        final int[] op = prog.op;
        final int[] out = prog.out;
        final int[] arg = prog.arg;
        final int[] arg2 = prog.arg2;
        int[] stack = cache.stack;
        int sp = 0;
        int visited = 0;
        int pc = pc0;
        while (true) {
            // Walk one chain, pushing alternatives and slot restores.
            while (pc >= 0) {
                if (list.contains(pc)) {
                    break;
                }
                list.insert(pc);
                visited++;
                switch (op[pc]) {
                    case Program.MATCH, Program.RANGE, Program.CLASS, Program.DISPATCH:
                        list.addThread(pc, slots, cache.width, before);
                        pc = -1;
                        break;
                    case Program.SPLIT:
                        if (sp + 2 > stack.length) {
                            stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[sp++] = arg[pc];
                        stack[sp++] = -1; // marker: explore
                        pc = out[pc];
                        break;
                    case Program.SAVE: {
                        int slot = arg[pc];
                        {
                            if (sp + 2 > stack.length) {
                                stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[sp++] = slots[slot];
                            stack[sp++] = -2 - slot; // marker: restore slot
                            slots[slot] = pos;
                        }
                        pc = out[pc];
                        break;
                    }
                    case Program.ASSERT: {
                        int r = Assertions.check(arg[pc], in, pos, cache.memo);
                        int bits = r & (Assertions.HIT_END | Assertions.REQUIRE_END);
                        if (bits != 0) {
                            list.addMarker(pc, bits);
                        }
                        pc = (r & Assertions.HOLDS) != 0 ? out[pc] : -1;
                        break;
                    }
                    case Program.LATCH: {
                        int base = prog.slotCount + arg2[pc];
                        if (slots[base] < 0) {
                            if (sp + 4 > stack.length) {
                                stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[sp++] = slots[base];
                            stack[sp++] = -2 - base;
                            stack[sp++] = slots[base + 1];
                            stack[sp++] = -3 - base;
                            slots[base] = slots[2 * arg[pc]];
                            slots[base + 1] = slots[2 * arg[pc] + 1];
                        }
                        pc = out[pc];
                        break;
                    }
                    case Program.LOOK: // a lookaround: read from the tables (see LookTables)
                        pc = cache.looks.holds(arg[pc], pos) ? out[pc] : -1;
                        break;
                    case Program.NOP:
                        pc = out[pc];
                        break;
                    default: // FAIL
                        pc = -1;
                        break;
                }
            }
            if (sp == 0) {
                return visited;
            }
            int marker = stack[--sp];
            int value = stack[--sp];
            if (marker == -1) {
                pc = value;
            } else {
                slots[-2 - marker] = value;
                pc = -1;
            }
        }
    }

    /** Mutable per-search state: two thread lists, slot rows, a DFS stack and counters. */
    public static final class Cache {
        final int width;
        Threads clist;
        Threads nlist;
        final int[] scratchSlots;
        final int[] matchSlots;
        int[] stack = new int[64];
        final Assertions.BaseCharMemo memo = new Assertions.BaseCharMemo();
        /** The lookaround tables of the current input, for programs with {@link Program#LOOK}. */
        LookTables looks;
        /**
         * If set, an unanchored search with no thread alive skips to the next start it allows.
         * The hit-end/require-end flags of such a search are not java.util.regex's (skipped
         * starts are not examined): the caller computes them with a run without it.
         */
        LookStartSkip skip;
        /** The result of the last lookaround search run through this cache (set by {@link Strategy}). */
        boolean found;
        long steps;
        boolean hitEnd;
        boolean requireEnd;
        /** Checks the search's limits: the owning {@link Strategy.Scratch}'s, or a private one. */
        Budget budget;

        Cache(Program prog) {
            this.width = prog.slotCount + prog.latchSlotCount; // capture slots, then latch slots
            this.clist = new Threads(prog.size());
            this.nlist = new Threads(prog.size());
            this.scratchSlots = new int[width];
            this.matchSlots = new int[width];
        }

        /** Work done so far by searches with this cache: instructions visited plus threads stepped. */
        public long steps() {
            return steps;
        }

        public boolean hitEnd() {
            return hitEnd;
        }

        public boolean requireEnd() {
            return requireEnd;
        }
    }

    /**
     * A sparse set of visited instructions (Briggs and Torczon) plus the priority-ordered threads
     * (consuming or matching instructions) with their slot rows.
     */
    static final class Threads {
        private final int[] sparse;
        private final int[] dense;
        private int size;
        int[] threadPc;
        /**
         * For marker entries (ASSERT pcs): the Assertions bits they carry; for threads: the bits
         * of the looks that came before them in priority.
         */
        int[] markerBits;
        int[] slots;
        int count;

        Threads(int capacity) {
            sparse = new int[capacity];
            dense = new int[capacity];
            threadPc = new int[16];
            markerBits = new int[16];
            slots = new int[0];
        }

        boolean contains(int pc) {
            int i = sparse[pc];
            return i < size && dense[i] == pc;
        }

        void insert(int pc) {
            sparse[pc] = size;
            dense[size++] = pc;
        }

        /** Adds a marker for an assertion that looked at the end of input (no slots needed). */
        void addMarker(int pc, int bits) {
            grow();
            threadPc[count] = pc;
            markerBits[count] = bits;
            count++;
        }

        private void grow() {
            if (count == threadPc.length) {
                threadPc = Arrays.copyOf(threadPc, count * 2);
                markerBits = Arrays.copyOf(markerBits, count * 2);
            }
        }

        /** {@code before}: the end-of-input look bits that came before this thread in priority. */
        void addThread(int pc, int[] row, int width, int before) {
            grow();
            markerBits[count] = before;
            if ((count + 1) * width > slots.length) {
                slots = Arrays.copyOf(slots, Math.max(16 * width, slots.length * 2));
            }
            threadPc[count] = pc;
            System.arraycopy(row, 0, slots, count * width, width);
            count++;
        }

        void clear() {
            size = 0;
            count = 0;
        }
    }
}
