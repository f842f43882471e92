package dev.linrex.syntax;

import dev.linrex.PatternTooLargeException;
import dev.linrex.UnsupportedPatternException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
 * <p>Lookarounds become {@link Ast.Look} nodes; a lookbehind gets the length bounds the JDK
 * computes for it, and is rejected, as by the JDK, when those have no "obvious maximum".
 *
 * <p>Constructs linrex cannot match in linear time (backreferences, atomic groups,
 * possessive quantifiers, {@code \G}, {@code \X}, {@code \b{g}}, CANON_EQ) are parsed like any
 * other, and only if the whole pattern is well-formed is the first of them reported as an
 * {@link UnsupportedPatternException}; its index is a char index in the original pattern.
 */
public final class Parser extends EscapeReader {
    /** Default for {@code linrex.maxNesting}. */
    public static final int DEFAULT_MAX_NESTING = 300;

    /** The node every {@code \R} parses to (one instance: a quantified {@code \R} is atomic, see nfa.Compiler). */
    public static final Ast.Node LINE_ENDING = LINE_ENDING_NODE;

    private static final int MAX_REPS = Integer.MAX_VALUE;

    /**
     * JDK 17 reports a trailing backslash as "Unexpected internal error", later JDKs as
     * "Unescaped trailing backslash"; ask the running JDK once so we say what it says.
     */
    private static final String TRAILING_BACKSLASH = trailingBackslashDescription();

    private static String trailingBackslashDescription() {
        try {
            java.util.regex.Pattern.compile("\\");
        } catch (PatternSyntaxException e) {
            return e.getDescription();
        }
        return "Unescaped trailing backslash";
    }

    private int nextGroupIndex = 1;
    /** Named groups, name to number; created with the first. */
    private Map<String, Integer> groupNames;

    /** Created with the first class. */
    private ClassParser classes;

    /**
     * Where each group's {@code (} is in the pattern, for the errors of {@link GroupCurlyLimits};
     * created with the first group (most patterns have none, and compile time counts).
     */
    private GroupOpenIndexes groupOpenIndex;

    /**
     * Whether closing groups record their open index: only in a pattern with a {@code \R}, whose
     * errors may name a non-capturing group. Otherwise only a capturing group is ever named, and
     * {@link #captureOpenIndexes} finds it by parsing again, on that rare error path.
     */
    private boolean recordOpenIndexes;

    /** The open indexes of the capturing groups of a pattern that parses (see {@link #recordOpenIndexes}). */
    static GroupOpenIndexes captureOpenIndexes(String pattern, int effectiveFlags) {
        Parser p = new Parser(pattern, effectiveFlags);
        p.recordOpenIndexes = true;
        p.parseExpression();
        return p.groupOpenIndex();
    }

    private GroupOpenIndexes groupOpenIndex() {
        if (groupOpenIndex == null) {
            groupOpenIndex = new GroupOpenIndexes();
        }
        return groupOpenIndex;
    }

    /**
     * The JDK node kind each quantifier becomes (see {@link LookbehindLength}). Only quantifiers
     * inside a lookbehind are asked for, and those come after the first lookaround opens, so the
     * map is created then.
     */
    private Map<Ast.Repeat, Integer> quantifierKinds;

    @Override
    boolean isGroupName(String name) {
        return groupNames != null && groupNames.containsKey(name);
    }

    @Override
    int groupsSoFar() {
        return nextGroupIndex - 1;
    }

    /** Whether the pattern text has {@code \R} (see {@link GroupCurlyLimits}). */
    private final boolean hasLineEnding;

