package dev.linrex.syntax;

import dev.linrex.PatternTooLargeException;
import dev.linrex.UnsupportedPatternException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Parses java.util.regex syntax into an {@link Ast}, with the flags compiled away.
 *
 * <p>Reading follows java.util.regex step for step (the same cursor moves over the same
 * rewritten code-point array, see {@link PatternText}), because that is what makes every
 * malformed pattern fail with the JDK's own {@link PatternSyntaxException} description and
 * index, and every odd-but-legal pattern ({@code a{}, {@code ]}, {@code [&&a]}, flags inside
 * alternations, COMMENTS quirks) parse the way the JDK parses it.
 *
 * <p>Unlike the JDK, groups are parsed with an explicit stack, so a hostile pattern cannot
 * cause a {@link StackOverflowError}; nesting (groups plus character classes) deeper than
 * {@code linrex.maxNesting} (default 300) throws {@link PatternTooLargeException}.
 *
 * <p>Constructs linrex cannot match in linear time (backreferences, lookaround, atomic groups,
 * possessive quantifiers, {@code \G}, {@code \X}, {@code \b{g}}, CANON_EQ) are parsed like any
 * other, and only if the whole pattern is well-formed is the first of them reported as an
 * {@link UnsupportedPatternException}; its index is a char index in the original pattern.
 */
public final class Parser {
    /** Default for {@code linrex.maxNesting}. */
    public static final int DEFAULT_MAX_NESTING = 300;

    private static final int MAX_REPS = Integer.MAX_VALUE;

    /** Stands in for a parsed-but-rejected construct that has no obvious maximum length. */
    private static final Ast.Node UNBOUNDED_PLACEHOLDER = new Ast.Repeat(new Ast.Empty(), 0, Ast.UNBOUNDED, true);
    private static final Ast.Node EMPTY = new Ast.Empty();

    final String pattern;
    final int[] temp;
    final int[] source;
    final int patternLength;
    int cursor;
    /** The flags in force at the cursor (inline flags change them). */
    int flags0;
    private final int maxNesting;
    /** Open groups (see {@link #parseExpression}) plus open character classes. */
    int depth;

    private int nextGroupIndex = 1;
    private final Map<String, Integer> groupNames = new LinkedHashMap<>();

    /** Side results of {@link #escape}: the node (outside classes) or set it stands for. */
    Ast.Node escapeNode;
    CodePointSet escapeSet;

    private String unsupportedConstruct;
    private String unsupportedReason;
    private int unsupportedIndex = -1;

    private final ClassParser classes;

    private Parser(String pattern, int flags, int maxNesting) {
        this.pattern = pattern;
        this.flags0 = flags;
        this.maxNesting = maxNesting;
        PatternText text = new PatternText(pattern, (flags & Flags.LITERAL) != 0);
        this.patternLength = text.length;
        // A little zero padding beyond the JDK's two terminators, so reads the JDK would make
        // past its array (it never does on the paths we mirror) stay harmless here.
        this.temp = java.util.Arrays.copyOf(text.cp, text.length + 4);
        this.source = java.util.Arrays.copyOf(text.source, text.length + 4);
        for (int i = text.length + 2; i < source.length; i++) {
            source[i] = pattern.length();
        }
        this.classes = new ClassParser(this);
    }

