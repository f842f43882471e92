package dev.linrex.syntax;

import java.util.List;
import java.util.Map;

/**
 * The parsed pattern. Flags are compiled away by the parser: case-insensitive literals, dot,
 * escapes and classes all become {@link CharSet}; {@code ^ $ \b} become resolved
 * {@link Assertion}s. Sequences and alternations are flat lists, so no stage needs recursion
 * proportional to pattern length; nesting depth is bounded by the parser's nest limit.
 */
public final class Ast {
    private Ast() {}

    /** Marker for "no upper bound" in {@link Repeat#max()}. */
    public static final int UNBOUNDED = -1;

    public sealed interface Node permits Empty, CharSet, Concat, Alternation, Group, Repeat, Assertion, Look {}

    /** Matches the empty string. */
    public record Empty() implements Node {}

    /**
     * Matches exactly one code point from {@code set}; a valid surrogate pair in the input is one
     * code point, a lone surrogate is itself (as {@link Character#codePointAt(CharSequence, int)}).
     *
     * <p>{@code codePoints}: java.util.regex builds this class as a predicate that is not a
     * "BMP" one (a negation, a property, a case-insensitive Unicode member or range, a member
     * outside the BMP or a surrogate, ...). It then reads a whole code point at each position and
     * marks the pattern as one that can match supplementary characters (its
     * {@code hasSupplementary}), so its scan steps over the middle of surrogate pairs.
     */
    public record CharSet(CodePointSet set, boolean codePoints) implements Node {
        /** A set java.util.regex would evaluate through a BMP predicate (see {@link #codePoints}). */
        public CharSet(CodePointSet set) {
            this(set, false);
        }

        /**
         * Whether this is the pattern's {@code .}: java.util.regex builds it without marking the
         * pattern as one that can match supplementary characters (its {@code hasSupplementary},
         * which decides whether its scan skips the middle of surrogate pairs).
         */
        public boolean isDot() {
            return set == PerlClasses.DOT || set == PerlClasses.UNIX_DOT || set == PerlClasses.DOTALL;
        }
    }

    /** Matches each item in turn. Two or more items (never modified once built). */
    public record Concat(List<Node> items) implements Node {}

    /** Ordered choice (leftmost-first): earlier items have priority. Two or more items (never modified once built). */
    public record Alternation(List<Node> items) implements Node {}

    /**
     * A group. {@code index >= 1} is a capturing group (numbered by its opening parenthesis);
     * {@code index == 0} is a non-capturing group {@code (?:...)} or a flag group {@code (?i:...)}.
     * It is kept because java.util.regex treats quantified groups differently from bare atoms.
     */
    public record Group(int index, String name, Node body) implements Node {}

    /** {@code body{min,max}}; {@code max == UNBOUNDED} for no limit. */
    public record Repeat(Node body, int min, int max, boolean greedy) implements Node {}

    /** A zero-width assertion. */
    public record Assertion(AssertionKind kind) implements Node {}

    /**
     * A lookaround: {@code (?=body)}, {@code (?!body)}, {@code (?<=body)} or {@code (?<!body)}.
     * Zero-width; holds at a position if the body matches there (lookahead: starting there;
     * lookbehind: ending there), or does not, when {@code negated}.
     *
     * <p>For a lookbehind, {@code minLength}/{@code maxLength} are the bounds java.util.regex
     * computes for it (its {@code TreeInfo}, int overflow included; see {@link LookbehindLength}),
     * counted in chars, or in code points when {@code codePoints} (the JDK's {@code BehindS},
     * chosen when the pattern from the lookbehind on contains a supplementary char or a
     * surrogate). The JDK only tries body starts within those bounds, so they are part of the
     * semantics. Unused (0) for a lookahead.
     *
     * @param groupsFrom first capturing group inside the body ({@code groupsTo < groupsFrom} if none)
     * @param groupsTo last capturing group inside the body
     * @param index char index of the opening parenthesis in the pattern
     */
    public record Look(boolean behind, boolean negated, Node body, int minLength, int maxLength, boolean codePoints,
                       int groupsFrom, int groupsTo, int index) implements Node {
        public boolean hasGroups() {
            return groupsTo >= groupsFrom;
        }
    }

    /**
     * The result of parsing: the tree, the number of capturing groups, the named groups
     * (name to index, in definition order), what it was parsed from, and whether java.util.regex
     * would mark the pattern {@code hasSupplementary} (see {@link Supplementary}: then its scan
     * steps over the middle of surrogate pairs), which the parser notes as it reads.
     */
    public record Root(Node node, int groupCount, Map<String, Integer> groupNames, String pattern, int flags,
                       boolean hasSupplementary) {
        /** A tree built other than by the parser: {@code hasSupplementary} is computed from the text and the tree. */
        public Root(Node node, int groupCount, Map<String, Integer> groupNames, String pattern, int flags) {
            this(node, groupCount, groupNames, pattern, flags, Supplementary.of(pattern, node));
        }
    }
}
