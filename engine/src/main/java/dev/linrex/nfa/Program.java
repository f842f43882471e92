package dev.linrex.nfa;

/**
 * A Thompson NFA over UTF-16 code units, as flat int arrays (one entry per instruction) so that
 * engines walk it without allocation or pointer chasing. Built only by {@link Compiler}; immutable
 * once built. Instruction {@code pc} has opcode {@code op[pc]} and, depending on it:
 * <ul>
 *   <li>{@link #MATCH}: the search succeeds here.</li>
 *   <li>{@link #RANGE}: consume one code unit {@code c} with {@code arg[pc] <= c <= arg2[pc]}, go to {@code out[pc]}.</li>
 *   <li>{@link #CLASS}: consume one code unit in the sorted inclusive ranges {@code classes[arg[pc]]}, go to {@code out[pc]}.</li>
 *   <li>{@link #SPLIT}: go to {@code out[pc]} first and {@code arg[pc]} second (leftmost-first priority).</li>
 *   <li>{@link #SAVE}: record the position in capture slot {@code arg[pc]}, go to {@code out[pc]}.</li>
 *   <li>{@link #ASSERT}: continue to {@code out[pc]} only if assertion {@code arg[pc]} (see {@code exec.Assertions}) holds.</li>
 *   <li>{@link #NOP}: go to {@code out[pc]}.</li>
 *   <li>{@link #FAIL}: the thread dies.</li>
 *   <li>{@link #LATCH}: if latch slots {@code arg2[pc]}, {@code arg2[pc]+1} are unset, copy group
 *       {@code arg[pc]}'s current span into them; go to {@code out[pc]}. A latched span replaces the
 *       group's final span (see {@link Compiler} on java.util.regex's GroupCurly).</li>
 *   <li>{@link #LOOK}: continue to {@code out[pc]} only if lookaround {@code looks.get(arg[pc])}
 *       holds here (zero-width, like ASSERT; engines read it from a per-position table).</li>
 *   <li>{@link #DISPATCH}: consume one code unit {@code c} in range {@code i} of
 *       {@code classes[arg[pc]]} and go to {@code targets[arg[pc]][i]} (each unit has at most one
 *       target). One instruction for a code-point class whose UTF-16 shapes would otherwise be a
 *       chain of SPLITs over its BMP ranges and its surrogate-pair prefixes: a thread at it costs
 *       one step, not one per shape. {@code out[pc]} is its first target (for code that rewrites
 *       every {@code out}); {@link #next} is the way to step it.</li>
 * </ul>
 */
public final class Program {
    public static final int MATCH = 0;
    public static final int RANGE = 1;
    public static final int CLASS = 2;
    public static final int SPLIT = 3;
    public static final int SAVE = 4;
    public static final int ASSERT = 5;
    public static final int NOP = 6;
    public static final int FAIL = 7;
    public static final int LATCH = 8;
    public static final int LOOK = 9;
    public static final int DISPATCH = 10;

    public final int[] op;
    public final int[] out;
    public final int[] arg;
    public final int[] arg2;
    /** Code-unit range tables referenced by {@link #CLASS} instructions: lo0, hi0, lo1, hi1, ... */
    public final char[][] classes;
    /** For each entry of {@link #classes} used by a {@link #DISPATCH}, its per-range targets; null for the others. */
    public final int[][] targets;
    /**
     * Entry instruction for a match attempt at a position a scan has moved to: records slot 0,
     * then the pattern, then slot 1, then MATCH. For patterns that can match supplementary or
     * surrogate code points it first asserts that the position is not between the halves of a
     * surrogate pair (java.util.regex's StartS steps over those).
     */
    public final int start;
    /** Entry instruction for the attempt at the search's own start position: no such guard. */
    public final int startAtFrom;
    /**
     * The pattern begins with {@code ^} (without MULTILINE) or {@code \A}: java.util.regex then
     * runs no scanning loop, which shows in {@code hitEnd} after a failed {@code find}.
     */
    public final boolean beginAnchored;
    public final int groupCount;
    /** 2 * (groupCount + 1). */
    public final int slotCount;
    /**
     * For each group, the first of its two latch slots (numbered from {@link #slotCount}), or -1;
     * empty (and shared) when {@link #latchSlotCount} is 0.
     */
    public final int[] latchSlot;
    /** Number of extra slots after the capture slots: two per latched group, one per {@link Lookaround#positionSlot}. */
    public final int latchSlotCount;
    /** All lookarounds of the pattern (shared by its main and body programs); empty if none. */
    public final java.util.List<Lookaround> looks;
    /** {@code !looks.isEmpty()}, read on every search: a field, not an interface call on the list. */
    private final boolean hasLooks;
    /** Ids of the lookarounds with groups that appear directly in this program. */
    public final int[] captureLooks;
    /**
     * Whether an ASSERT of this program is a word boundary ({@code \b}, {@code \B}): the engines
     * then keep a memo of the characters around a position. Noted by the compiler as it emits
     * them, so a compile makes no pass over the program for it.
     */
    public final boolean hasWordBoundaries;

