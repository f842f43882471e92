package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tree shapes later stages rely on. */
class AstShapeTest {
    private static Ast.Node cs(int... cps) {
        return new Ast.CharSet(CharSets.of(cps));
    }

    /** A set java.util.regex builds as a code-point (non-BMP) predicate (Ast.CharSet#codePoints). */
    private static Ast.Node cpCs(int... cps) {
        return new Ast.CharSet(CharSets.of(cps), true);
    }

    private static Ast.Node parse(String p) {
        return Parser.parse(p, 0).node();
    }

    private static Ast.Node parse(String p, int flags) {
        return Parser.parse(p, flags).node();
    }

    private static Ast.Node concat(Ast.Node... n) {
        return new Ast.Concat(List.of(n));
    }

    private static Ast.Node alt(Ast.Node... n) {
        return new Ast.Alternation(List.of(n));
    }

    private static Ast.Node rep(Ast.Node n, int min, int max, boolean greedy) {
        return new Ast.Repeat(n, min, max, greedy);
    }

    private static Ast.Node as(AssertionKind k) {
        return new Ast.Assertion(k);
    }

    private static final Ast.Node EMPTY = new Ast.Empty();

    @Test
    void literalsAndEmpty() {
        assertEquals(EMPTY, parse(""));
        assertEquals(cs('a'), parse("a"));
        assertEquals(concat(cs('a'), cs('b'), cs('c')), parse("abc"));
        assertEquals(concat(cs('a'), cs('*'), cs('b')), parse("a\\*b"));
        assertEquals(concat(cs('a'), cs('('), cs('.')), parse("a\\Q(.\\E"));
        assertEquals(concat(cs('a'), cs('('), cs('.')), parse("a\\Q(."));
        assertEquals(concat(cs('1'), cs('2')), parse("\\Q12\\E"));
        assertEquals(cpCs(0x1F600), parse("😀"));
        assertEquals(concat(cs('a'), cs('*')), parse("a*", Pattern.LITERAL));
        assertEquals(concat(cs(']'), cs('}')), parse("]}"));
    }

    @Test
    void alternation() {
        assertEquals(alt(cs('a'), cs('b'), EMPTY), parse("a|b|"));
        assertEquals(alt(EMPTY, EMPTY), parse("|"));
        assertEquals(alt(concat(cs('a'), cs('b')), cs('c')), parse("ab|c"));
    }

    @Test
    void groups() {
        Ast.Root r = Parser.parse("(a)(?<name>b)(?:c)(?i:d)", 0);
        assertEquals(concat(new Ast.Group(1, null, cs('a')), new Ast.Group(2, "name", cs('b')),
                new Ast.Group(0, null, cs('c')), new Ast.Group(0, null, cs('d', 'D'))), r.node());
        assertEquals(2, r.groupCount());
        assertEquals(Map.of("name", 2), r.groupNames());
        assertEquals(new Ast.Group(1, null, EMPTY), parse("()"));
        assertEquals(new Ast.Group(1, null, new Ast.Group(2, null, alt(cs('a'), EMPTY))), parse("((a|))"));
    }

    @Test
    void quantifiers() {
        assertEquals(rep(cs('a'), 0, Ast.UNBOUNDED, true), parse("a*"));
        assertEquals(rep(cs('a'), 1, Ast.UNBOUNDED, false), parse("a+?"));
        assertEquals(rep(cs('a'), 0, 1, true), parse("a?"));
        assertEquals(rep(cs('a'), 2, 2, true), parse("a{2}"));
        assertEquals(rep(cs('a'), 2, Ast.UNBOUNDED, false), parse("a{2,}?"));
        assertEquals(rep(cs('a'), 2, 5, true), parse("a{2,5}"));
        assertEquals(rep(cs('a'), 0, Ast.UNBOUNDED, true), parse("a{0,2147483647}"));
        assertEquals(rep(cs('a'), 100000, 100000, true), parse("a{100000}"));
        assertEquals(concat(cs('a'), rep(cs('b'), 0, Ast.UNBOUNDED, true)), parse("ab*"));
        // A group's ? is java.util.regex's Branch (group or nothing), so it parses to an alternation.
        assertEquals(new Ast.Alternation(List.of(new Ast.Empty(), new Ast.Group(1, null, concat(cs('a'), cs('b'))))),
                parse("(ab)??"));
        assertEquals(rep(new Ast.Group(1, null, concat(cs('a'), cs('b'))), 0, 1, false), parse("(ab){0,1}?"));
        assertEquals(rep(EMPTY, 2, 2, true), parse("{2}"));
        assertEquals(rep(as(AssertionKind.BEGIN_INPUT), 0, Ast.UNBOUNDED, true), parse("^*"));
        assertEquals(concat(cs('a'), rep(cs('b'), 0, Ast.UNBOUNDED, true)), parse("a b *", Pattern.COMMENTS));
    }

