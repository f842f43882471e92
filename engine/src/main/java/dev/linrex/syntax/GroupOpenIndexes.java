package dev.linrex.syntax;

import java.util.Arrays;

/**
 * Where each group's {@code (} is in the pattern, for the errors of {@link GroupCurlyLimits}:
 * recorded as groups close, looked up only when such an error is reported. Capturing groups are
 * kept by number in one int array; other groups, by identity, only in patterns with a
 * {@code \R} (the only errors that name a non-capturing group). In other patterns nothing is
 * recorded ({@link #onDemand}): the pattern is parsed again when an error needs an index, as
 * recording cost every pattern with groups two arrays for a lookup that almost never happens.
 */
final class GroupOpenIndexes {
    /** Open index of capturing group n at {@code n}; created with the first. */
    private int[] byNumber;
    private Ast.Group[] groups;
    private int[] indexes;
    private int count;

    /** Set for {@link #onDemand}: parse this pattern under these flags at the first lookup. */
    private String pattern;
    private int flags;

    /** The capturing groups' open indexes of a pattern that parses, found when first asked for. */
    static GroupOpenIndexes onDemand(String pattern, int effectiveFlags) {
        GroupOpenIndexes g = new GroupOpenIndexes();
        g.pattern = pattern;
        g.flags = effectiveFlags;
        return g;
    }

    void addCapture(int number, int openIndex) {
        if (byNumber == null) {
            byNumber = new int[Math.max(8, number + 1)];
        } else if (number >= byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, Math.max(2 * byNumber.length, number + 1));
        }
        byNumber[number] = openIndex;
    }

    void add(Ast.Group g, int openIndex) {
        if (groups == null) {
            groups = new Ast.Group[8];
            indexes = new int[8];
        } else if (count == groups.length) {
            groups = Arrays.copyOf(groups, count * 2);
            indexes = Arrays.copyOf(indexes, count * 2);
        }
        groups[count] = g;
        indexes[count] = openIndex;
        count++;
    }

    /** The index recorded for {@code g}, or -1 when none was. */
    int of(Ast.Group g) {
        if (pattern != null) {
            return Parser.captureOpenIndexes(pattern, flags).of(g);
        }
        if (g.index() > 0) {
            return byNumber != null && g.index() < byNumber.length ? byNumber[g.index()] : -1;
        }
        for (int i = count - 1; i >= 0; i--) {
            if (groups[i] == g) {
                return indexes[i];
            }
        }
        return -1;
    }
}
