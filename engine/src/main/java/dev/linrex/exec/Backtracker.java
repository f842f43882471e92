package dev.linrex.exec;

import dev.linrex.nfa.Program;
import java.util.Arrays;

/**
 * A bounded backtracker for captures on short spans: depth-first search over the program in the
 * Pike VM's priority order, with a visited bit per (instruction, position) so that no pair is
 * explored twice. That makes it linear (at most program size x span length steps) and, because
 * whether a thread at (pc, pos) can reach a match does not depend on its capture slots, the
 * first match it finds is the one the {@link PikeVM} reports, slots included (the same argument
 * as RE2's BitState and regex-automata's {@code BoundedBacktracker}). It wins on short spans
 * because it copies no slot rows: one slot array with an undo log on the stack.
 *
 * <p>Used only when {@link #fits} holds, so the visited set stays small. It does not compute
 * hit-end/require-end (the Pike VM does when asked, see {@link Strategy}).
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

    public Backtracker(Program prog) {
        this.prog = prog;
    }

    /** Whether a search over {@code [from, end]} is small enough for this engine. */
    public boolean fits(int from, int end) {
        return (long) prog.size() * (end - from + 1) <= MAX_VISITED_BITS;
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
     * As {@link PikeVM#search(SearchInput, int, int, Anchor, int[], PikeVM.Cache)} (same match and
     * slots), for spans where {@link #fits} holds.
     */
    public boolean search(SearchInput in, int from, int end, Anchor anchor, int[] slots, Cache cache) {
        final int stride = end - from + 1;
        cache.reset(prog.size() * stride, stride);
        final int width = cache.slots.length;
        for (int s = from; s <= end; s++) {
            Arrays.fill(cache.slots, 0, width, -1);
            if (run(in, s == from ? prog.startAtFrom : prog.start, s, from, end, stride, anchor, cache)) {
                copyOut(cache.slots, slots);
                return true;
            }
            if (anchor != Anchor.UNANCHORED) {
                break;
            }
        }
        return false;
    }

    /** Depth-first search from (pc0, pos0); on success the slots hold the match. */
    private boolean run(SearchInput in, int pc0, int pos0, int from, int end, int stride, Anchor anchor, Cache cache) {
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
        final Budget budget = cache.budget;
        // The step loop: one frame popped per iteration.
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
                long bit = (long) pc * stride + (pos - from);
                int word = (int) (bit >>> 6);
                long w = visited[word];
                long mask = 1L << bit;
                if ((w & mask) != 0) {
                    break;
                }
                if (w == 0) {
                    cache.touched(word);
                }
                visited[word] = w | mask;
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
                    if (pos < end && prog.accepts(pc, text.charAt(pos))) {
                        pc = out[pc];
                        pos++;
                        continue;
                    }
                    break;
                } else if (o == Program.DISPATCH) {
                    int target = pos < end ? prog.next(pc, text.charAt(pos)) : -1;
                    if (target >= 0) {
                        pc = target;
                        pos++;
                        continue;
                    }
                    break;
                } else if (o == Program.SPLIT) {
                    if (sp + 3 > stack.length) {
                        stack = cache.stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[sp++] = arg[pc];
                    stack[sp++] = pos;
                    stack[sp++] = EXPLORE;
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
                } else { // FAIL
                    break;
                }
            }
        }
        cache.steps += steps;
        return false;
    }

    /** Copies the wanted capture slots, with latched spans replacing their groups' (as the Pike VM). */
    private void copyOut(int[] m, int[] slots) {
        int n = Math.min(slots.length, prog.slotCount);
        System.arraycopy(m, 0, slots, 0, n);
        if (prog.latchSlotCount > 0) {
            for (int g = 1; 2 * g + 1 < n; g++) {
                int latch = prog.latchSlot[g];
                if (latch >= 0 && m[prog.slotCount + latch] >= 0) {
                    slots[2 * g] = m[prog.slotCount + latch];
                    slots[2 * g + 1] = m[prog.slotCount + latch + 1];
                }
            }
        }
    }

    /** Mutable per-search state: the visited bits, one slot row and the DFS stack. */
    public static final class Cache {
        long[] visited = new long[0];
        /**
         * The words of {@link #visited} this search set bits in, so the next search clears only
         * those: a search that explores little of a large program pays for what it explored, not
         * for program size x span. Past {@link #dirty}'s capacity the next reset clears the whole
         * range the search could use ({@link #usedWords}).
         */
        private int[] dirty = new int[64];
        private int dirtyLen;
        private boolean dirtyOverflow;
        private int usedWords;
        final int[] slots;
        int[] stack = new int[48];
        /** The largest stack {@link #reset} allocates up front; deeper searches grow it as they go. */
        private static final int MAX_PRESIZED_STACK = 1024;
        final Assertions.BaseCharMemo memo = new Assertions.BaseCharMemo();
        long steps;
        /** The owning search's limits (a private unlimited one when used alone). */
        Budget budget;

        Cache(Program prog) {
            slots = new int[prog.slotCount + prog.latchSlotCount];
        }

        void reset(int bits, int span) {
            // A loop over the span pushes about one frame (3 ints) per unit: size the stack for
            // that up front rather than doubling from 48 while matching (bounded, since a search
            // that ends early should not pay for a long span).
            int want = Math.min(3 * span + 48, MAX_PRESIZED_STACK);
            if (stack.length < want) {
                stack = new int[want];
            }
            int words = (bits + 63) >>> 6;
            if (visited.length < words) {
                visited = new long[Math.max(words, Math.min(2 * visited.length, MAX_VISITED_BITS >>> 6))];
            } else if (dirtyOverflow) {
                Arrays.fill(visited, 0, Math.min(usedWords, visited.length), 0L);
            } else {
                for (int i = 0; i < dirtyLen; i++) {
                    visited[dirty[i]] = 0L;
                }
            }
            dirtyLen = 0;
            dirtyOverflow = false;
            usedWords = words;
            // Past half of the words, clearing them all in one sequential pass is cheaper.
            int cap = Math.max(64, words >>> 1);
            if (dirty.length < cap) {
                dirty = new int[cap];
            }
            memo.reset();
        }

        /** Word {@code word} of the visited bits got its first bit in this search. */
        void touched(int word) {
            if (dirtyLen < dirty.length) {
                dirty[dirtyLen++] = word;
            } else {
                dirtyOverflow = true;
            }
        }

        /** Work counted so far: (instruction, position) pairs visited. */
        public long steps() {
            return steps;
        }
    }
}