    Program(int[] op, int[] out, int[] arg, int[] arg2, char[][] classes, int[][] targets, int start, int startAtFrom,
            int groupCount, int[] latchSlot, int latchSlotCount, boolean beginAnchored) {
        this(op, out, arg, arg2, classes, targets, start, startAtFrom, groupCount, latchSlot, latchSlotCount,
                beginAnchored, java.util.List.of(), new int[0]);
    }

    Program(int[] op, int[] out, int[] arg, int[] arg2, char[][] classes, int[][] targets, int start, int startAtFrom,
            int groupCount, int[] latchSlot, int latchSlotCount, boolean beginAnchored,
            java.util.List<Lookaround> looks, int[] captureLooks) {
        this(op, out, arg, arg2, classes, targets, start, startAtFrom, groupCount, latchSlot, latchSlotCount,
                beginAnchored, looks, captureLooks, wordBoundaryIn(op, arg));
    }

    /** As the constructor above, with {@code hasWordBoundaries} as the compiler noted it. */
    Program(int[] op, int[] out, int[] arg, int[] arg2, char[][] classes, int[][] targets, int start, int startAtFrom,
            int groupCount, int[] latchSlot, int latchSlotCount, boolean beginAnchored,
            java.util.List<Lookaround> looks, int[] captureLooks, boolean hasWordBoundaries) {
        if (targets.length != classes.length) {
            throw new IllegalArgumentException("one targets entry per class");
        }
        this.targets = targets;
        this.looks = looks;
        this.hasLooks = !looks.isEmpty();
        this.captureLooks = captureLooks;
        this.op = op;
        this.out = out;
        this.arg = arg;
        this.arg2 = arg2;
        this.classes = classes;
        this.start = start;
        this.startAtFrom = startAtFrom;
        this.beginAnchored = beginAnchored;
        this.groupCount = groupCount;
        this.slotCount = 2 * (groupCount + 1);
        this.latchSlot = latchSlot;
        this.latchSlotCount = latchSlotCount;
        this.hasWordBoundaries = hasWordBoundaries;
    }

    /** Whether an ASSERT among {@code op}/{@code arg} is a word boundary (programs built other than by the compiler). */
    private static boolean wordBoundaryIn(int[] op, int[] arg) {
        for (int pc = 0; pc < op.length; pc++) {
            if (op[pc] == ASSERT && isWordBoundary(arg[pc])) {
                return true;
            }
        }
        return false;
    }

    /** Whether ASSERT code {@code code} (an {@link dev.linrex.syntax.AssertionKind} ordinal, or an internal check) is a word boundary. */
    static boolean isWordBoundary(int code) {
        return code == dev.linrex.syntax.AssertionKind.WORD_BOUNDARY.ordinal()
                || code == dev.linrex.syntax.AssertionKind.NOT_WORD_BOUNDARY.ordinal()
                || code == dev.linrex.syntax.AssertionKind.WORD_BOUNDARY_UNICODE.ordinal()
                || code == dev.linrex.syntax.AssertionKind.NOT_WORD_BOUNDARY_UNICODE.ordinal();
    }

    /**
     * Copies a match's slot row (the capture slots, then the latch slots) into the caller's
     * {@code slots}: as many as it wants, a group with a latched span taking that span.
     */
    public void copyOut(int[] row, int[] slots) {
        int n = Math.min(slots.length, slotCount);
        System.arraycopy(row, 0, slots, 0, n);
        if (latchSlotCount > 0) {
            for (int g = 1; 2 * g + 1 < n; g++) {
                int latch = latchSlot[g];
                if (latch >= 0 && row[slotCount + latch] >= 0) {
                    slots[2 * g] = row[slotCount + latch];
                    slots[2 * g + 1] = row[slotCount + latch + 1];
                }
            }
        }
    }

