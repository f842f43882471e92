package dev.linrex.syntax;

import java.util.Arrays;

/**
 * Where each group's {@code (} is in the pattern, for the errors of {@link GroupCurlyLimits}:
 * appended as groups close, looked up by identity only when such an error is reported. An
 * IdentityHashMap here (its table, an identity hash per group, a boxed index) was about 4% of
 * compiling a typical pattern with groups, for a lookup that almost never happens.
 */
final class GroupOpenIndexes {
    private Ast.Group[] groups = new Ast.Group[8];
    private int[] indexes = new int[8];
    private int count;

    void add(Ast.Group g, int openIndex) {
        if (count == groups.length) {
            groups = Arrays.copyOf(groups, count * 2);
            indexes = Arrays.copyOf(indexes, count * 2);
        }
        groups[count] = g;
        indexes[count] = openIndex;
        count++;
    }

    /** The index recorded for {@code g}, or -1 when none was (or {@code table} is null). */
    static int of(GroupOpenIndexes table, Ast.Group g) {
        if (table != null) {
            for (int i = table.count - 1; i >= 0; i--) {
                if (table.groups[i] == g) {
                    return table.indexes[i];
                }
            }
        }
        return -1;
    }
}
