package dev.linrex.exec;

import dev.linrex.nfa.Compiler;
import dev.linrex.syntax.AssertionKind;

/**
 * Evaluates zero-width assertions exactly as the corresponding java.util.regex nodes do
 * (Begin, End, Dollar, UnixDollar, Caret, UnixCaret, Bound), including which text they may see
 * outside a region, and records when an answer depended on the end of the input.
 */
final class Assertions {
    private static final AssertionKind[] KINDS = AssertionKind.values();

    /**
     * Whether {@code \b} uses ASCII word characters (JDK 19+, JDK-8264160) or
     * {@code Character.isLetterOrDigit} (JDK 17/18). Probed from the running JDK, so linrex agrees
     * with the java.util.regex it runs beside.
     */
    static final boolean ASCII_WORD_BOUNDARY = !java.util.regex.Pattern.compile("\\b").matcher("\u00e9").find();

    /** Result bits. */
    static final int HOLDS = 1;
    /** The answer looked at the end of the input: more input could change it. */
    static final int HIT_END = 2;
    /** A match that passed here depends on there being no more input. */
    static final int REQUIRE_END = 4;

    private Assertions() {}

    /**
     * Whether a search of {@code prog} may consult a {@link BaseCharMemo}: only its own
     * word-boundary assertions do (lookaround bodies are answered by {@link LookTables}, which
     * keep their own memo). Engines of a program without them are given none, saving its
     * allocation per Matcher.
     */
    static boolean usesBaseCharMemo(dev.linrex.nfa.Program prog) {
        return prog.hasWordBoundaries;
    }

    /** Evaluates assertion {@code code} at position {@code i}; returns a combination of the bits above. */
    static int check(int code, SearchInput in, int i, BaseCharMemo memo) {
        if (code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE) {
            // A high surrogate is a code point of its own unless a low one follows (looking past
            // the region end, as Character.codePointAt does in java.util.regex's CharProperty).
            return i < in.text.length() && Character.isLowSurrogate(in.text.charAt(i)) ? 0 : HOLDS;
        }
        if (code == Compiler.ASSERT_NOT_PAIR_MIDPOINT) {
            return isPairMidpoint(in.text, i) ? 0 : HOLDS;
        }
        if (code == Compiler.ASSERT_NOT_BEFORE_LINE_FEED_IN_REGION) {
            // java.util.regex's \R after a \r: at the region end it hits the end and takes the \r alone.
            return i >= in.regionEnd ? HOLDS | HIT_END : in.text.charAt(i) == '\n' ? 0 : HOLDS;
        }
        if (code == Compiler.ASSERT_NOT_BEFORE_LOW_SURROGATE_IN_REGION) {
            // java.util.regex's greedy class loops (CharPropertyGreedy) instead treat a pair cut
            // by the region end as a lone high surrogate.
            return i < in.regionEnd && Character.isLowSurrogate(in.text.charAt(i)) ? 0 : HOLDS;
        }
        CharSequence s = in.text;
        int from = in.anchoringBounds ? in.regionStart : 0;
        int to = in.anchoringBounds ? in.regionEnd : s.length();
        switch (KINDS[code]) {
            case BEGIN_INPUT:
                return i == from ? HOLDS : 0;
            case END_INPUT:
                // java.util.regex's End node sets only hitEnd here; a match through \z is lost
                // with more input, so linrex also reports requireEnd (README: deliberate difference).
                return i == to ? HOLDS | HIT_END | REQUIRE_END : 0;
            case END_INPUT_OR_FINAL_TERMINATOR:
                return dollar(s, i, to, false);
            case END_LINE:
                return dollar(s, i, to, true);
            case END_INPUT_OR_FINAL_NEWLINE_UNIX:
                return unixDollar(s, i, to, false);
            case END_LINE_UNIX:
                return unixDollar(s, i, to, true);
            case BEGIN_LINE:
                return caret(s, i, in, false);
            case BEGIN_LINE_UNIX:
                return caret(s, i, in, true);
            case WORD_BOUNDARY:
                return bound(in, i, false, true, memo);
            case NOT_WORD_BOUNDARY:
                return bound(in, i, false, false, memo);
            case WORD_BOUNDARY_UNICODE:
                return bound(in, i, true, true, memo);
            case NOT_WORD_BOUNDARY_UNICODE:
                return bound(in, i, true, false, memo);
            default:
                throw new IllegalStateException("assertion " + code);
        }
    }

