package dev.linrex.exec;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.AssertionKind;
import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Temporary test-only parser for a tiny syntax subset, until the real parser lands. */
final class MiniParser {
    private final String s;
    private int i;
    private int groups;

    private MiniParser(String s) {
        this.s = s;
    }

    static Ast.Root parse(String s) {
        MiniParser p = new MiniParser(s);
        Ast.Node n = p.alt();
        return new Ast.Root(n, p.groups, new LinkedHashMap<>(), s, 0);
    }

    private Ast.Node alt() {
        List<Ast.Node> items = new ArrayList<>();
        items.add(seq());
        while (i < s.length() && s.charAt(i) == '|') {
            i++;
            items.add(seq());
        }
        return items.size() == 1 ? items.get(0) : new Ast.Alternation(items);
    }

    private Ast.Node seq() {
        List<Ast.Node> items = new ArrayList<>();
        while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
            Ast.Node a = atom();
            while (i < s.length() && "*+?{".indexOf(s.charAt(i)) >= 0) {
                char q = s.charAt(i++);
                int min;
                int max;
                if (q == '*') { min = 0; max = -1; }
                else if (q == '+') { min = 1; max = -1; }
                else if (q == '?') { min = 0; max = 1; }
                else {
                    int close = s.indexOf('}', i);
                    String[] parts = s.substring(i, close).split(",", -1);
                    min = Integer.parseInt(parts[0]);
                    max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : Integer.parseInt(parts[1]);
                    i = close + 1;
                }
                boolean greedy = true;
                if (i < s.length() && s.charAt(i) == '?') { greedy = false; i++; }
                a = new Ast.Repeat(a, min, max, greedy);
            }
            items.add(a);
        }
        if (items.isEmpty()) return new Ast.Empty();
        return items.size() == 1 ? items.get(0) : new Ast.Concat(items);
    }

    private Ast.Node atom() {
        char c = s.charAt(i++);
        switch (c) {
            case '(': {
                int idx;
                if (s.startsWith("?:", i)) { i += 2; idx = 0; } else { idx = ++groups; }
                Ast.Node body = alt();
                i++; // ')'
                return new Ast.Group(idx, null, body);
            }
            case '^': return new Ast.Assertion(AssertionKind.BEGIN_INPUT);
            case '$': return new Ast.Assertion(AssertionKind.END_INPUT_OR_FINAL_TERMINATOR);
            case '.': return new Ast.CharSet(CodePointSet.of('\n').union(CodePointSet.of('\r'))
                    .union(CodePointSet.of(0x85)).union(CodePointSet.range(0x2028, 0x2029)).complement());
            case '[': {
                boolean neg = s.charAt(i) == '^';
                if (neg) i++;
                CodePointSet set = CodePointSet.EMPTY;
                while (s.charAt(i) != ']') {
                    int lo = s.codePointAt(i); i += Character.charCount(lo);
                    int hi = lo;
                    if (s.charAt(i) == '-' && s.charAt(i + 1) != ']') { i++; hi = s.codePointAt(i); i += Character.charCount(hi); }
                    set = set.union(CodePointSet.range(lo, hi));
                }
                i++;
                return new Ast.CharSet(neg ? set.complement() : set);
            }
            case '\\': {
                char e = s.charAt(i++);
                if (e == 'b') return new Ast.Assertion(AssertionKind.WORD_BOUNDARY);
                if (e == 'B') return new Ast.Assertion(AssertionKind.NOT_WORD_BOUNDARY);
                if (e == 'z') return new Ast.Assertion(AssertionKind.END_INPUT);
                if (e == 's') return new Ast.CharSet(CodePointSet.range(9, 13).union(CodePointSet.of(' ')));
                if (e == 'd') return new Ast.CharSet(CodePointSet.range('0', '9'));
                return new Ast.CharSet(CodePointSet.of(e));
            }
            default: {
                i--;
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                return new Ast.CharSet(CodePointSet.of(cp));
            }
        }
    }
}
