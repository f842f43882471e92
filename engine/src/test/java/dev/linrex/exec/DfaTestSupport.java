package dev.linrex.exec;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.AssertionKind;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the DFA tests: assertion-flavour rewriting of MiniParser trees, and result printing. */
final class DfaTestSupport {
    private DfaTestSupport() {}

    /** Assertion flavours, standing in for MULTILINE / UNIX_LINES / UNICODE_CHARACTER_CLASS. */
    static final int MULTILINE = 1;
    static final int UNIX_LINES = 2;
    static final int UNICODE = 4;

    /** Parses with MiniParser ({@code ^ $ \b \B \z}), then resolves assertions as the real parser would under {@code mode}. */
    static Ast.Root parse(String re, int mode) {
        Ast.Root r = MiniParser.parse(re);
        return new Ast.Root(rewrite(r.node(), mode), r.groupCount(), r.groupNames(), r.pattern(), r.flags());
    }

    /** java.util.regex flags equivalent to {@code mode}. */
    static int jdkFlags(int mode) {
        int f = 0;
        if ((mode & MULTILINE) != 0) {
            f |= java.util.regex.Pattern.MULTILINE;
        }
        if ((mode & UNIX_LINES) != 0) {
            f |= java.util.regex.Pattern.UNIX_LINES;
        }
        if ((mode & UNICODE) != 0) {
            f |= java.util.regex.Pattern.UNICODE_CHARACTER_CLASS;
        }
        return f;
    }

    private static Ast.Node rewrite(Ast.Node n, int mode) {
        if (n instanceof Ast.Assertion a) {
            return new Ast.Assertion(kind(a.kind(), mode));
        } else if (n instanceof Ast.Concat c) {
            return new Ast.Concat(all(c.items(), mode));
        } else if (n instanceof Ast.Alternation a) {
            return new Ast.Alternation(all(a.items(), mode));
        } else if (n instanceof Ast.Group g) {
            return new Ast.Group(g.index(), g.name(), rewrite(g.body(), mode));
        } else if (n instanceof Ast.Repeat r) {
            return new Ast.Repeat(rewrite(r.body(), mode), r.min(), r.max(), r.greedy());
        }
        return n;
    }

    private static List<Ast.Node> all(List<Ast.Node> items, int mode) {
        List<Ast.Node> out = new ArrayList<>();
        for (Ast.Node n : items) {
            out.add(rewrite(n, mode));
        }
        return out;
    }

    private static AssertionKind kind(AssertionKind k, int mode) {
        boolean ml = (mode & MULTILINE) != 0;
        boolean unix = (mode & UNIX_LINES) != 0;
        boolean uni = (mode & UNICODE) != 0;
        switch (k) {
            case BEGIN_INPUT:
                return ml ? (unix ? AssertionKind.BEGIN_LINE_UNIX : AssertionKind.BEGIN_LINE) : k;
            case END_INPUT_OR_FINAL_TERMINATOR:
                if (ml) {
                    return unix ? AssertionKind.END_LINE_UNIX : AssertionKind.END_LINE;
                }
                return unix ? AssertionKind.END_INPUT_OR_FINAL_NEWLINE_UNIX : k;
            case WORD_BOUNDARY:
                return uni ? AssertionKind.WORD_BOUNDARY_UNICODE : k;
            case NOT_WORD_BOUNDARY:
                return uni ? AssertionKind.NOT_WORD_BOUNDARY_UNICODE : k;
            default:
                return k;
        }
    }

    static String describe(boolean found, int[] slots) {
        if (!found) {
            return "none";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < slots.length; i += 2) {
            sb.append(i == 0 ? "" : " ").append(slots[i]).append(',').append(slots[i + 1]);
        }
        return sb.append(']').toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }
}
