package dev.linrex.syntax;

/**
 * Shared instances of the ASCII classes patterns spell most often ({@code [0-9]}, {@code [a-z]},
 * {@code [A-Za-z0-9_]}, {@code [0-9a-fA-F]}, ...), looked up by their bits when a class closes:
 * such a class then allocates no set, and a later stage's converted form of the set
 * ({@link CodePointSet#derived}) is shared with every other pattern that spells it. Sets are
 * values, so which instance a class gets is not observable.
 */
final class CommonSets {
    private CommonSets() {}

    private static final CodePointSet[] SETS = {
        PerlClasses.ASCII_DIGIT, PerlClasses.ASCII_LOWER, PerlClasses.ASCII_UPPER, PerlClasses.ASCII_ALPHA,
        PerlClasses.ASCII_ALNUM, PerlClasses.ASCII_WORD, PerlClasses.ASCII_XDIGIT, PerlClasses.ASCII_SPACE,
        CodePointSet.range('0', '9').union(CodePointSet.range('a', 'f')),
        CodePointSet.range('0', '9').union(CodePointSet.range('A', 'F')),
    };
    private static final long[] LOW = new long[SETS.length];
    private static final long[] HIGH = new long[SETS.length];

    static {
        for (int i = 0; i < SETS.length; i++) {
            CodePointSet s = SETS[i];
            for (int r = 0; r < s.rangeCount(); r++) {
                for (int c = s.lo(r); c <= s.hi(r); c++) {
                    if (c < 64) {
                        LOW[i] |= 1L << c;
                    } else {
                        HIGH[i] |= 1L << c;
                    }
                }
            }
        }
    }

    /** A BMP-predicate node per shared set, for classes that are nothing else. */
    static Ast.CharSet[] nodes() {
        Ast.CharSet[] nodes = new Ast.CharSet[SETS.length];
        for (int i = 0; i < SETS.length; i++) {
            nodes[i] = new Ast.CharSet(SETS[i], false);
        }
        return nodes;
    }

    /** The shared set of the ASCII code points whose bits are set in {@code low} (0..63) and {@code high} (64..127), or null. */
    static CodePointSet ascii(long low, long high) {
        for (int i = 0; i < SETS.length; i++) {
            if (LOW[i] == low && HIGH[i] == high) {
                return SETS[i];
            }
        }
        return null;
    }
}
