package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;

/**
 * Whether a bounded lookbehind holds at one position, by the {@link LookbehindTable}'s forward
 * pass run over the lookbehind's window only: from the earliest start java.util.regex's
 * {@code Behind} may try, {@code max(p - maxLength, regionStart)}, to {@code p}. Threads that
 * started before the window cannot change the answer: the latest start owns every instruction
 * it reaches, so the first thread to reach the body's match at {@code p} is the table's, when
 * its start lies in the window, and none otherwise. For char-counted lookbehinds without groups
 * (code point mode and group starts stay with the table).
 */
final class LookbehindProbe extends LookScan {
    private final Lookaround look;
    private final int lo;
    private final int hi;

    LookbehindProbe(Lookaround look, SearchInput in, LookTables tables) {
        super(look.body, in, tables);
        this.look = look;
        this.lo = in.regionStart;
        this.hi = in.regionEnd;
    }

    /** Whether this probe answers for {@code look}: a char-counted, bounded lookbehind without groups. */
    static boolean applies(Lookaround look, int maxWindow) {
        return look.behind && !look.codePoints && !look.hasGroups() && look.maxLength >= 0
                && look.maxLength <= maxWindow && look.minLength >= 0;
    }

    boolean holds(int pos) {
        if (pos < lo || pos > hi) {
            return look.negated;
        }
        int w = Math.max(pos - look.maxLength, lo);
        count = 0;
        for (int x = w; x <= pos; x++) {
            beginPosition();
            closure(prog.start, x, x); // the latest start goes first
            if (x > w) {
                stepPrevious(in.text.charAt(x - 1), x);
            }
        }
        int j = matchStart;
        boolean ok = j >= w && j <= pos - look.minLength;
        return ok != look.negated;
    }
}
