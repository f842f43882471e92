package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;

/**
 * Where a lookbehind holds: one forward pass with the body, a new thread starting at every
 * position (Barrière and Pit-Claudel, PLDI 2024), computed lazily up to the highest position
 * asked for. Each thread remembers where it started and the latest start wins an instruction,
 * so the first thread to reach the body's MATCH at {@code p} carries the latest start {@code j}
 * of a body match ending at {@code p}.
 *
 * <p>That is the start java.util.regex settles on: its {@code Behind} tries starts from
 * {@code p - minLength} down to {@code max(p - maxLength, regionStart)} (its own bounds, see
 * {@link dev.linrex.syntax.Ast.Look}, with its int arithmetic) and stops at the first whose body
 * match ends exactly at {@code p}. So the lookbehind holds iff the latest start lies in that
 * window (a later one cannot lie above it: the parser rejects lookbehinds whose JDK minimum
 * exceeds the true one). In code point mode ({@code BehindS}) the JDK counts the bounds in code
 * points and never starts between the two halves of a surrogate pair; both are reproduced with
 * a table of the positions a code point walk lands on.
 */
final class LookbehindTable extends LookScan {
    private final Lookaround look;
    private final int lo;
    private final int hi;
    private final boolean[] matches;
    /** Latest body start per position (-1: none), kept when the body's groups may be asked for. */
    private final int[] startAt;
    /** Next position to compute. */
    private int right;
    /** Code point mode: positions a code point walk can land on (0..length, pair midpoints excluded). */
    private int[] stops;
    /** Code point mode: rank[x] = number of stops below x. */
    private int[] rank;

    LookbehindTable(Lookaround look, SearchInput in, LookTables tables) {
        super(look.body, in, tables);
        this.look = look;
        this.lo = in.regionStart;
        this.hi = in.regionEnd;
        this.matches = new boolean[hi - lo + 1];
        this.startAt = look.hasGroups() ? new int[hi - lo + 1] : null;
        this.right = lo;
        if (look.codePoints) {
            indexCodePoints();
        }
    }

    boolean holds(int pos) {
        if (pos < lo || pos > hi) {
            return look.negated;
        }
        while (right <= pos) {
            step(right);
        }
        return matches[pos - lo] != look.negated;
    }

    /** The start of the body match java.util.regex finds for this lookbehind at {@code pos}, if it holds there. */
    int startAt(int pos) {
        holds(pos);
        return startAt[pos - lo];
    }

    private void step(int p) {
        beginPosition();
        if (!look.codePoints || !Assertions.isPairMidpoint(in.text, p)) {
            closure(prog.start, p, p); // the latest start goes first
        }
        if (p > lo) {
            stepPrevious(in.text.charAt(p - 1), p);
        }
        int j = matchStart;
        boolean ok = j >= 0 && inWindow(j, p);
        if (!ok && look.codePoints && Assertions.isPairMidpoint(in.text, p) && inWindow(p, p)
                && matchesEmpty(prog.start, p)) {
            // BehindS tries its first start, p - minLength, even between the halves of a pair;
            // with a zero minimum that is p itself: an empty body match.
            ok = true;
            j = p;
        }
        matches[p - lo] = ok;
        if (startAt != null) {
            startAt[p - lo] = ok ? j : -1;
        }
        right = p + 1;
    }

    /** Whether java.util.regex's Behind at {@code p} tries start {@code j}. */
    private boolean inWindow(int j, int p) {
        int maxChars;
        int minChars;
        if (look.codePoints) {
            maxChars = countChars(p, -look.maxLength);
            minChars = countChars(p, -look.minLength);
        } else {
            maxChars = look.maxLength;
            minChars = look.minLength;
        }
        int from = Math.max(p - maxChars, lo);
        return j >= from && j <= p - minChars;
    }

    private void indexCodePoints() {
        CharSequence s = in.text;
        int n = s.length();
        stops = new int[n + 1];
        rank = new int[n + 2];
        int k = 0;
        for (int x = 0; x <= n; x++) {
            rank[x] = k;
            if (!Assertions.isPairMidpoint(s, x)) {
                stops[k++] = x;
            }
        }
        rank[n + 1] = k;
        tables.steps += n;
    }

    /**
     * java.util.regex's {@code countChars(seq, index, lengthInCodePoints)}: the chars spanned by
     * walking that many code points forward (or, if negative, backward) from {@code index},
     * stopping at the ends of the text. In O(1) from the table of stops: a forward walk visits the
     * stops after {@code index}, a backward one the stops before it.
     */
    private int countChars(int index, int lengthInCodePoints) {
        int n = in.text.length();
        if (lengthInCodePoints >= 0) {
            long target = (long) rank[index + 1] - 1 + lengthInCodePoints; // stops <= index, then k more
            int x = target >= rank[n + 1] ? n : stops[(int) target];
            return Math.max(x, index) - index;
        }
        if (index == 0) {
            return 0;
        }
        long len = -(long) lengthInCodePoints;
        if (lengthInCodePoints == Integer.MIN_VALUE) {
            return 0; // the JDK negates it back to MIN_VALUE: its loop does not run
        }
        long target = rank[index] - len;
        int x = target < 0 ? 0 : stops[(int) target];
        return index - x;
    }
}
