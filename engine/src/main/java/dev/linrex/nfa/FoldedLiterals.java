package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pattern's required factors ({@link RequiredFactors}) as plain strings over case-folded UTF-16
 * units, for a multi-literal search that runs over folded text (a set's literal prefilter, see
 * {@code exec.AhoCorasick}). Folding makes one string stand for a case-insensitive factor: a
 * position whose code points all fold to the same unit ({@code [aA]}, {@code [kK\u212A]}, or a
 * single character) becomes that unit; the text is folded with the same function, so every text
 * unit in the position's set folds to it and no occurrence is missed (other units may fold to it
 * too, which only costs a false candidate). A position that does not fold to one unit (a wider
 * class, a supplementary code point) cuts the factor; the longest remaining run is kept, since
 * every substring of a required factor is required too.
 */
public final class FoldedLiterals {
    /** Factors cut shorter than this are too common to be worth a candidate test. */
    public static final int MIN_LENGTH = 2;
    /** Code-point sets larger than this are not tried as one folded unit. */
    private static final int MAX_SET = 4;

    private FoldedLiterals() {}

    /** The case fold used on both sides: upper- then lower-case, per UTF-16 unit. */
    public static char fold(char c) {
        return Table.FOLD[c];
    }

    private static final class Table {
        static final char[] FOLD = new char[65536];

        static {
            for (int c = 0; c < FOLD.length; c++) {
                FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
            }
        }
    }

    /**
     * Folded strings, each at least {@code minLength} units, one of which occurs (folded) in
     * every match of {@code root}'s pattern; null if the pattern has no such set.
     */
    public static List<String> of(Ast.Root root, int minLength) {
        List<List<CodePointSet>> factors = RequiredFactors.sequences(root);
        if (factors == null || factors.isEmpty()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<CodePointSet> f : factors) {
            String run = longestFoldedRun(f);
            if (run.length() < minLength) {
                return null;
            }
            out.add(run);
        }
        // A literal containing another is redundant: wherever it occurs, the other does.
        List<String> kept = new ArrayList<>();
        for (String a : out) {
            boolean redundant = false;
            for (String b : out) {
                if (a != b && a.contains(b)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** The longest run of positions of {@code factor} that each fold to one unit, folded. */
    static String longestFoldedRun(List<CodePointSet> factor) {
        String best = "";
        StringBuilder cur = new StringBuilder();
        for (CodePointSet s : factor) {
            int u = foldedUnit(s);
            if (u < 0) {
                if (cur.length() > best.length()) {
                    best = cur.toString();
                }
                cur.setLength(0);
            } else {
                cur.append((char) u);
            }
        }
        return cur.length() > best.length() ? cur.toString() : best;
    }

    /** The unit every member of {@code s} folds to, or -1 if there is none. */
    static int foldedUnit(CodePointSet s) {
        if (s.isEmpty() || s.size() > MAX_SET) {
            return -1;
        }
        int unit = -1;
        for (int r = 0; r < s.rangeCount(); r++) {
            for (int cp = s.lo(r); cp <= s.hi(r); cp++) {
                if (cp > Character.MAX_VALUE) {
                    return -1;
                }
                int f = fold((char) cp);
                if (unit >= 0 && f != unit) {
                    return -1;
                }
                unit = f;
            }
        }
        return unit;
    }
}
