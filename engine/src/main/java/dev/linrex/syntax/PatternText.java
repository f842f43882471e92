package dev.linrex.syntax;

import java.util.Arrays;

/**
 * The pattern as the parser reads it: an array of code points, with {@code \Q...\E} quoting
 * already rewritten into escapes, and two zeros appended as terminators (plus {@link #PAD}
 * more, so reads the JDK would make past its array stay harmless).
 *
 * <p>Why rewrite instead of handling {@code \Q} in the parser: java.util.regex does exactly this
 * rewriting before parsing and reports {@link java.util.regex.PatternSyntaxException#getIndex()}
 * as a position in the rewritten code-point array. Reading the same array is the only way to
 * report the same index for every malformed pattern. {@link #source} maps each position back
 * to a char index in the original string, which is what linrex's own exceptions report.
 *
 * <p>The parser's cursor ({@link PatternReader}) extends it: one object per parse, not two.
 */
abstract class PatternText {
    /** Zeros beyond the JDK's two terminators. */
    static final int PAD = 2;
    /** Code points; {@code cp[length]} and after are 0. */
    int[] cp;
    /**
     * Char index in the original pattern of each position (length + 2 + {@link #PAD} entries; the
     * terminators and padding map to the pattern's length), or null when every position is its
     * own index (no surrogate, no {@code \Q}: most patterns, which then need no second array).
     */
    int[] source;
    /** Positions in {@link #cp} before the terminators. */
    final int patternLength;
    /** The original pattern. */
    final String pattern;
    /** Whether the original pattern has a surrogate (a supplementary character, paired or not). */
    final boolean hasSurrogate;

    /** Reads {@code pattern} (as a quoted literal when {@code literal}: no {@code \\Q} rewriting). */
    PatternText(String pattern, boolean literal) {
        int n = pattern.length();
        int[] c = new int[n + 2 + PAD];
        // Every char copied by one loop without an exit, which the JIT vectorises (a loop that
        // stopped at the first surrogate ran char by char, a quarter of a short pattern's parse);
        // the OR of them says whether there can be a surrogate at all.
        int any = 0;
        for (int j = 0; j < n; j++) {
            char ch = pattern.charAt(j);
            c[j] = ch;
            any |= ch;
        }
        int i = n;
        if (any >= Character.MIN_SURROGATE) {
            i = 0;
            while (i < n && !Character.isSurrogate((char) c[i])) {
                i++;
            }
        }
        this.pattern = pattern;
        this.cp = c;
        this.hasSurrogate = i < n;
        if (i < n) {
            i = codePointsFrom(pattern, i);
        }
        // indexOf is one vectorised scan; most patterns have no \Q, and the exact scan
        // (which skips escaped backslashes) runs only when one may start
        if (!literal && pattern.indexOf("\\Q") >= 0) {
            i = removeQuoting(i);
        }
        this.patternLength = i;
    }

    /** Reads code points from the first surrogate, at {@code i}, on (positions then differ from char indices). */
    private int codePointsFrom(String chars, int i) {
        int n = chars.length();
        int[] c = cp;
        int[] src = new int[n + 2 + PAD];
        for (int j = 0; j < i; j++) {
            src[j] = j;
        }
        int count = i;
        while (i < n) { // from the first surrogate on: code points, as String.codePointAt reads them
            int ch = chars.codePointAt(i);
            c[count] = ch;
            src[count] = i;
            count++;
            i += Character.charCount(ch);
        }
        Arrays.fill(c, count, n, 0); // the chars copied past the last code point (pairs made them fewer)
        Arrays.fill(src, count, src.length, n);
        this.source = src;
        return count;
    }

    /** Char index in the original pattern of position {@code pos} (0 or more). */
    final int textIndex(int pos) {
        if (source == null) {
            return Math.min(pos, pattern.length());
        }
        return source[Math.min(pos, source.length - 1)];
    }

    /**
     * Rewrites {@code \Q...\E} so that every quoted character is read as a literal: ASCII
     * non-letters get a backslash, and a digit right after {@code \Q} becomes {@code \x3d} so it
     * cannot extend a preceding escape. An unterminated {@code \Q} quotes to the end.
     */
    private int removeQuoting(int len) {
        int[] c = cp;
        int i = 0;
        while (i < len - 1 && !(c[i] == '\\' && c[i + 1] == 'Q')) {
            i += c[i] == '\\' ? 2 : 1;
        }
        if (i >= len - 1) {
            return len;
        }
        long cap = (long) i + 2 + 3L * (len - i - 2);
        if (cap > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required pattern length too large");
        }
        int[] out = new int[(int) cap + 2];
        int[] src = new int[(int) cap + 2];
        System.arraycopy(c, 0, out, 0, i);
        for (int k = 0; k < i; k++) {
            src[k] = textIndex(k);
        }
        int j = i;
        i += 2;
        boolean quoting = true;
        boolean atQuoteStart = true;
        while (i < len) {
            int ch = c[i];
            int at = textIndex(i);
            i++;
            if (ch >= 128 || Character.isLetter(ch)) {
                src[j] = at;
                out[j++] = ch;
            } else if (ch >= '0' && ch <= '9') {
                if (atQuoteStart) {
                    src[j] = at;
                    out[j++] = '\\';
                    src[j] = at;
                    out[j++] = 'x';
                    src[j] = at;
                    out[j++] = '3';
                }
                src[j] = at;
                out[j++] = ch;
            } else if (ch != '\\') {
                if (quoting) {
                    src[j] = at;
                    out[j++] = '\\';
                }
                src[j] = at;
                out[j++] = ch;
            } else if (quoting) {
                if (c[i] == 'E') {
                    i++;
                    quoting = false;
                } else {
                    src[j] = at;
                    out[j++] = '\\';
                    src[j] = at;
                    out[j++] = '\\';
                }
            } else if (c[i] == 'Q') {
                i++;
                quoting = true;
                atQuoteStart = true;
                continue;
            } else {
                src[j] = at;
                out[j++] = ch;
                if (i != len) {
                    src[j] = textIndex(i);
                    out[j++] = c[i++];
                }
            }
            atQuoteStart = false;
        }
        int end = textIndex(len);
        this.cp = Arrays.copyOf(out, j + 2 + PAD);
        this.source = Arrays.copyOf(src, j + 2 + PAD);
        Arrays.fill(this.source, j, j + 2 + PAD, end);
        return j;
    }
}