    /**
     * Parses {@code pattern} under {@code flags} (java.util.regex flag values).
     *
     * @throws PatternSyntaxException as java.util.regex would throw it for a malformed pattern
     * @throws UnsupportedPatternException for a well-formed pattern using a rejected construct
     * @throws PatternTooLargeException when nesting exceeds the limit
     * @throws IllegalArgumentException for unknown flag bits, as java.util.regex
     */
    public static Ast.Root parse(String pattern, int flags) {
        if ((flags & ~Flags.ALL) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        int effective = flags;
        if ((effective & Flags.UNICODE_CHARACTER_CLASS) != 0) {
            effective |= Flags.UNICODE_CASE;
        }
        int limit = Integer.getInteger("linrex.maxNesting", DEFAULT_MAX_NESTING);
        Parser p = new Parser(pattern, effective, limit);
        Ast.Node node;
        if (pattern.isEmpty()) {
            node = EMPTY;
        } else if ((effective & Flags.LITERAL) != 0) {
            List<Ast.Node> items = new ArrayList<>();
            for (int i = 0; i < p.patternLength; i++) {
                items.add(new Ast.CharSet(CaseFolding.literal(p.temp[i], effective, true)));
            }
            node = sequence(items);
        } else {
            node = p.parseExpression();
        }
        if ((flags & Flags.CANON_EQ) != 0) {
            // java.util.regex normalizes the pattern and matches canonical equivalents with
            // backtracking over permutations; rejected as a whole, so index -1 (no position).
            throw new UnsupportedPatternException("CANON_EQ flag",
                    "canonical equivalence matching is not supported", pattern, -1);
        }
        if (p.unsupportedConstruct != null) {
            throw new UnsupportedPatternException(p.unsupportedConstruct, p.unsupportedReason, pattern,
                    p.unsupportedIndex);
        }
        return new Ast.Root(node, p.nextGroupIndex - 1,
                Collections.unmodifiableMap(new LinkedHashMap<>(p.groupNames)), pattern, flags);
    }

    // ---------------------------------------------------------------- reading primitives
    // These mirror java.util.regex's cursor discipline exactly (including where COMMENTS
    // whitespace is skipped and where it is not), because error indices depend on it.

    boolean has(int f) {
        return (flags0 & f) != 0;
    }

    int peek() {
        int ch = temp[cursor];
        if (has(Flags.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    int read() {
        int ch = temp[cursor++];
        if (has(Flags.COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        return ch;
    }

    int next() {
        int ch = temp[++cursor];
        if (has(Flags.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    int nextEscaped() {
        return temp[++cursor];
    }

    /** Reads the char after the next one and advances past both (no whitespace skipping). */
    int skip() {
        int ch = temp[cursor + 1];
        cursor += 2;
        return ch;
    }

    void unread() {
        cursor--;
    }

    private void accept(int ch, String message) {
        int test = temp[cursor++];
        if (has(Flags.COMMENTS)) {
            test = parsePastWhitespace(test);
        }
        if (ch != test) {
            throw error(message);
        }
    }

    private static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    private int peekPastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = temp[++cursor];
            }
            if (ch == '#') {
                ch = peekPastLine();
            }
        }
        return ch;
    }

    private int parsePastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = temp[cursor++];
            }
            if (ch == '#') {
                ch = parsePastLine();
            }
        }
        return ch;
    }

    private int parsePastLine() {
        int ch = temp[cursor++];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[cursor++];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = temp[cursor++];
        }
        return ch;
    }

    private int peekPastLine() {
        int ch = temp[++cursor];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[++cursor];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = temp[cursor];
        }
        return ch;
    }

    private boolean isLineSeparator(int ch) {
        if (has(Flags.UNIX_LINES)) {
            return ch == '\n';
        }
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    /** A JDK-compatible syntax error at the JDK's index (cursor - 1 in the rewritten array). */
    PatternSyntaxException error(String description) {
        return new PatternSyntaxException(description, pattern, cursor - 1);
    }

    /** Char index in the original pattern of rewritten position {@code pos}. */
    int sourceIndex(int pos) {
        if (pos < 0) {
            return 0;
        }
        return source[Math.min(pos, source.length - 1)];
    }

    /** Remembers the first rejected construct; reported only if the whole pattern parses. */
    void unsupported(String construct, String reason, int pos) {
        if (unsupportedConstruct == null) {
            unsupportedConstruct = construct;
            unsupportedReason = reason;
            unsupportedIndex = sourceIndex(pos);
        }
    }

    /** Enters one level of group or class nesting at rewritten position {@code pos}. */
    void enterNesting(int pos) {
        if (++depth > maxNesting) {
            throw new PatternTooLargeException("Pattern nested too deeply (limit " + maxNesting
                    + ", system property linrex.maxNesting)", pattern, sourceIndex(pos));
        }
    }

    // ---------------------------------------------------------------- structure

    private static final int ROOT = 0;
    private static final int CAPTURE = 1;
    private static final int NON_CAPTURE = 2;
    private static final int LOOKAHEAD = 3;
    private static final int LOOKBEHIND = 4;
    private static final int ATOMIC = 5;

    /** An open group: its alternatives so far and the sequence being built. */
    private static final class Frame {
        final int kind;
        final int index;
        final String name;
        final int savedFlags;
        final Frame parent;
        final List<Ast.Node> alternatives = new ArrayList<>(2);
        List<Ast.Node> items = new ArrayList<>();

        Frame(int kind, int index, String name, int savedFlags, Frame parent) {
            this.kind = kind;
            this.index = index;
            this.name = name;
            this.savedFlags = savedFlags;
            this.parent = parent;
        }
    }

    private static Ast.Node sequence(List<Ast.Node> items) {
        if (items.isEmpty()) {
            return EMPTY;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new Ast.Concat(List.copyOf(items));
    }

    private static Ast.Node alternation(Frame f) {
        Ast.Node last = sequence(f.items);
        if (f.alternatives.isEmpty()) {
            return last;
        }
        List<Ast.Node> all = new ArrayList<>(f.alternatives);
        all.add(last);
        return new Ast.Alternation(List.copyOf(all));
    }

    /**
     * The whole pattern: the JDK's expr/sequence/group recursion turned into one loop over an
     * explicit stack of open groups.
     */
    private Ast.Node parseExpression() {
        Frame f = new Frame(ROOT, 0, null, flags0, null);
        for (;;) {
            int ch = peek();
            Ast.Node node;
            switch (ch) {
                case '(': {
                    Frame g = openGroup(f);
                    if (g != null) {
                        f = g;
                    }
                    continue;
                }
                case '|':
                    f.alternatives.add(sequence(f.items));
                    f.items = new ArrayList<>();
                    next();
                    continue;
                case ')':
                    if (f.kind == ROOT) {
                        return finish(f);
                    }
                    node = closeGroup(f);
                    f = f.parent;
                    break;
                case '[':
                    node = new Ast.CharSet(classes.parse());
                    break;
                case '\\':
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        node = new Ast.CharSet(property());
                    } else {
                        unread();
                        node = atom();
                    }
                    break;
                case '^':
                    next();
                    node = new Ast.Assertion(has(Flags.MULTILINE)
                            ? (has(Flags.UNIX_LINES) ? AssertionKind.BEGIN_LINE_UNIX : AssertionKind.BEGIN_LINE)
                            : AssertionKind.BEGIN_INPUT);
                    break;
                case '$':
                    next();
                    node = new Ast.Assertion(dollar(has(Flags.MULTILINE)));
                    break;
                case '.':
                    next();
                    node = new Ast.CharSet(has(Flags.DOTALL) ? CodePointSet.ALL
                            : has(Flags.UNIX_LINES) ? PerlClasses.UNIX_DOT : PerlClasses.DOT);
                    break;
                case '?':
                case '*':
                case '+':
                    next();
                    throw error("Dangling meta character '" + ((char) ch) + "'");
                case 0:
                    if (cursor >= patternLength) {
                        if (f.kind == ROOT) {
                            return finish(f);
                        }
                        accept(')', "Unclosed group");
                        throw error("Unclosed group");
                    }
                    node = atom();
                    break;
                default:
                    node = atom();
                    break;
            }
            node = closure(node);
            if (node instanceof Ast.Concat) {
                f.items.addAll(((Ast.Concat) node).items()); // a run of literals
            } else {
                f.items.add(node);
            }
        }
    }

    /** End of the top level: anything left over is an error, with the JDK's wording. */
    private Ast.Node finish(Frame root) {
        if (cursor != patternLength) {
            if (peek() == ')') {
                throw error("Unmatched closing ')'");
            } else if (cursor == patternLength + 1 && temp[patternLength - 1] == '\\') {
                throw error("Unescaped trailing backslash");
            } else {
                throw error("Unexpected internal error");
            }
        }
        return alternation(root);
    }

    private AssertionKind dollar(boolean multiline) {
        if (has(Flags.UNIX_LINES)) {
            return multiline ? AssertionKind.END_LINE_UNIX : AssertionKind.END_INPUT_OR_FINAL_NEWLINE_UNIX;
        }
        return multiline ? AssertionKind.END_LINE : AssertionKind.END_INPUT_OR_FINAL_TERMINATOR;
    }

    /**
     * Parses a group's opening ({@code (}, {@code (?:}, {@code (?<name>}, lookaround, flags) with
     * the cursor on {@code (}. Returns the new frame, or null for a flags-only {@code (?i)},
     * whose flags stay in force to the end of the enclosing group.
     */
    private Frame openGroup(Frame parent) {
        int open = cursor;
        int save = flags0;
        int ch = next();
        Frame g;
        if (ch == '?') {
            ch = skip();
            switch (ch) {
                case ':':
                    g = new Frame(NON_CAPTURE, 0, null, save, parent);
                    break;
                case '=':
                case '!':
                    unsupported(ch == '=' ? "lookahead (?=" : "negative lookahead (?!",
                            "lookaround cannot be matched by a linear-time automaton", open);
                    g = new Frame(LOOKAHEAD, 0, null, save, parent);
                    break;
                case '>':
                    unsupported("atomic group (?>", "atomic groups need backtracking", open);
                    g = new Frame(ATOMIC, 0, null, save, parent);
                    break;
                case '<': {
                    ch = read();
                    if (ch != '=' && ch != '!') {
                        String name = groupName(ch);
                        if (groupNames.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        int index = nextGroupIndex++;
                        groupNames.put(name, index);
                        g = new Frame(CAPTURE, index, name, save, parent);
                        break;
                    }
                    unsupported(ch == '=' ? "lookbehind (?<=" : "negative lookbehind (?<!",
                            "lookaround cannot be matched by a linear-time automaton", open);
                    g = new Frame(LOOKBEHIND, 0, null, save, parent);
                    break;
                }
                case '$':
                case '@':
                    throw error("Unknown group type");
                default:
                    unread();
                    addFlags();
                    ch = read();
                    if (ch == ')') {
                        return null;
                    }
                    if (ch != ':') {
                        throw error("Unknown inline modifier");
                    }
                    g = new Frame(NON_CAPTURE, 0, null, save, parent);
                    break;
            }
        } else {
            g = new Frame(CAPTURE, nextGroupIndex++, null, save, parent);
        }
        enterNesting(open);
        return g;
    }

    /** Closes {@code f} with the cursor on {@code )} and returns its node. */
    private Ast.Node closeGroup(Frame f) {
        Ast.Node body = alternation(f);
        if (f.kind == LOOKBEHIND && maxLength(body) < 0) {
            throw error("Look-behind group does not have an obvious maximum length");
        }
        accept(')', "Unclosed group");
        flags0 = f.savedFlags;
        depth--;
        switch (f.kind) {
            case CAPTURE:
                return new Ast.Group(f.index, f.name, body);
            case LOOKAHEAD:
            case LOOKBEHIND:
                return EMPTY; // zero-width placeholder: the pattern is rejected anyway
            default:
                return new Ast.Group(0, null, body);
        }
    }

    /**
     * The longest match of {@code node} in chars, or -1 if unbounded; the JDK rejects
     * lookbehind bodies without "an obvious maximum length". Recursion is bounded by nesting.
     */
    private static long maxLength(Ast.Node node) {
        if (node instanceof Ast.CharSet) {
            return 2;
        } else if (node instanceof Ast.Concat) {
            long sum = 0;
            for (Ast.Node n : ((Ast.Concat) node).items()) {
                long m = maxLength(n);
                if (m < 0) {
                    return -1;
                }
                sum += m;
            }
            return sum > Integer.MAX_VALUE ? -1 : sum;
        } else if (node instanceof Ast.Alternation) {
            long max = 0;
            for (Ast.Node n : ((Ast.Alternation) node).items()) {
                long m = maxLength(n);
                if (m < 0) {
                    return -1;
                }
                max = Math.max(max, m);
            }
            return max;
        } else if (node instanceof Ast.Group) {
            return maxLength(((Ast.Group) node).body());
        } else if (node instanceof Ast.Repeat) {
            Ast.Repeat r = (Ast.Repeat) node;
            long m = maxLength(r.body());
            if (m < 0 || r.max() == Ast.UNBOUNDED) {
                return -1;
            }
            long total = m * r.max();
            return total > Integer.MAX_VALUE ? -1 : total;
        }
        return 0;
    }

    /** Inline flags {@code idmsuxU} and, after {@code -}, flags to clear. */
    private void addFlags() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i': flags0 |= Flags.CASE_INSENSITIVE; break;
                case 'm': flags0 |= Flags.MULTILINE; break;
                case 's': flags0 |= Flags.DOTALL; break;
                case 'd': flags0 |= Flags.UNIX_LINES; break;
                case 'u': flags0 |= Flags.UNICODE_CASE; break;
                case 'c':
                    flags0 |= Flags.CANON_EQ;
                    unsupported("inline flag (?c) (CANON_EQ)", "canonical equivalence matching is not supported",
                            cursor);
                    break;
                case 'x': flags0 |= Flags.COMMENTS; break;
                case 'U': flags0 |= Flags.UNICODE_CHARACTER_CLASS | Flags.UNICODE_CASE; break;
                case '-':
                    next();
                    subtractFlags();
                    return;
                default:
                    return;
            }
            ch = next();
        }
    }

