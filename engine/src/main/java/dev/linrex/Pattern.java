package dev.linrex;

import dev.linrex.exec.Strategy;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A compiled regular expression: a drop-in replacement for {@link java.util.regex.Pattern} that
 * matches in time linear in the input (no backtracking, no {@code StackOverflowError}).
 *
 * <p>The syntax, flags, match results and error behaviour are java.util.regex's. Constructs that
 * cannot be matched in linear time (backreferences, lookaround, atomic groups, possessive
 * quantifiers) are rejected by {@link #compile} with an {@link UnsupportedPatternException}, a
 * subclass of {@link java.util.regex.PatternSyntaxException}.
 *
 * <p>Instances are immutable and safe for use by multiple threads; {@link Matcher}s are not.
 */
public final class Pattern implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Only {@code \n} is a line terminator for {@code . ^ $}. Inline: {@code (?d)}. */
    public static final int UNIX_LINES = 0x01;
    /** ASCII case-insensitive matching (Unicode with {@link #UNICODE_CASE}). Inline: {@code (?i)}. */
    public static final int CASE_INSENSITIVE = 0x02;
    /** Whitespace and {@code #} comments are ignored. Inline: {@code (?x)}. */
    public static final int COMMENTS = 0x04;
    /** {@code ^} and {@code $} match at line terminators. Inline: {@code (?m)}. */
    public static final int MULTILINE = 0x08;
    /** The pattern is a literal string. */
    public static final int LITERAL = 0x10;
    /** {@code .} matches any character including line terminators. Inline: {@code (?s)}. */
    public static final int DOTALL = 0x20;
    /** Case-insensitive matching folds Unicode case. Inline: {@code (?u)}. */
    public static final int UNICODE_CASE = 0x40;
    /** Canonical equivalence. Rejected by linrex with {@link UnsupportedPatternException}. */
    public static final int CANON_EQ = 0x80;
    /** Unicode versions of the predefined and POSIX classes. Inline: {@code (?U)}. */
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    /** Marker for "the DFA cache budget from {@code linrex.dfaCacheBytes}". */
    private static final long DFA_BUDGET_FROM_PROPERTY = Long.MIN_VALUE;

    private static final int ALL_FLAGS = UNIX_LINES | CASE_INSENSITIVE | COMMENTS | MULTILINE | LITERAL
            | DOTALL | UNICODE_CASE | CANON_EQ | UNICODE_CHARACTER_CLASS;

    private final String pattern;
    /** The flags as given to compile: what is serialized and recompiled. */
    private final int givenFlags;
    private final transient int flags;
    private final transient Strategy strategy;
    private final transient int groupCount;
    private final transient Map<String, Integer> namedGroups;
    /** Each new Matcher's limits; serialized (null when read from a stream written before limits existed). */
    private final MatchLimits limits;

    private Pattern(String pattern, int flags, MatchLimits limits) {
        this(pattern, flags, limits, DFA_BUDGET_FROM_PROPERTY);
    }

    private Pattern(String pattern, int flags, MatchLimits limits, long dfaCacheBytes) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        Objects.requireNonNull(pattern, "regex");
        this.limits = Objects.requireNonNull(limits, "limits");
        Ast.Root root = Parser.parse(pattern, flags);
        this.pattern = pattern;
        this.givenFlags = flags;
        this.strategy = dfaCacheBytes == DFA_BUDGET_FROM_PROPERTY ? Strategy.compileReparsable(root, flags) : Strategy.compile(root, dfaCacheBytes);
        this.groupCount = root.groupCount();
        this.namedGroups = root.groupNames(); // already an unmodifiable copy
        // As the JDK: flags() reports the flags in force at the end of the pattern's top level
        // (inline flags included, UNICODE_CASE implied by UNICODE_CHARACTER_CLASS).
        this.flags = root.flags();
    }

    /** The same compiled pattern (program, DFA caches) with other limits. */
    private Pattern(Pattern p, MatchLimits limits) {
        this.pattern = p.pattern;
        this.givenFlags = p.givenFlags;
        this.flags = p.flags;
        this.strategy = p.strategy;
        this.groupCount = p.groupCount;
        this.namedGroups = p.namedGroups;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Compiles {@code regex}.
     *
     * @throws java.util.regex.PatternSyntaxException if it is not a valid java.util.regex pattern
     * @throws UnsupportedPatternException if it uses a construct linrex does not support
     * @throws PatternTooLargeException if it is nested too deeply or compiles too large
     */
    public static Pattern compile(String regex) {
        return new Pattern(regex, 0, MatchLimits.NONE);
    }

    /**
     * Compiles {@code regex} with match flags (a bit mask of this class's constants).
     *
     * @throws IllegalArgumentException if {@code flags} has bits that are not match flags
     * @throws java.util.regex.PatternSyntaxException if it is not a valid java.util.regex pattern
     * @throws UnsupportedPatternException if it uses a construct linrex does not support (or CANON_EQ)
     * @throws PatternTooLargeException if it is nested too deeply or compiles too large
     */
    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags, MatchLimits.NONE);
    }

    /**
     * As {@link #compile(String, int)}, with {@code limits} for every search of this pattern's
     * Matchers (unless a Matcher sets its own with {@link Matcher#useLimits}).
     *
     * @throws NullPointerException if {@code limits} is null
     */
    public static Pattern compile(String regex, int flags, MatchLimits limits) {
        return new Pattern(regex, flags, limits);
    }

    /** For tests: as {@link #compile(String, int)} with a DFA cache budget per direction in bytes. */
    static Pattern compileWithDfaCacheBytes(String regex, int flags, long dfaCacheBytes) {
        return new Pattern(regex, flags, MatchLimits.NONE, dfaCacheBytes);
    }

    /**
     * This pattern with other default {@link MatchLimits}: a cheap view that shares the compiled
     * program and the DFA caches with this one (and with every other view of it).
     *
     * @throws NullPointerException if {@code limits} is null
     */
    public Pattern withLimits(MatchLimits limits) {
        return limits.equals(this.limits) ? this : new Pattern(this, limits);
    }

    /** The limits each new Matcher of this pattern starts with ({@link MatchLimits#NONE} unless set). */
    public MatchLimits limits() {
        return limits == null ? MatchLimits.NONE : limits;
    }

    /**
     * The memory this pattern shares among its Matchers: the compiled program and the DFA caches
     * (see {@link PatternMemory} for what is counted and the limits). Views made with
     * {@link #withLimits} report the same shared caches.
     */
    public PatternMemory memoryUsage() {
        return new PatternMemory(strategy.program().memoryBytes(), strategy.dfaCacheBudget(), strategy.dfaBytesUsed());
    }

    /** Compiles {@code regex} and matches the whole of {@code input} against it. */
    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    /**
     * A pattern string that matches {@code s} literally: {@code \Q...\E}, with any {@code \E}
     * inside {@code s} handled. The same output as {@link java.util.regex.Pattern#quote}.
     */
    public static String quote(String s) {
        int at = s.indexOf("\\E");
        if (at < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int done = 0;
        for (; at >= 0; at = s.indexOf("\\E", done)) {
            // Close the quote before "\E", write "\E" escaped, and reopen.
            sb.append(s, done, at).append("\\E\\\\E\\Q");
            done = at + 2;
        }
        return sb.append(s, done, s.length()).append("\\E").toString();
    }

    /** A new matcher of this pattern over {@code input}. */
    public Matcher matcher(CharSequence input) {
        return new Matcher(this, Objects.requireNonNull(input, "input"));
    }

    /** The source of this pattern. */
    public String pattern() {
        return pattern;
    }

    /**
     * The match flags: those given to {@link #compile(String, int)} plus, as in the JDK, inline
     * flags set at the top level of the pattern and UNICODE_CASE when UNICODE_CHARACTER_CLASS is set.
     */
    public int flags() {
        return flags;
    }

    /** The pattern's named groups: name to group number (JDK 20 API). Unmodifiable. */
    public Map<String, Integer> namedGroups() {
        return namedGroups;
    }

    /** Splits {@code input} around matches of this pattern; trailing empty strings are removed. */
    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /**
     * Splits {@code input} around matches of this pattern, exactly as
     * {@link java.util.regex.Pattern#split(CharSequence, int)}: {@code limit > 0} caps the number
     * of elements, {@code 0} removes trailing empty strings, negative keeps them.
     */
    public String[] split(CharSequence input, int limit) {
        return Split.split(input, limit, false, findLoop(input));
    }

    /**
     * As {@link #split(CharSequence, int)}, with each matched delimiter as its own element after
     * the text before it (JDK 21 API).
     */
    public String[] splitWithDelimiters(CharSequence input, int limit) {
        return Split.split(input, limit, true, findLoop(input));
    }

    /** The elements of {@code split(input)}, computed lazily as the stream is consumed. */
    public Stream<String> splitAsStream(CharSequence input) {
        Objects.requireNonNull(input, "input");
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                Split.iterator(input, () -> findLoop(input)),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** A predicate that is true for strings in which this pattern finds a match. */
    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    /** A predicate that is true for strings that this pattern matches entirely. */
    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    /** The source of this pattern. */
    @Override
    public String toString() {
        return pattern;
    }

    private Split.Matches findLoop(CharSequence input) {
        Matcher m = matcher(input);
        return new Split.Matches() {
            @Override
            public boolean find() {
                return m.find();
            }

            @Override
            public int start() {
                return m.start();
            }

            @Override
            public int end() {
                return m.end();
            }
        };
    }

    Strategy strategy() {
        return strategy;
    }

    /**
     * The last replacement string parsed for this pattern, shared by its Matchers (code that
     * makes a Matcher per call, such as {@code replaceAll} in a loop, then parses it once).
     * Immutable; racing threads only parse twice.
     */
    private transient volatile Replacement lastReplacement;

    /** {@code replacement} parsed for this pattern's groups, reusing the last one parsed. */
    Replacement replacement(String replacement) {
        Replacement r = lastReplacement;
        if (r == null || !r.source.equals(replacement)) {
            r = Replacement.parse(replacement, groupCount, namedGroups);
            lastReplacement = r;
        }
        return r;
    }

    int groupCount() {
        return groupCount;
    }

    /** Serialized as its source and flags, like java.util.regex.Pattern; recompiled when read. */
    private Object readResolve() {
        return new Pattern(pattern, givenFlags, limits());
    }
}
