package dev.linrex.exec;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.AssertionKind;

/**
 * How the lazy DFA decides assertions without looking at the text: from what it knows about
 * the code unit on each side of a position.
 *
 * <p>Each code unit has an <em>info</em> byte (is it {@code \n}, {@code \r}, another line
 * terminator, a word unit under either {@code \b} definition, a low surrogate, or "hard": a
 * unit whose word-ness depends on more than itself). A DFA state remembers the masked info of
 * the unit it read last; the unit read next is known from its class. At an <em>interior</em>
 * position {@code p} (regionStart &lt; p &lt; regionEnd - 2: both neighbours inside the region and
 * at least two more units after {@code p}) every assertion of {@link Assertions} is a function
 * of those two infos:
 * <ul>
 *   <li>{@code \A \z \Z $}(non-multiline) are false there (each needs {@code p} at or within two
 *       units of an edge);</li>
 *   <li>multiline {@code ^ $} need only the terminator kinds on both sides ({@code \r} vs
 *       {@code \n} for the {@code \r\n} rule);</li>
 *   <li>{@code \b \B} need the word-ness of both neighbours. Surrogates (the neighbour is a
 *       code point made of two units) and non-spacing marks that are not word characters on
 *       their own (java.util.regex then scans back for a base character) are "hard": a
 *       transition that would evaluate {@code \b} next to one is not decided, and the DFA
 *       <em>quits</em> (like regex-automata's lazy DFA on non-ASCII bytes with Unicode
 *       {@code \b}); the caller falls back to the Pike VM;</li>
 *   <li>the internal "not before a low surrogate" check needs the next unit, and "not between
 *       the halves of a pair" both units.</li>
 * </ul>
 * Positions that are not interior (the region's first position, the last two, the end) are
 * decided exactly by calling {@link Assertions#check} on the real input ({@link #exact}). Where
 * that exact look-set is the one {@link #interior} gives for the same two units (the common case:
 * no edge assertion holds there), the position behaves as an interior one and the DFA uses its
 * cached transition; otherwise the transition is computed from the exact set and not cached.
 */
final class DfaLook {
    static final int LF = 1;
    static final int CR = 2;
    static final int OTHER_TERMINATOR = 4;
    static final int WORD = 8;
    static final int WORD_UNICODE = 16;
    static final int HARD = 32;
    static final int HARD_UNICODE = 64;
    static final int LOW_SURROGATE = 128;
    static final int HIGH_SURROGATE = 256;
    static final int INFO_BITS = 9;

    private static final AssertionKind[] KINDS = AssertionKind.values();
    /** Look-set bits of the compiler's internal assertion codes, after the AssertionKind ordinals. */
    private static final int LOW_SURROGATE_CODE_BIT = KINDS.length;
    private static final int LOW_SURROGATE_IN_REGION_CODE_BIT = KINDS.length + 1;
    private static final int PAIR_MIDPOINT_CODE_BIT = KINDS.length + 2;
    private static final int NOT_BEFORE_LF_CODE_BIT = KINDS.length + 3;

    /** Assertion codes the program uses. */
    final int[] codes;
    /** Info bits that some assertion of the program reads. */
    final int relevant;
    /** Per assertion code's bit: does the program use it? (see {@link #bit}) */
    final int usedBits;

    DfaLook(Program prog) {
        boolean[] seen = new boolean[NOT_BEFORE_LF_CODE_BIT + 1];
        int n = 0;
        for (int pc = 0; pc < prog.size(); pc++) {
            if (prog.op[pc] == Program.ASSERT && !seen[bitIndex(prog.arg[pc])]) {
                seen[bitIndex(prog.arg[pc])] = true;
                n++;
            }
        }
        codes = new int[n];
        int used = 0;
        int rel = 0;
        int k = 0;
        for (int b = 0; b < seen.length; b++) {
            if (!seen[b]) {
                continue;
            }
            int code = b == LOW_SURROGATE_CODE_BIT ? Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE
                    : b == LOW_SURROGATE_IN_REGION_CODE_BIT ? Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION
                    : b == PAIR_MIDPOINT_CODE_BIT ? Compiler.ASSERT_NOT_PAIR_MIDPOINT
                    : b == NOT_BEFORE_LF_CODE_BIT ? Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION : b;
            codes[k++] = code;
            used |= 1 << b;
            rel |= readsInfo(code);
        }
        usedBits = used;
        relevant = rel;
    }

    boolean hasAssertions() {
        return codes.length > 0;
    }

    static int bitIndex(int code) {
        switch (code) {
            case Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE:
                return LOW_SURROGATE_CODE_BIT;
            case Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION:
                return LOW_SURROGATE_IN_REGION_CODE_BIT;
            case Compiler.ASSERT_NOT_PAIR_MIDPOINT:
                return PAIR_MIDPOINT_CODE_BIT;
            case Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION:
                return NOT_BEFORE_LF_CODE_BIT;
            default:
                return code;
        }
    }

    /** The look-set bit of assertion {@code code}. */
    static int bit(int code) {
        return 1 << bitIndex(code);
    }

    private static int readsInfo(int code) {
        if (code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE || code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION) {
            return LOW_SURROGATE;
        }
        if (code == Compiler.ASSERT_NOT_PAIR_MIDPOINT) {
            return LOW_SURROGATE | HIGH_SURROGATE;
        }
        if (code == Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION) {
            return LF;
        }
        switch (KINDS[code]) {
            case END_LINE:
            case BEGIN_LINE:
                return LF | CR | OTHER_TERMINATOR;
            case END_LINE_UNIX:
            case BEGIN_LINE_UNIX:
                return LF;
            case WORD_BOUNDARY:
            case NOT_WORD_BOUNDARY:
                return WORD | HARD;
            case WORD_BOUNDARY_UNICODE:
            case NOT_WORD_BOUNDARY_UNICODE:
                return WORD_UNICODE | HARD_UNICODE;
            default:
                return 0; // decided by distance to an edge only: false at interior positions
        }
    }

