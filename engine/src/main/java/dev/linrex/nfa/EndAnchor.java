package dev.linrex.nfa;

import dev.linrex.syntax.AssertionKind;
import dev.linrex.syntax.Ast;

/**
 * Whether every match of a pattern ends at the end of the input: its last step on every path is
 * {@code \z}, or {@code $}/{@code \Z} without MULTILINE (which also hold just before a final line
 * terminator). Such a pattern can be searched backwards from the end, as RE2 and regex-automata
 * do for end-anchored patterns: the work is the length of the matching suffix, not of the input,
 * which is what makes {@code \s+$} on a line of spaces cheap.
 */
public final class EndAnchor {
    private EndAnchor() {}

    /** Does every match of {@code n} end with an end-of-input assertion? Recursion is bounded by the nesting limit. */
    public static boolean endsAtEndOfInput(Ast.Node n) {
        if (n instanceof Ast.Assertion a) {
            return a.kind() == AssertionKind.END_INPUT
                    || a.kind() == AssertionKind.END_INPUT_OR_FINAL_TERMINATOR
                    || a.kind() == AssertionKind.END_INPUT_OR_FINAL_NEWLINE_UNIX;
        }
        if (n instanceof Ast.Concat c) {
            return !c.items().isEmpty() && endsAtEndOfInput(c.items().get(c.items().size() - 1));
        }
        if (n instanceof Ast.Group g) {
            return endsAtEndOfInput(g.body());
        }
        if (n instanceof Ast.Alternation alt) {
            for (Ast.Node b : alt.items()) {
                if (!endsAtEndOfInput(b)) {
                    return false;
                }
            }
            return !alt.items().isEmpty();
        }
        return false;
    }
}