    /** Whether the pattern has lookarounds (then only the Pike VM runs it). */
    public boolean hasLooks() {
        return hasLooks;
    }

    public int size() {
        return op.length;
    }

    /** Whether {@code pc} consumes a code unit (RANGE, CLASS or DISPATCH). */
    public static boolean consumes(int opcode) {
        return opcode == RANGE || opcode == CLASS || opcode == DISPATCH;
    }

    /**
     * Where consuming instruction {@code pc} goes on unit {@code c}, or -1 if it does not accept
     * {@code c}.
     */
    public int next(int pc, char c) {
        switch (op[pc]) {
            case RANGE:
                return c >= arg[pc] && c <= arg2[pc] ? out[pc] : -1;
            case CLASS:
                return inClass(classes[arg[pc]], c) >= 0 ? out[pc] : -1;
            default: { // DISPATCH
                int i = inClass(classes[arg[pc]], c);
                return i >= 0 ? targets[arg[pc]][i] : -1;
            }
        }
    }

    /** True if unit {@code c} is accepted by consuming instruction {@code pc}. */
    public boolean accepts(int pc, char c) {
        if (op[pc] == RANGE) {
            return c >= arg[pc] && c <= arg2[pc];
        }
        return inClass(classes[arg[pc]], c) >= 0;
    }

    /** The index of the range of {@code r} (sorted inclusive pairs) that holds {@code c}, or -1. */
    private static int inClass(char[] r, char c) {
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < r[2 * mid]) {
                hi = mid - 1;
            } else if (c > r[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * An upper estimate of this program's heap size in bytes: the object and its arrays, each
     * array charged a 24-byte header (the largest HotSpot uses), 8 bytes per reference (the
     * largest) and alignment to 8 bytes.
     */
    public long memoryBytes() {
        long bytes = 64 + 4 * arrayBytes(4, op.length) + arrayBytes(4, latchSlot.length) + arrayBytes(8, classes.length);
        // Copies of a repeated class share their range arrays: each array counts once.
        java.util.Set<char[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (char[] c : classes) {
            if (seen.add(c)) {
                bytes += arrayBytes(2, c.length);
            }
        }
        bytes += arrayBytes(8, targets.length);
        for (int[] t : targets) {
            bytes += t == null ? 0 : arrayBytes(4, t.length);
        }
        return bytes;
    }

    private static long arrayBytes(int elementBytes, int length) {
        return (24 + (long) elementBytes * length + 7) & ~7L;
    }

    /** A readable listing, one instruction a line, for tests and debugging. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        for (int pc = 0; pc < op.length; pc++) {
            sb.append(pc == start ? "*" : " ").append(pc).append(": ");
            switch (op[pc]) {
                case MATCH -> sb.append("match");
                case RANGE -> sb.append(String.format("range %04x-%04x -> %d", arg[pc], arg2[pc], out[pc]));
                case CLASS -> {
                    sb.append("class");
                    char[] r = classes[arg[pc]];
                    for (int i = 0; i < r.length; i += 2) {
                        sb.append(String.format(" %04x-%04x", (int) r[i], (int) r[i + 1]));
                    }
                    sb.append(" -> ").append(out[pc]);
                }
                case DISPATCH -> {
                    sb.append("dispatch");
                    char[] r = classes[arg[pc]];
                    int[] t = targets[arg[pc]];
                    for (int i = 0; i < r.length; i += 2) {
                        sb.append(String.format(" %04x-%04x->%d", (int) r[i], (int) r[i + 1], t[i / 2]));
                    }
                }
                case SPLIT -> sb.append("split ").append(out[pc]).append(", ").append(arg[pc]);
                case SAVE -> sb.append("save ").append(arg[pc]).append(" -> ").append(out[pc]);
                case ASSERT -> sb.append("assert ").append(arg[pc]).append(" -> ").append(out[pc]);
                case NOP -> sb.append("nop -> ").append(out[pc]);
                case FAIL -> sb.append("fail");
                case LOOK -> sb.append("look ").append(arg[pc]).append(" -> ").append(out[pc]);
                case LATCH -> sb.append("latch ").append(arg[pc]).append(" @").append(arg2[pc]).append(" -> ").append(out[pc]);
                default -> sb.append("?").append(op[pc]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