    @Test
    void anchors() {
        assertEquals(as(AssertionKind.BEGIN_INPUT), parse("^"));
        assertEquals(as(AssertionKind.BEGIN_LINE), parse("(?m)^"));
        assertEquals(as(AssertionKind.BEGIN_LINE_UNIX), parse("(?md)^"));
        assertEquals(as(AssertionKind.END_INPUT_OR_FINAL_TERMINATOR), parse("$"));
        assertEquals(as(AssertionKind.END_INPUT_OR_FINAL_NEWLINE_UNIX), parse("$", Pattern.UNIX_LINES));
        assertEquals(as(AssertionKind.END_LINE), parse("$", Pattern.MULTILINE));
        assertEquals(as(AssertionKind.END_LINE_UNIX), parse("(?dm)$"));
        assertEquals(as(AssertionKind.BEGIN_INPUT), parse("(?m)\\A"));
        assertEquals(as(AssertionKind.END_INPUT), parse("\\z"));
        assertEquals(as(AssertionKind.END_INPUT_OR_FINAL_TERMINATOR), parse("(?m)\\Z"));
        assertEquals(as(AssertionKind.END_INPUT_OR_FINAL_NEWLINE_UNIX), parse("(?d)\\Z"));
        assertEquals(as(AssertionKind.WORD_BOUNDARY), parse("\\b"));
        assertEquals(as(AssertionKind.NOT_WORD_BOUNDARY), parse("\\B"));
        assertEquals(as(AssertionKind.WORD_BOUNDARY_UNICODE), parse("(?U)\\b"));
        assertEquals(as(AssertionKind.NOT_WORD_BOUNDARY_UNICODE), parse("\\B", Pattern.UNICODE_CHARACTER_CLASS));
        // \b followed by a counted quantifier is a quantified boundary, as in the JDK
        assertEquals(concat(rep(as(AssertionKind.WORD_BOUNDARY), 1, 1, true), cs('x')), parse("\\b{1}x"));
    }

    @Test
    void lineEnding() {
        Ast.Node expected = new Ast.Group(0, null, alt(concat(cs('\r'), cs('\n')),
                cs('\n', 0x0B, '\f', '\r', 0x85, 0x2028, 0x2029)));
        assertEquals(expected, parse("\\R"));
        assertEquals(rep(expected, 1, Ast.UNBOUNDED, true), parse("\\R+"));
    }

    @Test
    void inlineFlagScoping() {
        // (?i) lasts to the end of the enclosing group, across '|'
        assertEquals(concat(new Ast.Group(1, null, alt(concat(cs('a'), cs('b', 'B')), cs('c', 'C'))), cs('d')),
                parse("(a(?i)b|c)d"));
        assertEquals(concat(cs('a', 'A'), cs('b')), parse("(?i)a(?-i)b"));
        assertEquals(concat(new Ast.Group(0, null, cs('a', 'A')), cs('b')), parse("(?i:a)b"));
        // flags-only groups produce no node and take no quantifier
        assertEquals(cs('a'), parse("(?s)a"));
        assertEquals(new Ast.CharSet(CodePointSet.ALL), parse("(?s)."));
        assertEquals(new Ast.CharSet(PerlClasses.UNIX_DOT), parse("(?d)."));
        assertEquals(new Ast.CharSet(PerlClasses.DOT), parse("."));
        // (?x) turns on comments mode for what follows
        assertEquals(concat(cs('a'), cs('b')), parse("(?x)a # c\nb"));
    }

    @Test
    void caseFoldingOfLiterals() {
        assertEquals(cs('k', 'K'), parse("(?i)k"));
        assertEquals(cpCs('k', 'K', 0x212A), parse("(?iu)k"));
        // a lone literal whose upper case is itself matches only itself, even under (?iu)
        assertEquals(cs(0xDF), parse("(?iu)ß"));
        // ...but inside a run of literals the JDK compares folded values (slice semantics)
        assertEquals(concat(cs('a', 'A'), cs(0xDF, 0x1E9E)), parse("(?iu)aß"));
        assertEquals(cs(0xE9), parse("(?i)é"));
        assertEquals(cpCs(0xE9, 0xC9), parse("(?iu)é"));
    }

    @Test
    void namesInOrder() {
        Ast.Root r = Parser.parse("(?<b>x)(y)(?<a>z)", 0);
        assertEquals(List.of("b", "a"), List.copyOf(r.groupNames().keySet()));
        assertEquals(3, r.groupCount());
        assertEquals(3, (int) r.groupNames().get("a"));
        assertEquals("(?<b>x)(y)(?<a>z)", r.pattern());
    }
}