    /** True between the two halves of a surrogate pair. */
    static boolean isPairMidpoint(CharSequence text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** One of java.util.regex's line terminators (the unit itself; CR LF is two of them). */
    static boolean isTerminator(char ch) {
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    private static int dollar(CharSequence s, int i, int end, boolean multiline) {
        if (!multiline) {
            if (i < end - 2) {
                return 0;
            }
            if (i == end - 2 && (s.charAt(i) != '\r' || s.charAt(i + 1) != '\n')) {
                return 0;
            }
        }
        if (i < end) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                if (i > 0 && s.charAt(i - 1) == '\r') {
                    return 0;
                }
                if (multiline) {
                    return HOLDS;
                }
            } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                if (multiline) {
                    return HOLDS;
                }
            } else {
                return 0;
            }
        }
        return HOLDS | HIT_END | REQUIRE_END;
    }

    private static int unixDollar(CharSequence s, int i, int end, boolean multiline) {
        if (i < end) {
            char ch = s.charAt(i);
            if (ch != '\n') {
                return 0;
            }
            if (!multiline && i != end - 1) {
                return 0;
            }
            if (multiline) {
                return HOLDS;
            }
        }
        return HOLDS | HIT_END | REQUIRE_END;
    }

    private static int caret(CharSequence s, int i, SearchInput in, boolean unix) {
        int start = in.anchoringBounds ? in.regionStart : 0;
        int end = in.anchoringBounds ? in.regionEnd : s.length();
        if (i == end) {
            return HIT_END; // Perl does not match ^ at the very end, even after a newline
        }
        if (i > start) {
            char ch = s.charAt(i - 1);
            if (unix) {
                return ch == '\n' ? HOLDS : 0;
            }
            if (!isTerminator(ch)) {
                return 0;
            }
            if (ch == '\r' && s.charAt(i) == '\n') {
                return 0;
            }
        }
        return HOLDS;
    }

    private static int bound(SearchInput in, int i, boolean unicode, boolean wantBoundary, BaseCharMemo memo) {
        CharSequence s = in.text;
        int start = in.transparentBounds ? 0 : in.regionStart;
        int end = in.transparentBounds ? s.length() : in.regionEnd;
        int flags = 0;
        boolean left = false;
        if (i > start) {
            char c = s.charAt(i - 1);
            if (c < 128) {
                left = isAsciiWord(c); // one code point, no mark: every definition agrees here
            } else {
                int ch = Character.codePointBefore(s, i);
                left = isWord(ch, unicode)
                        || (Character.getType(ch) == Character.NON_SPACING_MARK && memo.hasBaseCharacter(s, i - 1, start));
            }
        }
        boolean right = false;
        if (i < end) {
            char c = s.charAt(i);
            if (c < 128) {
                right = isAsciiWord(c);
            } else {
                int ch = Character.codePointAt(s, i);
                right = isWord(ch, unicode)
                        || (Character.getType(ch) == Character.NON_SPACING_MARK && memo.hasBaseCharacter(s, i, start));
            }
        } else {
            flags = HIT_END | REQUIRE_END;
        }
        boolean boundary = left ^ right;
        return (boundary == wantBoundary ? HOLDS : 0) | flags;
    }

    /** ASCII word units: letters, digits and '_' (bits 0-63, 64-127). */
    private static final long ASCII_WORD_LOW = 0x03FF000000000000L;
    private static final long ASCII_WORD_HIGH = 0x07FFFFFE87FFFFFEL;

    /**
     * {@link #isWord} for an ASCII unit, under every setting (Unicode or not, and
     * {@code ASCII_WORD_BOUNDARY}): the ASCII letters, digits and '_' are word characters in each
     * definition, and no ASCII unit is a mark.
     */
    static boolean isAsciiWord(char c) {
        return ((c < 64 ? ASCII_WORD_LOW : ASCII_WORD_HIGH) >>> c & 1L) != 0;
    }

    static boolean isWord(int ch, boolean unicode) {
        if (unicode) {
            return Character.isAlphabetic(ch)
                    || ((((1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
                            | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.CONNECTOR_PUNCTUATION))
                            >> Character.getType(ch)) & 1) != 0
                    || Character.isDigit(ch);
        }
        if (ASCII_WORD_BOUNDARY) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    /**
     * java.util.regex lets a non-spacing mark continue a word when a letter or digit precedes its
     * run of marks, found by scanning back over the run. Scanning afresh at every position would
     * be quadratic on a long run of marks, so the last answer is remembered: positions are asked
     * in increasing order during a search, and each answer extends the previous one.
     */
    static final class BaseCharMemo {
        private CharSequence text;
        private int start = -1;
        private int lastPos = -1;
        private boolean lastAnswer;

        void reset() {
            text = null;
            lastPos = -1;
        }

        boolean hasBaseCharacter(CharSequence s, int i, int from) {
            if (s != text || from != start) {
                text = s;
                start = from;
                lastPos = -1;
            }
            if (i == lastPos) {
                return lastAnswer;
            }
            boolean answer = false;
            for (int x = i; x >= from; x--) {
                if (x == lastPos) {
                    answer = lastAnswer;
                    break;
                }
                int ch = Character.codePointAt(s, x);
                if (Character.isLetterOrDigit(ch)) {
                    answer = true;
                    break;
                }
                if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                    break;
                }
            }
            lastPos = i;
            lastAnswer = answer;
            return answer;
        }
    }
}
