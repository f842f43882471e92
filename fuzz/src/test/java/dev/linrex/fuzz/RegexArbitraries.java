package dev.linrex.fuzz;

import dev.linrex.fuzz.RegexTree.Alternation;
import dev.linrex.fuzz.RegexTree.Anchor;
import dev.linrex.fuzz.RegexTree.CharClass;
import dev.linrex.fuzz.RegexTree.ClassChar;
import dev.linrex.fuzz.RegexTree.ClassItem;
import dev.linrex.fuzz.RegexTree.ClassRange;
import dev.linrex.fuzz.RegexTree.ClassToken;
import dev.linrex.fuzz.RegexTree.Concat;
import dev.linrex.fuzz.RegexTree.Empty;
import dev.linrex.fuzz.RegexTree.Group;
import dev.linrex.fuzz.RegexTree.GroupKind;
import dev.linrex.fuzz.RegexTree.InlineFlags;
import dev.linrex.fuzz.RegexTree.Literal;
import dev.linrex.fuzz.RegexTree.Look;
import dev.linrex.fuzz.RegexTree.LookKind;
import dev.linrex.fuzz.RegexTree.Quote;
import dev.linrex.fuzz.RegexTree.Repeat;
import dev.linrex.fuzz.RegexTree.Spelling;
import dev.linrex.fuzz.RegexTree.Token;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random patterns over the syntax linrex supports (README "Compatibility" table): literals
 * (supplementary characters and lone surrogates included, spelled raw or escaped), bracket classes
 * with ranges, negation, nesting and {@code &&}, the predefined classes, Unicode and POSIX
 * properties, scoped and inline flags, greedy and lazy counted repetition, anchors, capturing,
 * named, non-capturing groups, alternation, and lookarounds (see {@link #look}). Backreferences,
 * atomic groups, possessive quantifiers, {@code \G \X \b{g}} and CANON_EQ are never generated:
 * linrex rejects them by design (README, rows "rejected: UnsupportedPatternException").
 *
 * <p>Lookarounds come at a modest weight ({@value #LOOK_WEIGHT} against 20 for the other inner
 * nodes) so the rest of the syntax keeps its coverage; {@code -Dlinrex.fuzz.lookWeight=N} changes
 * it for every property, and {@link #lookaroundHeavyPattern()} (weight {@value #HEAVY_LOOK_WEIGHT})
 * is what {@code DifferentialProperties}' lookaround property uses.
 */
final class RegexArbitraries {
    private RegexArbitraries() {}

    /** Characters patterns and inputs are built from: case-folding traps, terminators, pairs, halves. */
    static final int[] CHARS = {
        'a', 'b', 'c', 'A', 'B', 'x', 'k', 'K', 's', 'S', '0', '1', '9', '_', '-', ' ', '.', '#', '\\', ']', '^', '&',
        '\t', '\n', '\r', 0x0b, 0x0c, 0x85, 0x2028, 0x2029, 0xa0, 0x3000,
        0xe9, 0xc9, 0xdf, 0xb5, 0x3bc, 0x39c, 0xff, 0x178, 0x17f, 0x212a, 0x3c3, 0x3c2, 0x3a3, 0x130, 0x131, 0x660,
        0x1f600, 0x10400, 0x10428, 0x1d400,
        0xd83d, 0xde00, 0xd801, 0xdc00,
    };

    static final String[] ESCAPES = {
        ".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\h", "\\H", "\\v", "\\V", "\\R",
    };

    /** Unicode categories, scripts, blocks, binary properties, POSIX and java* classes. */
    static final String[] PROPERTIES = {
        "L", "Lu", "Ll", "Lt", "N", "Nd", "P", "S", "Sc", "Z", "Zs", "Cc", "Cs", "Mn", "IsL", "IsLu", "gc=Ll",
        "IsAlphabetic", "IsLetter", "IsDigit", "IsWhite_Space", "IsUppercase", "IsLowercase", "IsPunctuation",
        "IsLatin", "IsGreek", "script=Common", "sc=Deseret", "InBasicLatin", "InGreek", "InLatin-1 Supplement",
        "blk=Emoticons", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print", "Blank", "Cntrl", "XDigit", "Space",
        "Lower", "Upper", "ASCII", "javaLowerCase", "javaUpperCase", "javaWhitespace", "javaLetterOrDigit",
    };

    static final String[] ANCHORS = {"^", "$", "\\A", "\\z", "\\Z", "\\b", "\\B"};

    /** Compile-time flag sets: mostly none, often one or two of the common ones. */
    static Arbitrary<Integer> compileFlags() {
        Arbitrary<Integer> one = Arbitraries.of(Pattern.CASE_INSENSITIVE, Pattern.MULTILINE, Pattern.DOTALL,
                Pattern.UNIX_LINES, Pattern.UNICODE_CASE, Pattern.COMMENTS, Pattern.UNICODE_CHARACTER_CLASS);
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(0)),
                Tuple.of(4, one.list().ofMinSize(1).ofMaxSize(3).map(l -> l.stream().reduce(0, (a, b) -> a | b))));
    }

    /** Default weight of a lookaround among the inner nodes (the others weigh 20 together). */
    static final int LOOK_WEIGHT = 1;
    /** Weight of a lookaround in {@link #lookaroundHeavyPattern()}: about half the inner nodes. */
    static final int HEAVY_LOOK_WEIGHT = 16;

    static int lookWeight() {
        return Integer.getInteger("linrex.fuzz.lookWeight", LOOK_WEIGHT);
    }

    static Arbitrary<RegexTree> pattern() {
        int w = lookWeight();
        return Arbitraries.integers().between(0, 4).flatMap(d -> node(d, w));
    }

    /**
     * {@code (?:A)LIT(?:B)}: random parts around a run of 2–4 literal code points, which every
     * match then contains, so that the required-literal filter (exec.RequiredLiteralFilter)
     * decides many searches (inputs made of the pattern's characters hold the run or not).
     */
    static Arbitrary<RegexTree> innerLiteralPattern() {
        int w = lookWeight();
        Arbitrary<RegexTree> side = Arbitraries.integers().between(0, 2).flatMap(d -> node(d, w))
                .map(t -> new Group(GroupKind.NON_CAPTURING, "", t));
        Arbitrary<RegexTree> run = literal().list().ofMinSize(2).ofMaxSize(4).map(Concat::new);
        return Combinators.combine(side, run, side).as((a, l, b) -> new Concat(List.of(a, l, b)));
    }

    /**
     * Patterns where about half the inner nodes are lookarounds (nested, quantified, with groups),
     * and at least one is.
     */
    static Arbitrary<RegexTree> lookaroundHeavyPattern() {
        return Arbitraries.integers().between(1, 4).flatMap(d -> node(d, HEAVY_LOOK_WEIGHT)).filter(RegexArbitraries::hasLook);
    }

    static boolean hasLook(RegexTree t) {
        if (t instanceof Look) {
            return true;
        } else if (t instanceof Repeat r) {
            return hasLook(r.body());
        } else if (t instanceof Group g) {
            return hasLook(g.body());
        } else if (t instanceof Concat c) {
            return c.items().stream().anyMatch(RegexArbitraries::hasLook);
        } else if (t instanceof Alternation a) {
            return a.items().stream().anyMatch(RegexArbitraries::hasLook);
        }
        return false;
    }

    static Arbitrary<RegexTree> node(int depth) {
        return node(depth, lookWeight());
    }

    static Arbitrary<RegexTree> node(int depth, int lookWeight) {
        if (depth <= 0) {
            return leaf();
        }
        Arbitrary<RegexTree> child = Arbitraries.lazy(() -> node(depth - 1, lookWeight));
        Arbitrary<RegexTree> inner = Arbitraries.frequencyOf(
                Tuple.of(3, leaf()),
                Tuple.of(5, child.list().ofMinSize(2).ofMaxSize(4).map(Concat::new)),
                Tuple.of(3, child.list().ofMinSize(2).ofMaxSize(3).map(Alternation::new)),
                Tuple.of(5, repeat(child)),
                Tuple.of(4, group(child)));
        return lookWeight <= 0 ? inner : Arbitraries.frequencyOf(Tuple.of(20, inner), Tuple.of(lookWeight, look(child)));
    }

    /**
     * A lookaround around a body from the tree generator. Lookbehind bodies mostly get their
     * unbounded quantifiers bounded, since java.util.regex rejects a lookbehind without an
     * "obvious maximum length"; the rest keep them, so the syntax-error parity of that rule is
     * exercised too. Half the bodies lose their capturing groups: linrex rejects most groups in
     * lookarounds whose values the JDK leaks from failed attempts (README), and group-free bodies
     * keep the matching itself under test; the other half keeps them (positive lookarounds with
     * groups linrex accepts, and rejection where it must).
     */
    static Arbitrary<RegexTree> look(Arbitrary<RegexTree> body) {
        return Combinators.combine(Arbitraries.of(LookKind.values()), body, Arbitraries.integers().between(0, 9),
                        Arbitraries.of(false, true), Arbitraries.integers().between(0, 2))
                .as((kind, b, boundChance, keepGroups, extra) -> {
                    RegexTree t = keepGroups ? b : withoutGroups(b);
                    if (kind.behind() && boundChance < 8) {
                        t = bounded(t, extra);
                    }
                    return (RegexTree) new Look(kind, t);
                });
    }

    /** {@code t} with every unbounded quantifier given the maximum {@code min + extra} (nested lookarounds kept). */
    static RegexTree bounded(RegexTree t, int extra) {
        if (t instanceof Repeat r) {
            return new Repeat(bounded(r.body(), extra), r.min(), r.max() < 0 ? r.min() + Math.max(1, extra) : r.max(),
                    r.lazy(), r.braces() || r.max() < 0);
        } else if (t instanceof Concat c) {
            return new Concat(c.items().stream().map(i -> bounded(i, extra)).toList());
        } else if (t instanceof Alternation a) {
            return new Alternation(a.items().stream().map(i -> bounded(i, extra)).toList());
        } else if (t instanceof Group g) {
            return new Group(g.kind(), g.flags(), bounded(g.body(), extra));
        }
        return t;
    }

    /** {@code t} with capturing and named groups made non-capturing (nested lookarounds included). */
    static RegexTree withoutGroups(RegexTree t) {
        if (t instanceof Repeat r) {
            return new Repeat(withoutGroups(r.body()), r.min(), r.max(), r.lazy(), r.braces());
        } else if (t instanceof Concat c) {
            return new Concat(c.items().stream().map(RegexArbitraries::withoutGroups).toList());
        } else if (t instanceof Alternation a) {
            return new Alternation(a.items().stream().map(RegexArbitraries::withoutGroups).toList());
        } else if (t instanceof Group g) {
            GroupKind k = g.kind() == GroupKind.CAPTURING || g.kind() == GroupKind.NAMED ? GroupKind.NON_CAPTURING : g.kind();
            return new Group(k, g.flags(), withoutGroups(g.body()));
        } else if (t instanceof Look l) {
            return new Look(l.kind(), withoutGroups(l.body()));
        }
        return t;
    }

    private static Arbitrary<RegexTree> repeat(Arbitrary<RegexTree> body) {
        Arbitrary<int[]> bounds = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(new int[] {0, -1}, new int[] {1, -1}, new int[] {0, 1})),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-1, 3))
                        .as((min, extra) -> new int[] {min, extra < 0 ? -1 : min + extra})));
        return Combinators.combine(body, bounds, Arbitraries.of(false, false, true), Arbitraries.of(false, true))
                .as((b, mm, lazy, braces) -> new Repeat(b, mm[0], mm[1], lazy, braces));
    }

    private static Arbitrary<RegexTree> group(Arbitrary<RegexTree> body) {
        Arbitrary<GroupKind> kind = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(GroupKind.CAPTURING)), Tuple.of(1, Arbitraries.just(GroupKind.NAMED)),
                Tuple.of(2, Arbitraries.just(GroupKind.NON_CAPTURING)), Tuple.of(2, Arbitraries.just(GroupKind.FLAGS)));
        return Combinators.combine(kind, flagSwitch(), body).as((k, f, b) -> new Group(k, f, b));
    }

    /** The letters of a flag switch, {@code i}, {@code -s}, {@code iu-x} …; never empty on both sides. */
    static Arbitrary<String> flagSwitch() {
        Arbitrary<String> letters = Arbitraries.strings().withChars("imsxduU").ofMinLength(0).ofMaxLength(2);
        return Combinators.combine(letters, letters).as((on, off) -> on.isEmpty() && off.isEmpty() ? "i" : off.isEmpty() ? on : on + "-" + off);
    }

    static Arbitrary<RegexTree> leaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, literal()),
                Tuple.of(4, Arbitraries.of(ESCAPES).map(Token::new)),
                Tuple.of(2, property().map(Token::new)),
                Tuple.of(5, charClass(2).map(c -> (RegexTree) c)),
                Tuple.of(4, Arbitraries.of(ANCHORS).map(Anchor::new)),
                Tuple.of(1, Arbitraries.just(new Empty())),
                Tuple.of(1, quote()),
                Tuple.of(2, flagSwitch().map(f -> {
                    int dash = f.indexOf('-');
                    return new InlineFlags(dash < 0 ? f : f.substring(0, dash), dash < 0 ? "" : f.substring(dash + 1));
                })));
    }

    static Arbitrary<Integer> codePoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0, CHARS.length - 1).map(i -> CHARS[i])),
                Tuple.of(1, Arbitraries.integers().between(0, 0x10ffff)));
    }

    static Arbitrary<Spelling> spelling() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Spelling.RAW)), Tuple.of(1, Arbitraries.just(Spelling.HEX)),
                Tuple.of(1, Arbitraries.just(Spelling.UNICODE_ESCAPE)), Tuple.of(1, Arbitraries.just(Spelling.OCTAL)));
    }

    private static Arbitrary<RegexTree> literal() {
        return Combinators.combine(codePoint(), spelling()).as(Literal::new);
    }

    private static Arbitrary<RegexTree> quote() {
        return Arbitraries.strings().withChars("ab.*\\E(").ofMaxLength(3)
                .filter(s -> !s.contains("\\E") && !s.endsWith("\\"))
                .map(Quote::new);
    }

    static Arbitrary<String> property() {
        return Combinators.combine(Arbitraries.of(false, false, true), Arbitraries.of(PROPERTIES), Arbitraries.of(false, true))
                .as((neg, name, braces) -> (neg ? "\\P" : "\\p") + (braces || name.length() > 1 ? "{" + name + "}" : name));
    }

    static Arbitrary<CharClass> charClass(int depth) {
        Arbitrary<ClassItem> item = classItem(depth);
        Arbitrary<List<ClassItem>> operand = item.list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<List<ClassItem>>> operands = Arbitraries.frequencyOf(
                Tuple.of(5, operand.list().ofSize(1)), Tuple.of(1, operand.list().ofMinSize(2).ofMaxSize(3)));
        return Combinators.combine(Arbitraries.of(false, false, true), operands).as(CharClass::new);
    }

    private static Arbitrary<ClassItem> classItem(int depth) {
        Arbitrary<ClassItem> ch = Combinators.combine(codePoint(), spelling()).as(ClassChar::new);
        Arbitrary<ClassItem> range = Combinators.combine(codePoint(), codePoint(), spelling())
                .as((a, b, s) -> new ClassRange(Math.min(a, b), Math.max(a, b), s));
        Arbitrary<ClassItem> token = Arbitraries.oneOf(
                Arbitraries.of(ESCAPES).filter(e -> !e.equals(".") && !e.equals("\\R")), property()).map(ClassToken::new);
        if (depth <= 0) {
            return Arbitraries.frequencyOf(Tuple.of(5, ch), Tuple.of(3, range), Tuple.of(2, token));
        }
        Arbitrary<ClassItem> nested = Arbitraries.lazy(() -> charClass(depth - 1)).map(c -> (ClassItem) c);
        return Arbitraries.frequencyOf(Tuple.of(5, ch), Tuple.of(3, range), Tuple.of(2, token), Tuple.of(1, nested));
    }
}