    private void subtractFlags() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i': flags0 &= ~Flags.CASE_INSENSITIVE; break;
                case 'm': flags0 &= ~Flags.MULTILINE; break;
                case 's': flags0 &= ~Flags.DOTALL; break;
                case 'd': flags0 &= ~Flags.UNIX_LINES; break;
                case 'u': flags0 &= ~Flags.UNICODE_CASE; break;
                case 'c': flags0 &= ~Flags.CANON_EQ; break;
                case 'x': flags0 &= ~Flags.COMMENTS; break;
                case 'U': flags0 &= ~(Flags.UNICODE_CHARACTER_CLASS | Flags.UNICODE_CASE); break;
                default: return;
            }
            ch = next();
        }
    }

    /** JDK group names: an ASCII letter, then ASCII letters and digits, then {@code >}. */
    String groupName(int ch) {
        StringBuilder sb = new StringBuilder();
        if (!isAsciiAlpha(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.append((char) ch);
        } while (isAsciiAlpha(ch = read()) || (ch >= '0' && ch <= '9'));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    private static boolean isAsciiAlpha(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    private static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    // ---------------------------------------------------------------- quantifiers

    /** A quantifier after {@code prev}, if one follows. */
    private Ast.Node closure(Ast.Node prev) {
        int ch = peek();
        int at = cursor;
        switch (ch) {
            case '?':
                return quantified(prev, 0, 1, at);
            case '*':
                return quantified(prev, 0, Ast.UNBOUNDED, at);
            case '+':
                return quantified(prev, 1, Ast.UNBOUNDED, at);
            case '{': {
                ch = skip();
                if (!isAsciiDigit(ch)) {
                    throw error("Illegal repetition");
                }
                int min = 0;
                int max;
                try {
                    do {
                        min = Math.addExact(Math.multiplyExact(min, 10), ch - '0');
                    } while (isAsciiDigit(ch = read()));
                    if (ch == ',') {
                        ch = read();
                        if (ch == '}') {
                            unread();
                            return quantified(prev, min, Ast.UNBOUNDED, at);
                        }
                        max = 0;
                        while (isAsciiDigit(ch)) {
                            max = Math.addExact(Math.multiplyExact(max, 10), ch - '0');
                            ch = read();
                        }
                    } else {
                        max = min;
                    }
                } catch (ArithmeticException e) {
                    throw error("Illegal repetition range");
                }
                if (ch != '}') {
                    throw error("Unclosed counted closure");
                }
                if (max < min) {
                    throw error("Illegal repetition range");
                }
                unread();
                // The JDK loops "up to MAX_REPS" for {n,} too: an explicit maximum of
                // Integer.MAX_VALUE means the same as no maximum.
                return quantified(prev, min, max == MAX_REPS ? Ast.UNBOUNDED : max, at);
            }
            default:
                return prev;
        }
    }

    /** Reads the quantifier's last char and its lazy/possessive suffix. */
    private Ast.Node quantified(Ast.Node prev, int min, int max, int at) {
        int ch = next();
        boolean greedy = true;
        if (ch == '?') {
            next();
            greedy = false;
        } else if (ch == '+') {
            next();
            unsupported("possessive quantifier", "possessive quantifiers need backtracking", at);
        }
        return new Ast.Repeat(prev, min, max, greedy);
    }

    // ---------------------------------------------------------------- atoms and escapes

    /**
     * A run of literal characters (escaped or not), or one escape that is not a literal. Like
     * the JDK, a run stops before a char that is followed by a quantifier, so the quantifier
     * applies to that char alone. A run of two or more comes back as a Concat of CharSets; the
     * distinction matters for case folding (see {@link CaseFolding#literal}).
     */
    private Ast.Node atom() {
        int[] buf = new int[8];
        int first = 0;
        int prev = -1;
        int ch = peek();
        loop:
        for (;;) {
            switch (ch) {
                case '*':
                case '+':
                case '?':
                case '{':
                    if (first > 1) {
                        cursor = prev;
                        first--;
                    }
                    break loop;
                case '$':
                case '.':
                case '^':
                case '(':
                case '[':
                case '|':
                case ')':
                    break loop;
                case '\\':
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        if (first > 0) {
                            unread();
                            break loop;
                        }
                        return new Ast.CharSet(property());
                    }
                    unread();
                    prev = cursor;
                    ch = escape(false, first == 0, false);
                    if (ch >= 0) {
                        if (first == buf.length) {
                            buf = java.util.Arrays.copyOf(buf, first * 2);
                        }
                        buf[first++] = ch;
                        ch = peek();
                        continue;
                    } else if (first == 0) {
                        return escapeNode;
                    }
                    cursor = prev;
                    break loop;
                case 0:
                    if (cursor >= patternLength) {
                        break loop;
                    }
                    // a NUL in the pattern is a literal
                default:
                    prev = cursor;
                    if (first == buf.length) {
                        buf = java.util.Arrays.copyOf(buf, first * 2);
                    }
                    buf[first++] = ch;
                    ch = next();
                    continue;
            }
        }
        if (first == 0) {
            return EMPTY; // the JDK's empty slice, e.g. before a '{' that starts the pattern
        }
        if (first == 1) {
            return new Ast.CharSet(CaseFolding.literal(buf[0], flags0, false));
        }
        List<Ast.Node> items = new ArrayList<>(first);
        for (int i = 0; i < first; i++) {
            items.add(new Ast.CharSet(CaseFolding.literal(buf[i], flags0, true)));
        }
        return new Ast.Concat(items);
    }

    /** {@code \p..} / {@code \P..} with the cursor on {@code p} or {@code P}. */
    CodePointSet property() {
        boolean complement = temp[cursor] == 'P';
        boolean oneLetter = true;
        int ch = next();
        if (ch != '{') {
            unread();
        } else {
            oneLetter = false;
        }
        return family(oneLetter, complement);
    }

    /** Reads a property name and resolves it with the JDK's lookup order. */
    private CodePointSet family(boolean singleLetter, boolean complement) {
        next();
        String name;
        if (singleLetter) {
            name = new String(temp, cursor, 1);
            read();
        } else {
            int i = cursor;
            temp[patternLength] = '}';
            while (read() != '}') {
                // scan to the closing brace (the terminator written above stops the scan)
            }
            temp[patternLength] = 0;
            int j = cursor;
            if (j > patternLength) {
                throw error("Unclosed character family");
            }
            if (i + 1 >= j) {
                throw error("Empty character family");
            }
            name = new String(temp, i, j - i - 1);
        }
        boolean ci = has(Flags.CASE_INSENSITIVE);
        CodePointSet set;
        int eq = name.indexOf('=');
        if (eq != -1) {
            String value = name.substring(eq + 1);
            String key = name.substring(0, eq).toLowerCase(java.util.Locale.ENGLISH);
            switch (key) {
                case "sc":
                case "script":
                    set = UnicodeProperties.forScript(value);
                    break;
                case "blk":
                case "block":
                    set = UnicodeProperties.forBlock(value);
                    break;
                case "gc":
                case "general_category":
                    set = UnicodeProperties.forProperty(value, ci);
                    break;
                default:
                    set = null;
                    break;
            }
            if (set == null) {
                throw error("Unknown Unicode property {name=<" + key + ">, value=<" + value + ">}");
            }
        } else {
            if (name.startsWith("In")) {
                set = UnicodeProperties.forBlock(name.substring(2));
            } else if (name.startsWith("Is")) {
                String shortName = name.substring(2);
                set = UnicodeProperties.forUnicodeProperty(shortName, ci);
                if (set == null) {
                    set = UnicodeProperties.forProperty(shortName, ci);
                }
                if (set == null) {
                    set = UnicodeProperties.forScript(shortName);
                }
            } else {
                set = null;
                if (has(Flags.UNICODE_CHARACTER_CLASS)) {
                    set = UnicodeProperties.forPosixName(name, ci);
                }
                if (set == null) {
                    set = UnicodeProperties.forProperty(name, ci);
                }
            }
            if (set == null) {
                throw error("Unknown character property name {" + name + "}");
            }
        }
        return complement ? set.complement() : set;
    }

    /**
     * An escape with the cursor on the backslash. Returns the code point of a literal escape;
     * otherwise -1, with {@link #escapeSet} set for class-like escapes and (outside classes, when
     * {@code create}) {@link #escapeNode} set to the node. {@code isRange} makes {@code \v} the
     * vertical tab, for use as a range end point (JDK compatibility).
     */
    int escape(boolean inClass, boolean create, boolean isRange) {
        int at = cursor;
        int ch = skip();
        boolean uc = has(Flags.UNICODE_CHARACTER_CLASS);
        switch (ch) {
            case '0':
                return octal();
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                if (inClass) {
                    break;
                }
                if (create) {
                    backReference(ch - '0', at);
                }
                return -1;
            case 'A':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = new Ast.Assertion(AssertionKind.BEGIN_INPUT);
                }
                return -1;
            case 'B':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = new Ast.Assertion(uc ? AssertionKind.NOT_WORD_BOUNDARY_UNICODE
                            : AssertionKind.NOT_WORD_BOUNDARY);
                }
                return -1;
            case 'D':
                return classEscape(PerlClasses.digit(uc).complement(), inClass, create);
            case 'G':
                if (inClass) {
                    break;
                }
                if (create) {
                    unsupported("\\G", "the end-of-previous-match anchor depends on match history", at);
                    escapeNode = EMPTY;
                }
                return -1;
            case 'H':
                return classEscape(PerlClasses.HORIZ_SPACE.complement(), inClass, create);
            case 'N':
                return namedCharacter();
            case 'R':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = lineEnding();
                }
                return -1;
            case 'S':
                return classEscape(PerlClasses.space(uc).complement(), inClass, create);
            case 'V':
                return classEscape(PerlClasses.VERT_SPACE.complement(), inClass, create);
            case 'W':
                return classEscape(PerlClasses.word(uc).complement(), inClass, create);
            case 'X':
                if (inClass) {
                    break;
                }
                if (create) {
                    unsupported("\\X", "grapheme clusters are not supported", at);
                    escapeNode = UNBOUNDED_PLACEHOLDER;
                }
                return -1;
            case 'Z':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = new Ast.Assertion(dollar(false));
                }
                return -1;
            case 'a':
                return '\007';
            case 'b':
                if (inClass) {
                    break;
                }
                if (create) {
                    if (peek() == '{') {
                        if (skip() == 'g') {
                            if (read() == '}') {
                                unsupported("\\b{g}", "grapheme cluster boundaries are not supported", at);
                                escapeNode = EMPTY;
                                return -1;
                            }
                            break;
                        }
                        unread();
                        unread();
                    }
                    escapeNode = new Ast.Assertion(uc ? AssertionKind.WORD_BOUNDARY_UNICODE
                            : AssertionKind.WORD_BOUNDARY);
                }
                return -1;
            case 'c':
                return control();
            case 'd':
                return classEscape(PerlClasses.digit(uc), inClass, create);
            case 'e':
                return '\033';
            case 'f':
                return '\f';
            case 'h':
                return classEscape(PerlClasses.HORIZ_SPACE, inClass, create);
            case 'k': {
                if (inClass) {
                    break;
                }
                if (read() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupName(read());
                if (!groupNames.containsKey(name)) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                if (create) {
                    unsupported("named backreference \\k<" + name + ">",
                            "backreferences are not regular and cannot be matched in linear time", at);
                    escapeNode = UNBOUNDED_PLACEHOLDER;
                }
                return -1;
            }
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 's':
                return classEscape(PerlClasses.space(uc), inClass, create);
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            case 'v':
                if (isRange) {
                    return '\013';
                }
                return classEscape(PerlClasses.VERT_SPACE, inClass, create);
            case 'w':
                return classEscape(PerlClasses.word(uc), inClass, create);
            case 'x':
                return hexEscape();
            case 'z':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapeNode = new Ast.Assertion(AssertionKind.END_INPUT);
                }
                return -1;
            case 'C': case 'E': case 'F': case 'I': case 'J': case 'K': case 'L': case 'M': case 'O':
            case 'P': case 'Q': case 'T': case 'U': case 'Y': case 'g': case 'i': case 'j': case 'l':
            case 'm': case 'o': case 'p': case 'q': case 'y':
                break;
            default:
                return ch;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    private int classEscape(CodePointSet set, boolean inClass, boolean create) {
        if (create) {
            escapeSet = set;
            if (!inClass) {
                escapeNode = new Ast.CharSet(set);
            }
        }
        return -1;
    }

    /** {@code \R}: {@code (?:\r\n|[\n\x0B\f\r\x85\u2028\u2029])}, CRLF first. */
    private static Ast.Node lineEnding() {
        Ast.Node crlf = new Ast.Concat(List.of(new Ast.CharSet(CodePointSet.of('\r')),
                new Ast.CharSet(CodePointSet.of('\n'))));
        return new Ast.Group(0, null, new Ast.Alternation(List.of(crlf,
                new Ast.CharSet(PerlClasses.LINE_ENDING_SINGLE))));
    }

    /**
     * {@code \n}: the JDK takes further digits while the number still names an existing group.
     * Parsed only to keep the cursor where the JDK's is; the construct is rejected.
     */
    private void backReference(int number, int at) {
        for (;;) {
            int ch = peek();
            if (!isAsciiDigit(ch)) {
                break;
            }
            int longer = number * 10 + (ch - '0');
            if (nextGroupIndex - 1 < longer) {
                break;
            }
            number = longer;
            read();
        }
        unsupported("backreference \\" + number,
                "backreferences are not regular and cannot be matched in linear time", at);
        escapeNode = UNBOUNDED_PLACEHOLDER;
    }

    private int control() {
        if (cursor < patternLength) {
            return read() ^ 64;
        }
        throw error("Illegal control escape sequence");
    }

    private static boolean isOctal(int c) {
        return c >= '0' && c <= '7';
    }

    private int octal() {
        int n = read();
        if (isOctal(n)) {
            int m = read();
            if (isOctal(m)) {
                int o = read();
                if (isOctal(o) && n <= '3') {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                unread();
                return (n - '0') * 8 + (m - '0');
            }
            unread();
            return n - '0';
        }
        throw error("Illegal octal escape sequence");
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hexValue(int c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    private int hexEscape() {
        int n = read();
        if (isHex(n)) {
            int m = read();
            if (isHex(m)) {
                return hexValue(n) * 16 + hexValue(m);
            }
        } else if (n == '{' && isHex(peek())) {
            int ch = 0;
            while (isHex(n = read())) {
                ch = (ch << 4) + hexValue(n);
                if (ch > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return ch;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int fourHex() {
        int n = 0;
        for (int i = 0; i < 4; i++) {
            int ch = read();
            if (!isHex(ch)) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + hexValue(ch);
        }
        return n;
    }

    /** {@code \\uXXXX}, joining an escaped surrogate pair into one code point. */
    private int unicodeEscape() {
        int n = fourHex();
        if (Character.isHighSurrogate((char) n)) {
            int cur = cursor;
            if (read() == '\\' && read() == 'u') {
                int n2 = fourHex();
                if (Character.isLowSurrogate((char) n2)) {
                    return Character.toCodePoint((char) n, (char) n2);
                }
            }
            cursor = cur;
        }
        return n;
    }

    /** {@code \N{NAME}} via {@link Character#codePointOf}. */
    private int namedCharacter() {
        if (read() == '{') {
            int i = cursor;
            while (read() != '}') {
                if (cursor >= patternLength) {
                    throw error("Unclosed character name escape sequence");
                }
            }
            String name = new String(temp, i, cursor - i - 1);
            try {
                return Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw error("Unknown character name [" + name + "]");
            }
        }
        throw error("Illegal character name escape sequence");
    }
}