    /** Full info byte of a code unit, before masking with {@link #relevant}. */
    static int info(char c) {
        int i = 0;
        if (c == '\n') {
            i |= LF;
        } else if (c == '\r') {
            i |= CR;
        } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
            i |= OTHER_TERMINATOR;
        }
        if (Character.isSurrogate(c)) {
            // A surrogate's code point (pair or not) depends on its neighbour: never decided here.
            i |= HARD | HARD_UNICODE;
            i |= Character.isLowSurrogate(c) ? LOW_SURROGATE : HIGH_SURROGATE;
            return i;
        }
        boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
        if (Assertions.isWord(c, false)) {
            i |= WORD;
        } else if (mark) {
            i |= HARD; // word-ness depends on a base character before the run of marks
        }
        if (Assertions.isWord(c, true)) {
            i |= WORD_UNICODE;
        } else if (mark) {
            i |= HARD_UNICODE;
        }
        return i;
    }

    /** The code-unit sets the alphabet must keep apart so that {@link #info} is a function of the class. */
    void addSetsTo(UnitClasses.Builder b) {
        for (int bitValue = 1; bitValue < (1 << INFO_BITS); bitValue <<= 1) {
            if ((relevant & bitValue) != 0) {
                b.add(InfoTable.ranges(bitValue));
            }
        }
    }

    /**
     * Assertions holding at an interior position between units with infos {@code left} and
     * {@code right}, as look-set bits; bits of assertions that cannot be decided are OR-ed in
     * shifted left by 16 ("unknown": reaching one of them makes the DFA quit).
     */
    int interior(int left, int right) {
        int holds = 0;
        int unknown = 0;
        for (int code : codes) {
            boolean h;
            if (code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE || code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION) {
                h = (right & LOW_SURROGATE) == 0; // both differ only at the region end, decided exactly
            } else if (code == Compiler.ASSERT_NOT_PAIR_MIDPOINT) {
                h = (left & HIGH_SURROGATE) == 0 || (right & LOW_SURROGATE) == 0;
            } else if (code == Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION) {
                h = (right & LF) == 0; // at the region end decided exactly
            } else {
                switch (KINDS[code]) {
                    case END_LINE:
                        h = (right & LF) != 0 ? (left & CR) == 0 : (right & (CR | OTHER_TERMINATOR)) != 0;
                        break;
                    case END_LINE_UNIX:
                        h = (right & LF) != 0;
                        break;
                    case BEGIN_LINE:
                        h = (left & (LF | CR | OTHER_TERMINATOR)) != 0 && !((left & CR) != 0 && (right & LF) != 0);
                        break;
                    case BEGIN_LINE_UNIX:
                        h = (left & LF) != 0;
                        break;
                    case WORD_BOUNDARY:
                    case NOT_WORD_BOUNDARY:
                        if (((left | right) & HARD) != 0) {
                            unknown |= bit(code);
                            continue;
                        }
                        h = (((left ^ right) & WORD) != 0) == (KINDS[code] == AssertionKind.WORD_BOUNDARY);
                        break;
                    case WORD_BOUNDARY_UNICODE:
                    case NOT_WORD_BOUNDARY_UNICODE:
                        if (((left | right) & HARD_UNICODE) != 0) {
                            unknown |= bit(code);
                            continue;
                        }
                        h = (((left ^ right) & WORD_UNICODE) != 0)
                                == (KINDS[code] == AssertionKind.WORD_BOUNDARY_UNICODE);
                        break;
                    default:
                        h = false;
                        break;
                }
            }
            if (h) {
                holds |= bit(code);
            }
        }
        return holds | (unknown << 16);
    }

    /**
     * The look-set of the assertions holding at position {@code p} of the real input, each
     * evaluated exactly ({@link Assertions#check}), in the bits {@link #interior} uses. An
     * assertion's answer depends on the position only, never on the thread that reaches it, so a
     * closure computed with this set equals one that evaluates its assertions on the input.
     */
    int exact(SearchInput in, int p, Assertions.BaseCharMemo memo) {
        int holds = 0;
        for (int code : codes) {
            if ((Assertions.check(code, in, p, memo) & Assertions.HOLDS) != 0) {
                holds |= bit(code);
            }
        }
        return holds;
    }

    /** Per info bit, the code units that have it, as sorted ranges; computed once per JVM. */
    private static final class InfoTable {
        private static final char[][] RANGES = build();

        static char[] ranges(int bitValue) {
            return RANGES[Integer.numberOfTrailingZeros(bitValue)];
        }

        private static char[][] build() {
            char[][] out = new char[INFO_BITS][];
            int[] infos = new int[0x10000];
            for (int c = 0; c < 0x10000; c++) {
                infos[c] = info((char) c);
            }
            for (int b = 0; b < INFO_BITS; b++) {
                int mask = 1 << b;
                char[] r = new char[64];
                int n = 0;
                int c = 0;
                while (c < 0x10000) {
                    if ((infos[c] & mask) == 0) {
                        c++;
                        continue;
                    }
                    int lo = c;
                    while (c < 0x10000 && (infos[c] & mask) != 0) {
                        c++;
                    }
                    if (n + 2 > r.length) {
                        r = java.util.Arrays.copyOf(r, r.length * 2);
                    }
                    r[n++] = (char) lo;
                    r[n++] = (char) (c - 1);
                }
                out[b] = java.util.Arrays.copyOf(r, n);
            }
            return out;
        }
    }
}