    private Parser(String pattern, int flags) {
        super(pattern, flags);
        this.hasLineEnding = pattern.contains("\\R");
        this.recordOpenIndexes = hasLineEnding;
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
        Parser p = new Parser(pattern, effective);
        Ast.Node node;
        if (pattern.isEmpty()) {
            node = EMPTY;
        } else if ((effective & Flags.LITERAL) != 0) {
            List<Ast.Node> items = new ArrayList<>();
            for (int i = 0; i < p.patternLength; i++) {
                items.add(new Ast.CharSet(CaseFolding.literal(p.cp[i], effective, true)));
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
        if (p.unsupportedConstruct() != null) {
            throw new UnsupportedPatternException(p.unsupportedConstruct(), p.unsupportedReason(), pattern,
                    p.unsupportedIndex());
        }
        try {
            if (p.sawLook) {
                LookaroundLimits.check(node, pattern);
            }
            // Its rejections need a quantified group, and a capturing group or a \R inside one:
            // most patterns skip the walk.
            if (p.groupCurlyCheck) {
                GroupCurlyLimits.check(node, pattern,
                        p.recordOpenIndexes ? p.groupOpenIndex() : GroupOpenIndexes.onDemand(pattern, effective));
            }
        } catch (StackOverflowError e) {
            throw tooDeep(pattern);
        }
        // Root.flags are the flags in force at the end of the top level, inline ones included:
        // what java.util.regex's Pattern.flags() reports.
        return new Ast.Root(node, p.nextGroupIndex - 1, p.groupNames == null ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(p.groupNames)), pattern, p.flags0,
                p.hasSurrogate || p.sawCodePointClass);
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
        /**
         * A capturing group's number; for a lookaround, the rewritten position after
         * {@code (?=}/{@code (?<=} times two, plus one when negative (see {@link #bodyStart}).
         */
        final int index;
        final String name;
        final int savedFlags;
        final Frame parent;
        /** The finished alternatives; created at the first {@code |}. */
        List<Ast.Node> alternatives;
        /**
         * The sequence being read: {@code count} items, the first in {@code first} and, from the
         * second on, all in {@code items} (a group of one item, the most common, needs no list).
         */
        Ast.Node first;
        ArrayList<Ast.Node> items;
        int count;
        /** The source index of {@code (}. */
        int openIndex;
        /**
         * The next group number once the frame is open: a capturing group inside takes it or a
         * later one (for a lookaround, the first group number inside the body).
         */
        int groupsAfterOpen;

        /** Lookarounds: negative? */
        boolean negated() {
            return (index & 1) != 0;
        }

        /** Lookarounds: the rewritten position after {@code (?=}/{@code (?<=}. */
        int bodyStart() {
            return index >>> 1;
        }

        Frame(int kind, int index, String name, int savedFlags, Frame parent) {
            this.kind = kind;
            this.index = index;
            this.name = name;
            this.savedFlags = savedFlags;
            this.parent = parent;
        }
    }

    /**
     * Appends {@code node} to {@code f}'s sequence. The list, created at the second item, is
     * sized by {@link #sequenceCapacity}:
     * it becomes the Concat's list as it is. Every Concat and Alternation the parser builds
     * holds an ArrayList, so the list calls of the compiler and the analyses see one class and
     * stay cheap (with List.of/copyOf lists they saw three).
     */
    private void add(Frame f, Ast.Node node) {
        int n = f.count++;
        if (n == 0) {
            f.first = node;
            if (f.items != null) {
                f.items.add(node); // a list left empty by removeLast
            }
            return;
        }
        if (f.items == null) {
            f.items = new ArrayList<>(sequenceCapacity());
            f.items.add(f.first);
        }
        f.items.add(node);
    }

    /**
     * Room for a sequence's items: the two it has and up to 14 more, no more than the positions
     * left in the pattern (the list grows if it is short). A guess from the remaining length
     * alone: a look-ahead that counted the items up to the next {@code |} or {@code )} cost more
     * per sequence than the slots it saved (an alternation of names paid it once per branch).
     */
    private int sequenceCapacity() {
        return Math.min(16, patternLength - cursor + 2);
    }

    /** Room for a group's alternatives at its first {@code |}: four (the list grows past them). */
    private static final int ALTERNATIVES_CAPACITY = 4;

    /** Drops the last item of {@code f}'s sequence. */
    private static void removeLast(Frame f) {
        f.count--;
        if (f.items != null) {
            f.items.remove(f.items.size() - 1);
        }
    }

    /** The node of {@code f}'s sequence; the frame then starts a new one. */
    private static Ast.Node takeSequence(Frame f) {
        Ast.Node node = f.count == 0 ? EMPTY : f.count == 1 ? f.first : new Ast.Concat(f.items);
        f.count = 0;
        f.first = null;
        f.items = null;
        return node;
    }

    /** The node of a list of items (the LITERAL flag's). */
    private static Ast.Node sequence(List<Ast.Node> items) {
        if (items.isEmpty()) {
            return EMPTY;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new Ast.Concat(items);
    }

    /** The node of {@code f}'s alternatives: the frame is being closed. */
    private static Ast.Node alternation(Frame f) {
        Ast.Node last = takeSequence(f);
        if (f.alternatives == null) {
            return last;
        }
        f.alternatives.add(last); // the frame is closed: its list can take the last branch
        return new Ast.Alternation(f.alternatives);
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
                    if (f.alternatives == null) {
                        f.alternatives = new ArrayList<>(ALTERNATIVES_CAPACITY);
                    }
                    f.alternatives.add(takeSequence(f));
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
                    if (classes == null) {
                        classes = new ClassParser(this);
                    }
                    CodePointSet clazz = classes.parse();
                    node = classNode(clazz, !lastSetBmp);
                    break;
                case '\\':
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        CodePointSet property = property();
                        node = setNode(property, !lastSetBmp);
                    } else {
                        unread();
                        node = atom(f);
                    }
                    break;
                case '^':
                    next();
                    node = assertion(has(Flags.MULTILINE)
                            ? (has(Flags.UNIX_LINES) ? AssertionKind.BEGIN_LINE_UNIX : AssertionKind.BEGIN_LINE)
                            : AssertionKind.BEGIN_INPUT);
                    break;
                case '$':
                    next();
                    node = assertion(dollar(has(Flags.MULTILINE)));
                    break;
                case '.':
                    next();
                    node = has(Flags.DOTALL) ? DOTALL_NODE : has(Flags.UNIX_LINES) ? UNIX_DOT_NODE : DOT_NODE;
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
                        if (f.kind == LOOKBEHIND) {
                            lookbehind(f, alternation(f)); // the JDK checks the length first
                        }
                        accept(')', "Unclosed group");
                        throw error("Unclosed group");
                    }
                    node = atom(f);
                    break;
                default:
                    node = atom(f);
                    break;
            }
            if (node == RUN_ADDED) {
                continue; // a run of literals, already in f's sequence; never followed by a quantifier
            }
            add(f, closure(node));
        }
    }

    /** End of the top level: anything left over is an error, with the JDK's wording. */
    private Ast.Node finish(Frame root) {
        if (cursor != patternLength) {
            if (peek() == ')') {
                throw error("Unmatched closing ')'");
            } else if (cursor == patternLength + 1 && cp[patternLength - 1] == '\\') {
                throw error(TRAILING_BACKSLASH);
            } else {
                throw error("Unexpected internal error");
            }
        }
        return alternation(root);
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
                    g = lookFrame(LOOKAHEAD, ch == '!', open, save, parent);
                    break;
                case '>':
                    unsupported("atomic group (?>", "atomic groups need backtracking", open);
                    g = new Frame(ATOMIC, 0, null, save, parent);
                    break;
                case '<': {
                    ch = read();
                    if (ch != '=' && ch != '!') {
                        String name = groupName(ch);
                        if (isGroupName(name)) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        int index = nextGroupIndex++;
                        if (groupNames == null) {
                            groupNames = new LinkedHashMap<>();
                        }
                        groupNames.put(name, index);
                        g = new Frame(CAPTURE, index, name, save, parent);
                        break;
                    }
                    g = lookFrame(LOOKBEHIND, ch == '!', open, save, parent);
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
        g.openIndex = sourceIndex(open);
        g.groupsAfterOpen = nextGroupIndex;
        enterNesting(open);
        return g;
    }

    private boolean sawLook;

    private static PatternTooLargeException tooDeep(String pattern) {
        return new PatternTooLargeException("Pattern nested too deeply to analyse on this thread's stack"
                + " (lower the nesting or give the thread a larger stack)", pattern, -1);
    }

    private Frame lookFrame(int kind, boolean negated, int open, int save, Frame parent) {
        sawLook = true;
        if (quantifierKinds == null) {
            quantifierKinds = new IdentityHashMap<>();
        }
        Frame g = new Frame(kind, cursor << 1 | (negated ? 1 : 0), null, save, parent);
        g.openIndex = sourceIndex(open);
        return g;
    }

    /**
     * A lookbehind's node, with the JDK's length bounds; throws the JDK's error when they have
     * no obvious maximum (checked, as by the JDK, before the closing parenthesis).
     */
    private Ast.Look lookbehind(Frame f, Ast.Node body) {
        LookbehindLength info;
        try {
            info = LookbehindLength.of(body, quantifierKinds);
        } catch (StackOverflowError e) {
            throw tooDeep(pattern);
        }
        if (!info.maxValid) {
            throw error("Look-behind group does not have an obvious maximum length");
        }
        boolean codePoints = false;
        for (int i = f.bodyStart(); i < patternLength; i++) {
            int ch = cp[i];
            if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT || (ch >= 0xD800 && ch <= 0xDFFF)) {
                codePoints = true; // the JDK's findSupplementary: BehindS counts code points
                break;
            }
        }
        return new Ast.Look(true, f.negated(), body, info.minLength, info.maxLength, codePoints, f.groupsAfterOpen,
                nextGroupIndex - 1, f.openIndex);
    }

    /** Closes {@code f} with the cursor on {@code )} and returns its node. */
    private Ast.Node closeGroup(Frame f) {
        Ast.Node body = alternation(f);
        Ast.Node look = null;
        if (f.kind == LOOKBEHIND) {
            look = lookbehind(f, body);
        } else if (f.kind == LOOKAHEAD) {
            look = new Ast.Look(false, f.negated(), body, 0, 0, false, f.groupsAfterOpen, nextGroupIndex - 1, f.openIndex);
        }
        accept(')', "Unclosed group");
        flags0 = f.savedFlags;
        depth--;
        switch (f.kind) {
            case LOOKAHEAD:
            case LOOKBEHIND:
                return look;
            default:
                Ast.Group group = f.kind == CAPTURE ? new Ast.Group(f.index, f.name, body) : new Ast.Group(0, null, body);
                // GroupCurlyLimits reports capturing groups, and any group only for a \R
                if (recordOpenIndexes) {
                    if (f.kind == CAPTURE) {
                        groupOpenIndex().addCapture(f.index, f.openIndex);
                    } else {
                        groupOpenIndex().add(group, f.openIndex);
                    }
                }
                lastGroupHasCapture = nextGroupIndex > f.groupsAfterOpen;
                return group;
        }
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

    private static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    // ---------------------------------------------------------------- quantifiers

    /** Two branches as an ArrayList (see {@link #sequence}). */
    private static List<Ast.Node> pair(Ast.Node first, Ast.Node second) {
        List<Ast.Node> two = new ArrayList<>(2);
        two.add(first);
        two.add(second);
        return two;
    }

    /** A quantifier after {@code prev}, if one follows. */
    private Ast.Node closure(Ast.Node prev) {
        int ch = peek();
        int at = cursor;
        switch (ch) {
            case '?': {
                Ast.Node q = quantified(prev, 0, 1, at, LookbehindLength.QUES);
                if (prev instanceof Ast.Group && prev != LINE_ENDING && q instanceof Ast.Repeat r) {
                    // java.util.regex turns a group's '?' into a plain branch (group or nothing),
                    // not a loop: the group is recorded even when its body matched empty. (\R is
                    // a node of its own there, not a group.)
                    return new Ast.Alternation(r.greedy() ? pair(prev, new Ast.Empty()) : pair(new Ast.Empty(), prev));
                }
                return q;
            }
            case '*':
                return quantified(prev, 0, Ast.UNBOUNDED, at, LookbehindLength.GREEDY_STAR);
            case '+':
                return quantified(prev, 1, Ast.UNBOUNDED, at, LookbehindLength.GREEDY_STAR);
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
                            // {n,} is the JDK's curly(prev, n), like * and +
                            return quantified(prev, min, Ast.UNBOUNDED, at, LookbehindLength.GREEDY_STAR);
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
                return quantified(prev, min, max == MAX_REPS ? Ast.UNBOUNDED : max, at,
                        min == 0 && max == 1 ? LookbehindLength.QUES : LookbehindLength.CURLY);
            }
            default:
                return prev;
        }
    }

    /**
     * Whether {@link GroupCurlyLimits} has anything to look for: a quantified group (it looks at
     * no other repeat) with a capturing group inside or, in a pattern with a {@code \R}, any.
     */
    private boolean groupCurlyCheck;

    /** Whether the group {@link #closeGroup} returned last has a capturing group inside. */
    private boolean lastGroupHasCapture;

    /** Reads the quantifier's last char and its lazy/possessive suffix. */
    private Ast.Node quantified(Ast.Node prev, int min, int max, int at, int kind) {
        int ch = next();
        boolean greedy = true;
        if (ch == '?') {
            next();
            greedy = false;
        } else if (ch == '+') {
            next();
            unsupported("possessive quantifier", "possessive quantifiers need backtracking", at);
        }
        Ast.Repeat r = new Ast.Repeat(prev, min, max, greedy);
        // a Group other than \R is the group closeGroup has just returned
        groupCurlyCheck |= prev instanceof Ast.Group && prev != LINE_ENDING && (lastGroupHasCapture || hasLineEnding);
        // Lazy * and + become the JDK's Curly, not CharPropertyGreedy; ?? stays a Ques.
        if (quantifierKinds != null) { // a quantifier that may be inside a lookbehind (see the field)
            quantifierKinds.put(r, kind == LookbehindLength.GREEDY_STAR && !greedy ? LookbehindLength.CURLY : kind);
        }
        return r;
    }

    // ---------------------------------------------------------------- atoms and escapes

    /**
     * A run of literal characters (escaped or not), or one escape that is not a literal. Like
     * the JDK, a run stops before a char that is followed by a quantifier, so the quantifier
     * applies to that char alone. A run of two or more is added to {@code f}'s sequence as CharSets
     * folded as slice members (the distinction matters for case folding, see
     * {@link CaseFolding#literal}) as they are read, and {@link #RUN_ADDED} is returned: no
     * quantifier can follow it.
     */
    private Ast.Node atom(Frame f) {
        int count = 0;
        int firstCp = 0;
        int prev = -1;
        int ch = peek();
        loop:
        for (;;) {
            switch (ch) {
                case '*':
                case '+':
                case '?':
                case '{':
                    if (count > 1) {
                        cursor = prev;
                        count--;
                        removeLast(f);
                        if (count == 1) {
                            removeLast(f); // the first, added with the second: a run of one is not a slice
                        }
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
                        if (count > 0) {
                            unread();
                            break loop;
                        }
                        CodePointSet set = property();
                        return setNode(set, !lastSetBmp);
                    }
                    unread();
                    prev = cursor;
                    ch = escape(false, count == 0, false);
                    if (ch >= 0) {
                        if (count == 0) {
                            firstCp = ch;
                        } else {
                            runMember(f, count, firstCp, ch);
                        }
                        count++;
                        ch = peek();
                        continue;
                    } else if (count == 0) {
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
                    if (count == 0) {
                        firstCp = ch;
                    } else {
                        runMember(f, count, firstCp, ch);
                    }
                    count++;
                    ch = next();
                    continue;
            }
        }
        if (count == 0) {
            return EMPTY; // the JDK's empty slice, e.g. before a '{' that starts the pattern
        }
        if (count == 1) {
            // one char is the JDK's single(ch) (a longer run is a slice, no class)
            return charSet(CaseFolding.literal(firstCp, flags0, false), !ClassParser.singleIsBmp(firstCp, flags0));
        }
        return RUN_ADDED;
    }

    /**
     * Pushes the run's member {@code c}, the run's {@code count + 1}th: the first is pushed with
     * the second, as a run of one is not a slice but the JDK's {@code single}.
     */
    private void runMember(Frame f, int count, int firstCp, int c) {
        if (count == 1) {
            add(f, sliceMember(firstCp));
        }
        add(f, sliceMember(c));
    }

    /** A member of a run of two or more literals (the JDK's slice), folded as such. */
    private Ast.CharSet sliceMember(int c) {
        if (c < LATIN1_NODES.length && !has(Flags.CASE_INSENSITIVE)) {
            return LATIN1_NODES[c];
        }
        return charSet(CaseFolding.literal(c, flags0, true), false);
    }

    /** The node of each shared one-character Latin-1 set (see {@link CodePointSet#of}), read as a BMP predicate. */
    private static final Ast.CharSet[] LATIN1_NODES = new Ast.CharSet[256];

    static {
        for (int c = 0; c < LATIN1_NODES.length; c++) {
            LATIN1_NODES[c] = new Ast.CharSet(CodePointSet.of(c));
        }
    }

    /** A CharSet node; nodes are values, so the common literal ones are shared rather than built per character. */
    private Ast.CharSet charSet(CodePointSet set, boolean codePoints) {
        if (!codePoints && set.isSingle()) {
            int c = set.lo(0);
            if (c < LATIN1_NODES.length && LATIN1_NODES[c].set() == set) {
                return LATIN1_NODES[c];
            }
        }
        return setNode(set, codePoints);
    }

    /** The nodes of {@code .}, shared (nodes are values). */
    private static final Ast.CharSet DOT_NODE = new Ast.CharSet(PerlClasses.DOT);
    private static final Ast.CharSet UNIX_DOT_NODE = new Ast.CharSet(PerlClasses.UNIX_DOT);
    private static final Ast.CharSet DOTALL_NODE = new Ast.CharSet(PerlClasses.DOTALL);

    /** {@link #atom}'s result when it added a run of literals to the sequence itself. */
    private static final Ast.Node RUN_ADDED = new Ast.Empty();

}
