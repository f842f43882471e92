package dev.linrex.nfa;

import dev.linrex.PatternTooLargeException;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;
import dev.linrex.syntax.Ast.Node;
import dev.linrex.syntax.GroupCurlyShape;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles the AST into a {@link Program} (Thompson's construction), reproducing the
 * java.util.regex loop rules that decide which captures and which match a leftmost-first search
 * reports.
 *
 * <p>Compilation runs right to left in continuation-passing style: each node is compiled knowing
 * the instruction(s) that follow it. The continuation is not one pc but one per <em>level</em>:
 * java.util.regex ends a loop after an iteration that matched the empty string (its
 * {@code Loop} node checks "did this iteration consume anything?"), and a Pike VM can only
 * honour a rule like that if "nothing consumed since the iteration began" is part of the NFA
 * state. So inside a loop whose body can match empty, the non-consuming instructions exist in one
 * copy per level, where level {@code e} means "the {@code e} outermost such loops have consumed
 * input in their current iteration, the inner ones have not". A consuming instruction always
 * continues at the deepest level. Loops whose body cannot match empty add no level, so ordinary
 * patterns compile to the textbook NFA.
 *
 * <p>Recursion here is bounded by the parser's nesting limit; sequences and alternations are
 * loops, never recursion.
 */
public final class Compiler {
    /** Default limit on instructions, overridable with system property {@code linrex.maxProgramSize}. */
    public static final int DEFAULT_MAX_PROGRAM_SIZE = 500_000;

    /** Internal assertion code (after the AssertionKind ordinals): next unit is not a low surrogate. */
    public static final int ASSERT_NOT_BEFORE_LOW_SURROGATE = 100;
    /** As {@link #ASSERT_NOT_BEFORE_LOW_SURROGATE}, but a low surrogate past the region end does not count. */
    public static final int ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION = 101;
    /** Internal assertion code: the position is not between the two halves of a surrogate pair. */
    public static final int ASSERT_NOT_PAIR_MIDPOINT = 102;
    /**
     * Internal assertion code: the next unit inside the region is not {@code \n} (at the region
     * end it holds and hits the end): a lone {@code \r} of an atomic {@code \R}.
     */
    public static final int ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION = 103;

    private final String pattern;
    private final int maxSize;
    /** The instruction arrays are an {@link InstructionScratch}'s: the program gets copies. */
    private final boolean borrowed;
    private int[] op;
    private int[] out;
    private int[] arg;
    private int[] arg2;
    /** Created with the first class. */
    private char[][] classes = NO_CLASSES;
    private int[][] targets = NO_TARGETS;
    private int classCount;
    private int size;
    /** Created with the first latched loop ({@link #latchedLoop}); {@link #NO_LATCHES} in a program without one. */
    private int[] latchSlot;
    private int latchSlotCount;
    /** The number of groups of the program being compiled. */
    private int groupCount;
    /** Whether an ASSERT emitted so far is a word boundary ({@link Program#hasWordBoundaries}). */
    private boolean wordBoundaries;
    /**
     * The pattern's lookarounds (shared with the compilers of their bodies), see
     * {@link LookCompiler}; created with the first lookaround.
     */
    private LookCompiler looks;

    Compiler(String pattern, int maxSize) {
        this(pattern, maxSize, 64);
    }

    /** Writes into {@code scratch}'s arrays, which {@link #build} then never hands out. */
    private Compiler(String pattern, int maxSize, InstructionScratch scratch) {
        this.pattern = pattern;
        this.maxSize = maxSize;
        this.borrowed = true;
        op = scratch.op;
        out = scratch.out;
        arg = scratch.arg;
        arg2 = scratch.arg2;
    }

    /** {@code capacity}: instructions before the arrays first grow. */
    private Compiler(String pattern, int maxSize, int capacity) {
        this.pattern = pattern;
        this.maxSize = maxSize;
        this.borrowed = false;
        int n = Math.max(1, Math.min(capacity, maxSize));
        op = new int[n];
        out = new int[n];
        arg = new int[n];
        arg2 = new int[n];
    }

    /**
     * System property {@code linrex.maxProgramSize}, read once (set it on the command line, as the
     * README says): a property lookup per compile costs as much as compiling a short pattern.
     */
    private static final int MAX_PROGRAM_SIZE = Integer.getInteger("linrex.maxProgramSize", DEFAULT_MAX_PROGRAM_SIZE);

    public static int maxProgramSize() {
        return MAX_PROGRAM_SIZE;
    }

    public static Program compile(Ast.Root root) {
        return compile(root, maxProgramSize());
    }

    public static Program compile(Ast.Root root, int maxSize) {
        try {
            return compileTree(root, maxSize);
        } catch (StackOverflowError e) {
            // Compilation recurses once per nesting level (bounded by the parser's nest limit);
            // a thread with a very small stack can still run out. Nothing shared has been
            // touched, so this is reported as a pattern that is too large, not as an Error.
            throw new PatternTooLargeException("Pattern nested too deeply to compile on this thread's stack"
                    + " (lower the nesting or give the thread a larger stack)", root.pattern(), -1);
        }
    }

    private static Program compileTree(Ast.Root root, int maxSize) {
        // A short pattern's main program is written into borrowed arrays (see InstructionScratch),
        // given back however the compile ends; lookaround bodies get compilers of their own
        // (forBody). A longer pattern gets arrays of about its program's length at once (programs
        // are mostly about as long as their pattern), rather than growing borrowed ones.
        int capacity = root.pattern().length() + 16;
        // (The compiler itself is new each time: it is young, so storing references into it and
        // its class arrays costs no garbage-collector write barrier, as stores into a long-lived
        // lent one would.)
        InstructionScratch scratch = capacity <= InstructionScratch.INITIAL ? InstructionScratch.borrow() : null;
        Compiler c = scratch != null ? new Compiler(root.pattern(), maxSize, scratch)
                : new Compiler(root.pattern(), maxSize, capacity);
        try {
            // Later start positions skip pair midpoints when java.util.regex's scan does (see
            // Ast.Root#hasSupplementary, which the parser noted as it read).
            c.textHasSupplementary = root.hasSupplementary();
            return c.compileProgram(root.node(), root.groupCount(), Analysis.beginsWithBeginInput(root.node()), true,
                    false, false);
        } finally {
            if (scratch != null) {
                InstructionScratch.giveBack(scratch, c.op, c.out, c.arg, c.arg2);
            }
        }
    }

    /**
     * Compiles {@code node} as a whole program: slot 0, node, slot 1, MATCH. {@code guarded}: later
     * start positions get the pair-midpoint guard (the main program; never a lookaround body).
     * {@code seesBefore}/{@code seesAfter}: this is (inside) a lookbehind/lookahead body.
     */
    Program compileProgram(Ast.Node node, int groupCount, boolean beginAnchored, boolean guarded, boolean seesBefore,
                           boolean seesAfter) {
        this.groupCount = groupCount;
        bodySeesBefore = seesBefore;
        bodySeesAfter = seesAfter;
        int match = emit(Program.MATCH, 0, 0, 0);
        int end = emit(Program.SAVE, match, 1, 0);
        int start = emit(Program.SAVE, compile(node, end), 0, 0);
        return build(start, groupCount, beginAnchored, guarded);
    }

    private static final int[] NO_IDS = new int[0];
    /** The latch slots of every program without latched loops (their engines never read them). */
    private static final int[] NO_LATCHES = new int[0];
    private static final char[][] NO_CLASSES = new char[0][];
    private static final int[][] NO_TARGETS = new int[0][];

    private boolean textHasSupplementary;
    private boolean bodySeesBefore;
    private boolean bodySeesAfter;
    /** Ids of the lookarounds with groups in this program; created with the first. */
    private int[] captureLooks;
    private int captureLookCount;

    /** A compiler for a lookaround body inside this one, sharing the pattern's lookaround list. */
    Compiler forBody() {
        Compiler c = new Compiler(pattern, maxSize);
        c.looks = looks;
        return c;
    }

    private Program build(int startAtFrom, int groupCount, boolean beginAnchored, boolean guarded) {
        // java.util.regex scans with StartS, stepping over pair midpoints, when its hasSupplementary
        // is set (see compileTree): later start positions are guarded.
        int start = guarded && textHasSupplementary
                ? emit(Program.ASSERT, startAtFrom, ASSERT_NOT_PAIR_MIDPOINT, 0) : startAtFrom;
        int[] ids = captureLookCount == 0 ? NO_IDS : Arrays.copyOf(captureLooks, captureLookCount);
        return new Program(exact(op), exact(out), exact(arg), exact(arg2), classCount == 0 ? NO_CLASSES : Arrays.copyOf(classes, classCount),
                classCount == 0 ? NO_TARGETS : Arrays.copyOf(targets, classCount), start,
                startAtFrom, groupCount,
                latchSlotCount == 0 ? NO_LATCHES : latchSlots(), latchSlotCount, beginAnchored, looks == null ? List.of() : looks.list(), ids,
                wordBoundaries);
    }

    /** {@link #latchSlot}, created (no group latched) if no latched loop created it. */
    private int[] latchSlots() {
        if (latchSlot == null) {
            latchSlot = new int[groupCount + 1];
            Arrays.fill(latchSlot, -1);
        }
        return latchSlot;
    }

    /**
     * The first {@code size} entries: the array itself when that is all of it and it is this
     * compiler's own (it is done with it), else a copy.
     */
    private int[] exact(int[] a) {
        return a.length == size && !borrowed ? a : Arrays.copyOf(a, size);
    }

    /**
     * A lookaround: its body becomes a program of its own (see {@link LookCompiler}); here a
     * {@link Program#LOOK}, preceded, if the body has groups, by a SAVE of the position into an
     * extra slot so that the groups can be recovered from where the match passed it.
     */
    private int[] look(Ast.Look lk, int[] k) {
        int positionSlot = -1;
        if (lk.hasGroups() && !lk.negated()) { // a negative lookaround that holds sets no group
            positionSlot = 2 * (groupCount + 1) + latchSlotCount;
            latchSlotCount++;
        }
        if (looks == null) {
            looks = new LookCompiler(groupCount);
        }
        Lookaround l = looks.compile(forBody(), lk, bodySeesBefore, bodySeesAfter, positionSlot);
        // The body's sets do not make the main scan skip pair midpoints: java.util.regex decides
        // that from the pattern text and from some kinds of class (see compileTree).
        int[] entries = perLevel(Program.LOOK, l.id, k);
        if (positionSlot >= 0) {
            if (captureLooks == null) {
                captureLooks = new int[4];
            } else if (captureLookCount == captureLooks.length) {
                captureLooks = Arrays.copyOf(captureLooks, captureLookCount * 2);
            }
            captureLooks[captureLookCount++] = l.id;
            entries = perLevel(Program.SAVE, positionSlot, entries);
        }
        return entries;
    }

    private int emit(int opcode, int next, int a, int a2) {
        if (size == maxSize) {
            throw new PatternTooLargeException("Pattern too large: the compiled program exceeds " + maxSize
                    + " instructions (raise with -Dlinrex.maxProgramSize)", pattern, -1);
        }
        if (size == op.length) {
            int n = Math.min(Math.max(64, size * 2), Math.max(maxSize, 64));
            op = Arrays.copyOf(op, n);
            out = Arrays.copyOf(out, n);
            arg = Arrays.copyOf(arg, n);
            arg2 = Arrays.copyOf(arg2, n);
        }
        op[size] = opcode;
        out[size] = next;
        arg[size] = a;
        arg2[size] = a2;
        return size++;
    }

    /**
     * Compiles {@code n} followed by the one-level continuation {@code next}; returns its entry.
     * The same instructions, in the same order, as {@link #compile(Node, int[])} with
     * {@code new int[] {next}} (where most of most patterns compile), without an array per node;
     * repeats and lookarounds, which may add levels inside, go through that.
     */
    private int compile(Node n, int next) {
        if (n instanceof Ast.CharSet cs) {
            return charSetPc(cs, next, Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE);
        } else if (n instanceof Ast.Concat c) {
            List<Node> items = c.items();
            int pc = next;
            for (int i = items.size() - 1; i >= 0; i--) {
                pc = items.get(i) instanceof Ast.CharSet cs ? charSetPc(cs, pc, Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE)
                        : compile(items.get(i), pc);
            }
            return pc;
        } else if (n instanceof Ast.Group g && n != ATOMIC_LINE_ENDING) {
            if (g.index() == 0) {
                return compile(g.body(), next);
            }
            int close = emit(Program.SAVE, next, 2 * g.index() + 1, 0);
            return emit(Program.SAVE, compile(g.body(), close), 2 * g.index(), 0);
        } else if (n instanceof Ast.Alternation a) {
            List<Node> items = a.items();
            int count = items.size();
            int[] entries = new int[count];
            for (int i = 0; i < count; i++) {
                entries[i] = compile(items.get(i), next);
            }
            int pc = entries[count - 1];
            for (int i = count - 2; i >= 0; i--) {
                pc = emit(Program.SPLIT, entries[i], pc, 0);
            }
            return pc;
        } else if (n instanceof Ast.Empty) {
            return next;
        } else if (n instanceof Ast.Assertion as) {
            int code = as.kind().ordinal();
            wordBoundaries |= Program.isWordBoundary(code);
            return emit(Program.ASSERT, next, code, 0);
        } else if (n instanceof Ast.Repeat || n instanceof Ast.Look || n == ATOMIC_LINE_ENDING) {
            return compile(n, new int[] {next})[0];
        }
        throw new IllegalStateException("unknown node " + n);
    }

    /** Compiles {@code n} followed by continuation {@code k} (one pc per level); returns its entries per level. */
    private int[] compile(Node n, int[] k) {
        if (k.length == 1 && !(n instanceof Ast.Repeat || n instanceof Ast.Look || n == ATOMIC_LINE_ENDING)) {
            return new int[] {compile(n, k[0])};
        }
        if (n instanceof Ast.Empty) {
            return k;
        } else if (n instanceof Ast.CharSet cs) {
            return charSetNode(cs, k, Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE);
        } else if (n instanceof Ast.Concat c) {
            List<Node> items = c.items();
            int[] cur = k;
            for (int i = items.size() - 1; i >= 0; i--) {
                Node item = items.get(i);
                if (cur.length == 1 && item instanceof Ast.CharSet) {
                    // A run of characters at one level (most of most patterns): chained pc by pc.
                    int pc = cur[0];
                    for (; i >= 0 && items.get(i) instanceof Ast.CharSet cs; i--) {
                        pc = charSetPc(cs, pc, Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE);
                    }
                    i++;
                    cur = new int[] {pc};
                } else {
                    cur = compile(item, cur);
                }
            }
            return cur;
        } else if (n instanceof Ast.Alternation a) {
            return alternation(a.items(), k);
        } else if (n == ATOMIC_LINE_ENDING) {
            return atomicLineEnding(k);
        } else if (n instanceof Ast.Group g) {
            return group(g, k, true);
        } else if (n instanceof Ast.Assertion as) {
            int code = as.kind().ordinal();
            wordBoundaries |= Program.isWordBoundary(code);
            return perLevel(Program.ASSERT, code, k);
        } else if (n instanceof Ast.Repeat r) {
            return repeat(r, k);
        } else if (n instanceof Ast.Look lk) {
            return look(lk, k);
        }
        throw new IllegalStateException("unknown node " + n);
    }

    /** Stands for one iteration of a quantified {@code \R} (compiled by {@link #atomicLineEnding}). */
    private static final Node ATOMIC_LINE_ENDING = new Ast.Group(0, null, new Ast.Empty());

    /** {@code \r\n | \r} not before {@code \n} {@code | [\n\x0B\f\x85\u2028\u2029]}: one line ending, atomically. */
    private int[] atomicLineEnding(int[] k) {
        int next = k[k.length - 1];
        int crlf = emit(Program.RANGE, emit(Program.RANGE, next, '\n', '\n'), '\r', '\r');
        int crAlone = emit(Program.RANGE, emit(Program.ASSERT, next, ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION, 0), '\r', '\r');
        int other = units(new char[] {'\n', '\f', '\u0085', '\u0085', '\u2028', '\u2029'}, next);
        int pc = emit(Program.SPLIT, crlf, emit(Program.SPLIT, crAlone, other, 0), 0);
        int[] r = new int[k.length];
        Arrays.fill(r, pc);
        return r;
    }

    private int[] charSetNode(Ast.CharSet cs, int[] k, int loneHighCheck) {
        int pc = charSetPc(cs, k[k.length - 1], loneHighCheck);
        if (k.length == 1) {
            return new int[] {pc};
        }
        int[] r = new int[k.length];
        Arrays.fill(r, pc);
        return r;
    }

    /** The entry of one code point of {@code cs} continuing at {@code next} (a consuming instruction consumes at the deepest level). */
    private int charSetPc(Ast.CharSet cs, int next, int loneHighCheck) {
        CodePointSet set = cs.set();
        if (set.rangeCount() == 1 && (set.hi(0) < Character.MIN_SURROGATE
                || set.lo(0) > Character.MAX_SURROGATE && set.hi(0) <= Character.MAX_VALUE)) {
            // One range of BMP units, no surrogates (most literal characters): what charSet gives, directly.
            return emit(Program.RANGE, next, set.lo(0), set.hi(0));
        }
        return charSet(Utf16Ranges.of(set), next, loneHighCheck);
    }

    private int[] group(Ast.Group g, int[] k, boolean record) {
        if (g.index() == 0 || !record) {
            return compile(g.body(), k);
        }
        int[] close = perLevel(Program.SAVE, 2 * g.index() + 1, k);
        int[] body = compile(g.body(), close);
        return perLevel(Program.SAVE, 2 * g.index(), body);
    }

    private int[] alternation(List<Node> items, int[] k) {
        int[][] entries = new int[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            entries[i] = compile(items.get(i), k);
        }
        int[] r = new int[k.length];
        for (int e = 0; e < k.length; e++) {
            if (e > 0 && sameColumn(entries, e - 1, e)) {
                r[e] = r[e - 1];
                continue;
            }
            int pc = entries[items.size() - 1][e];
            for (int i = items.size() - 2; i >= 0; i--) {
                pc = emit(Program.SPLIT, entries[i][e], pc, 0);
            }
            r[e] = pc;
        }
        return r;
    }

    private static boolean sameColumn(int[][] entries, int e1, int e2) {
        for (int[] row : entries) {
            if (row[e1] != row[e2]) {
                return false;
            }
        }
        return true;
    }

    /** One instruction per distinct continuation; levels that share a continuation share the instruction. */
    private int[] perLevel(int opcode, int a, int[] k) {
        int[] r = new int[k.length];
        for (int e = 0; e < k.length; e++) {
            r[e] = (e > 0 && k[e] == k[e - 1]) ? r[e - 1] : emit(opcode, k[e], a, 0);
        }
        return r;
    }

    private int split(int first, int second) {
        return first == second ? first : emit(Program.SPLIT, first, second, 0);
    }

    private int[] splitPerLevel(int[] first, int[] second) {
        int[] r = new int[first.length];
        for (int e = 0; e < first.length; e++) {
            r[e] = (e > 0 && first[e] == first[e - 1] && second[e] == second[e - 1]) ? r[e - 1] : split(first[e], second[e]);
        }
        return r;
    }

    private int[] repeat(Ast.Repeat r, int[] k) {
        Node body = r.body();
        int min = r.min();
        int max = r.max();
        if (max == 0) {
            return k;
        }
        if (body == Parser.LINE_ENDING) {
            // java.util.regex matches a directly quantified \R as an isolated atom: each iteration
            // takes \r\n when it is there and never gives it back for a lone \r.
            return loop(ATOMIC_LINE_ENDING, min, max, r.greedy(), k, false);
        }
        if (body instanceof Ast.CharSet cs && r.greedy() && max == Ast.UNBOUNDED) {
            // java.util.regex's CharPropertyGreedy (X*, X+ and X{n,}): differs only at a region
            // end that cuts a pair, where every unit it reads may take the lone high half.
            int d = k.length - 1;
            int s = emit(Program.SPLIT, 0, k[d], 0);
            int[] one = charSetNode(cs, new int[] {s}, ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION);
            out[s] = one[0];
            if (min >= 1) {
                int entry = one[0];
                for (int i = 1; i < min; i++) {
                    entry = charSetNode(cs, new int[] {entry}, ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION)[0];
                }
                int[] r1 = new int[k.length];
                Arrays.fill(r1, entry);
                return r1;
            }
            int[] r0 = new int[k.length];
            for (int e = 0; e < k.length; e++) {
                r0[e] = e == d ? s : split(one[0], k[e]);
            }
            return r0;
        }
        if (!Analysis.nullable(body)) {
            // {0,1} behaves as ? (a plain branch) in java.util.regex, so it never latches.
            if (body instanceof Ast.Group g && g.index() > 0 && r.greedy() && max != min && max != 1
                    && Analysis.deterministic(g.body())) {
                return latchedLoop(g, min, max, k);
            }
            if (GroupCurlyShape.isGroupCurly(r)) {
                // java.util.regex's GroupCurly ({n,m} other than {0,1}, which is a branch there, on
                // a group with a deterministic body) takes each iteration's first match and never
                // backtracks into it: a \R that ends the body takes \r\n, never giving back the \n.
                return loop(withAtomicTailLineEnding(body), min, max, r.greedy(), k, false);
            }
            return loop(body, min, max, r.greedy(), k, false);
        }
        if (!(body instanceof Ast.Group g)) {
            // A quantified zero-width atom (java.util.regex's Curly/Ques): it stops at the first
            // zero-length iteration, so only the first check can matter. An optional one is still
            // evaluated (greedy: before the rest, lazy: after it), which hitEnd/requireEnd see.
            if (min >= 1) {
                return compile(body, k);
            }
            int[] once = compile(body, k);
            return r.greedy() ? splitPerLevel(once, k) : splitPerLevel(k, once);
        }
        if (Analysis.zeroLengthDeterministic(g.body()) && !(min == 0 && max == 1)) {
            // (X? and X{0,1} are the JDK's Ques, a plain branch that records the group: below.)
            // java.util.regex's GroupCurly on a fixed zero-length body: mandatory iterations
            // record the group; an optional one runs the body (inner groups are recorded) but
            // restores the group's own span; a lazy one tries the rest first and runs the body
            // only if the rest fails, then gives up (a zero-length iteration ends the loop): that
            // path never matches, but its assertions are evaluated, which hitEnd/requireEnd see.
            // It rejoins the rest at the same position, a thread the engines already have.
            if (min >= 1) {
                return compile(body, k);
            }
            if (!r.greedy()) {
                return splitPerLevel(k, compile(g.body(), k));
            }
            return splitPerLevel(group(g, k, false), k);
        }
        return loop(body, min, max, r.greedy(), k, true);
    }

    /** {@code n} with a {@code \R} that is its very last item (through groups) made atomic. */
    private static Node withAtomicTailLineEnding(Node n) {
        if (n == Parser.LINE_ENDING) {
            return ATOMIC_LINE_ENDING;
        } else if (n instanceof Ast.Group g && n != ATOMIC_LINE_ENDING) {
            Node b = withAtomicTailLineEnding(g.body());
            return b == g.body() ? n : new Ast.Group(g.index(), g.name(), b);
        } else if (n instanceof Ast.Concat c && !c.items().isEmpty()) {
            List<Node> items = c.items();
            Node last = withAtomicTailLineEnding(items.get(items.size() - 1));
            if (last == items.get(items.size() - 1)) {
                return n;
            }
            List<Node> copy = new java.util.ArrayList<>(items);
            copy.set(items.size() - 1, last);
            return new Ast.Concat(copy);
        }
        return n;
    }

    /**
     * body{min,max} as java.util.regex's Loop runs it: after an iteration that consumed input,
     * iterate again while under min, optionally (greedy: preferred) while under max; after an
     * iteration that consumed nothing, leave the loop.
     */
    private int[] loop(Node body, int min, int max, boolean greedy, int[] k, boolean emptyExits) {
        int d = k.length - 1;
        int[] first;
        if (max == Ast.UNBOUNDED) {
            int s = emit(Program.SPLIT, 0, 0, 0); // patched below: the choice after a looping iteration
            int[] looping = iteration(body, k, s, emptyExits);
            out[s] = greedy ? looping[d] : k[d];
            arg[s] = greedy ? k[d] : looping[d];
            if (min == 0) {
                return greedy ? splitPerLevel(looping, k) : splitPerLevel(k, looping);
            }
            first = looping;
            for (int j = min - 1; j >= 1; j--) {
                first = iteration(body, k, first[d], emptyExits);
            }
            return first;
        }
        int[] next = null;
        for (int j = max; j >= 1; j--) {
            int after;
            if (j == max) {
                after = k[d];
            } else if (j < min) {
                after = next[d];
            } else {
                after = greedy ? split(next[d], k[d]) : split(k[d], next[d]);
            }
            next = iteration(body, k, after, emptyExits);
        }
        if (min > 0) {
            return next;
        }
        return greedy ? splitPerLevel(next, k) : splitPerLevel(k, next);
    }

    /**
     * A greedy quantified capturing group with a fixed-length body: java.util.regex's GroupCurly.
     * When such a loop ends after at least one optional iteration, the JDK re-records the group's
     * last span <em>after</em> the rest of the match has succeeded, overwriting what later
     * iterations of an enclosing loop recorded; so the first such loop exit on the match path
     * decides the group. Those exits go through a {@link Program#LATCH}.
     */
    private int[] latchedLoop(Ast.Group g, int min, int max, int[] k) {
        int d = k.length - 1;
        int[] latchSlot = latchSlots();
        if (latchSlot[g.index()] < 0) {
            latchSlot[g.index()] = latchSlotCount;
            latchSlotCount += 2;
        }
        int latchExit = emit(Program.LATCH, k[d], g.index(), latchSlot[g.index()]);
        if (max == Ast.UNBOUNDED) {
            int s = emit(Program.SPLIT, 0, latchExit, 0);
            int[] looping = iteration(g, k, s, false);
            out[s] = looping[d];
            if (min == 0) {
                return splitPerLevel(looping, k);
            }
            int[] first = iteration(g, k, split(looping[d], k[d]), false);
            for (int j = min - 1; j >= 1; j--) {
                first = iteration(g, k, first[d], false);
            }
            return first;
        }
        int[] next = null;
        for (int j = max; j >= 1; j--) {
            int exit = j > min ? latchExit : k[d];
            int after = j == max ? exit : j < min ? next[d] : split(next[d], exit);
            next = iteration(g, k, after, false);
        }
        return min > 0 ? next : splitPerLevel(next, k);
    }

    /**
     * One copy of a loop body. After consuming input it continues at {@code after}; if
     * {@code emptyExits}, reaching its end without consuming leaves the loop through {@code k}.
     */
    private int[] iteration(Node body, int[] k, int after, boolean emptyExits) {
        int d = k.length - 1;
        int[] kb;
        if (emptyExits) {
            kb = Arrays.copyOf(k, d + 2);
            kb[d + 1] = after;
        } else {
            kb = new int[d + 1];
            Arrays.fill(kb, after);
        }
        int[] entries = compile(body, kb);
        return emptyExits ? Arrays.copyOf(entries, d + 1) : entries;
    }

    /**
     * Emits the code-unit automaton for one code point of the set, continuing at {@code next}. A
     * set of one shape (BMP units only, or one surrogate-pair prefix) is a RANGE/CLASS chain; a
     * set of several is one {@link Program#DISPATCH} on the first unit, whose high-surrogate
     * ranges lead to their low-surrogate instruction (or to the lone-high check).
     */
    private int charSet(Utf16Ranges u, int next, int loneHighCheck) {
        int shapes = u.pairs.size() + (u.loneHigh.length > 0 ? 1 : 0) + (u.single.length > 0 ? 1 : 0);
        if (shapes == 0) {
            // The empty set still reads a code point, as java.util.regex does: at the end of the
            // input it sets hitEnd. An empty CLASS is that consuming instruction.
            return units(new char[0], next);
        }
        if (shapes == 1 && u.loneHigh.length == 0) {
            if (u.single.length > 0) {
                return units(u.single, next);
            }
            Utf16Ranges.Pair p = u.pairs.get(0);
            return emit(Program.RANGE, units(p.lows(), next), p.highLo(), p.highHi());
        }
        return dispatch(u, next, loneHighCheck);
    }

    /**
     * One DISPATCH for a set of several shapes (see {@link #charSet}): the set's routes (computed
     * once per set) mapped to this copy's instructions. A unit that is both a lone high in the
     * set and a pair prefix goes to a SPLIT trying the lone high first (the order of a per-shape
     * chain; the two exclude each other, one needing a low surrogate next, the other its absence).
     */
    private int dispatch(Utf16Ranges u, int next, int loneHighCheck) {
        Utf16Ranges.DispatchShape shape = u.dispatchShape();
        int check = u.loneHigh.length > 0 ? emit(Program.ASSERT, next, loneHighCheck, 0) : -1;
        char[][] lows = shape.lows();
        int[] lowPc = new int[lows.length];
        for (int g = 0; g < lows.length; g++) {
            lowPc[g] = units(lows[g], next);
        }
        int[] routes = shape.routes();
        int[] t = new int[routes.length];
        for (int i = 0; i < routes.length; i++) {
            int r = routes[i];
            t[i] = r == Utf16Ranges.TO_NEXT ? next : r == Utf16Ranges.TO_LONE_HIGH ? check
                    : r > 0 ? lowPc[r - 1] : split(check, lowPc[-r - 2]);
        }
        if (classCount == classes.length) {
            classes = Arrays.copyOf(classes, Math.max(8, classCount * 2));
            targets = Arrays.copyOf(targets, Math.max(8, classCount * 2));
        }
        classes[classCount] = shape.ranges();
        targets[classCount] = t;
        return emit(Program.DISPATCH, t[0], classCount++, 0);
    }

    private int units(char[] ranges, int next) {
        if (ranges.length == 2) {
            return emit(Program.RANGE, next, ranges[0], ranges[1]);
        }
        if (classCount == classes.length) {
            classes = Arrays.copyOf(classes, Math.max(8, classCount * 2));
            targets = Arrays.copyOf(targets, Math.max(8, classCount * 2));
        }
        classes[classCount] = ranges;
        return emit(Program.CLASS, next, classCount++, 0);
    }
}
