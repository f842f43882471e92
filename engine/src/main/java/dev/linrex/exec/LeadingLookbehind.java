package dev.linrex.exec;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A pattern that begins with a positive lookbehind for a fixed string and has no other
 * lookaround: {@code (?<=\$)\d+(\.\d\d)?}. A match can start only right after an occurrence of
 * that string, so an unanchored search finds the occurrences with {@code String.indexOf} and runs
 * the rest of the pattern ({@code \d+(\.\d\d)?}, compiled on its own, group numbers unchanged)
 * anchored at each, in order: a Strategy without lookarounds, so it gets the one-pass engine and
 * the DFAs instead of the backtracker reading lookaround tables at every position. The answer is
 * java.util.regex's: its find tries each start in order, and at a start the lookbehind (zero-width,
 * no groups, first) only decides whether the attempt may go on; the rest's first match there in
 * priority order is the pattern's. The lookbehind holds at {@code p} exactly when the string ends
 * at {@code p} and begins no earlier than what the body may read (the region start, or 0 with
 * transparent bounds); its length lies within the JDK's bounds on the body, checked when built.
 *
 * <p>Work: each anchored run of the rest may read past its start (up to the end of the region on
 * a pattern such as {@code (?<=a)(?:b[^z]*z|b)}), so runs at many close occurrences could add up
 * to quadratic work over a find loop. The search therefore counts the rest's work, and once one
 * search has cost more than a constant times the text it advanced over, gives up for good on this
 * pattern ({@link #GAVE_UP}: the caller searches the whole pattern as before). Every search before
 * that was linear in what it advanced over, and the one that gave up costs one search more.
 */
final class LeadingLookbehind {
    /** {@link #search}: this shape gave up (now or earlier); the caller runs its general search. */
    static final int GAVE_UP = -1;
    /** Work allowed per unit advanced, and per search, before {@link #GAVE_UP}. */
    static final int WORK_PER_UNIT = 8;
    static final int WORK_PER_SEARCH = 512;

    /** The string the lookbehind matches. */
    private final String needle;
    private final Ast.Root restRoot;
    /** Compiled on the first search (racing threads compile equal ones; either is fine). */
    private volatile Strategy rest;
    /** Set once a search cost too much for its progress: from then on {@link #search} answers {@link #GAVE_UP}. */
    private volatile boolean costly;

    private LeadingLookbehind(String needle, Ast.Root restRoot) {
        this.needle = needle;
        this.restRoot = restRoot;
    }

    /** The shape of {@code root}, or null: a positive lookbehind for a fixed string first, no other lookaround. */
    static LeadingLookbehind of(Ast.Root root) {
        if (!(root.node() instanceof Ast.Concat c) || !(c.items().get(0) instanceof Ast.Look look)
                || !look.behind() || look.negated() || look.hasGroups() || look.codePoints()) {
            return null;
        }
        String needle = literal(look.body());
        if (needle == null || needle.isEmpty() || needle.length() < look.minLength() || needle.length() > look.maxLength()) {
            return null;
        }
        List<Ast.Node> restItems = new ArrayList<>(c.items().subList(1, c.items().size()));
        Ast.Node restNode = restItems.size() == 1 ? restItems.get(0) : new Ast.Concat(List.copyOf(restItems));
        if (LeadingLookarounds.hasLook(restNode)) {
            return null; // the rest needs lookaround tables anyway
        }
        return new LeadingLookbehind(needle, new Ast.Root(restNode, root.groupCount(), root.groupNames(), root.pattern(),
                root.flags()));
    }

    /** The string {@code node} matches if it is a row of single BMP chars (no surrogates), else null. */
    private static String literal(Ast.Node node) {
        List<Ast.Node> items = node instanceof Ast.Concat c ? c.items() : List.of(node);
        StringBuilder sb = new StringBuilder(items.size());
        for (Ast.Node item : items) {
            if (!(item instanceof Ast.CharSet cs) || cs.codePoints()) {
                return null;
            }
            CodePointSet set = cs.set();
            if (!set.isSingle() || set.lo(0) > Character.MAX_VALUE || Character.isSurrogate((char) set.lo(0))) {
                return null;
            }
            sb.append((char) set.lo(0));
        }
        return sb.toString();
    }

    /** Whether a search proved costly and this shape now gives up (tests). */
    boolean costly() {
        return costly;
    }

    /** The rest of the pattern, compiled on its own. */
    Strategy rest() {
        Strategy r = rest;
        if (r == null) {
            r = Strategy.compile(restRoot);
            rest = r;
        }
        return r;
    }

    /**
     * The search of {@link Strategy}'s {@code run} from {@code from}: 1 (match, slots filled as
     * the rest filled them), 0 (no match) or {@link #GAVE_UP}. Defers nothing itself: the
     * caller's scratch gets the hit-end run and, if the rest left them out, the groups.
     */
    int search(SearchInput in, int from, Anchor anchor, int[] slots, Strategy.Scratch scratch) {
        if (costly) {
            return GAVE_UP;
        }
        int lo = in.transparentBounds ? 0 : in.regionStart; // what the lookbehind's body may read
        int len = needle.length();
        Strategy r = rest();
        Strategy.Scratch rs = scratch.nested(r);
        long work0 = rs.steps();
        Anchor restAnchor = anchor == Anchor.UNANCHORED ? Anchor.START : anchor;
        int p = from;
        int scanFrom = Math.max(from - len, lo); // where the next occurrence may begin
        try {
            while (true) {
                if (anchor == Anchor.UNANCHORED) {
                    int at = indexOf(in.text, scanFrom, in.regionEnd - len);
                    int q = at < 0 ? in.regionEnd : at + len;
                    scratch.charge(q - p); // the scan's work, after the fact
                    if (at < 0) {
                        return 0;
                    }
                    p = q;
                    scanFrom = at + 1;
                } else if (from - len < lo || !endsAt(in.text, from)) {
                    return 0; // the only attempt starts at from, where the lookbehind fails
                }
                int m;
                if (scratch.deferGroups) {
                    m = r.searchLazily(in, p, restAnchor, slots, rs);
                    scratch.groupsDeferred = m == Strategy.MATCH_BOUNDS; // the rest's captures give them
                } else {
                    m = r.search(in, p, restAnchor, slots, rs) ? Strategy.MATCH : Strategy.NO_MATCH;
                }
                int reached = m != Strategy.NO_MATCH && slots.length > 1 ? Math.max(p, slots[1]) : p;
                if (rs.steps() - work0 > (long) WORK_PER_UNIT * (reached - from) + WORK_PER_SEARCH) {
                    costly = true; // this answer stands; later searches take the general path
                }
                if (m != Strategy.NO_MATCH) {
                    return 1;
                }
                if (anchor != Anchor.UNANCHORED) {
                    return 0;
                }
                if (costly) {
                    return GAVE_UP;
                }
            }
        } finally {
            scratch.charge(rs.steps() - work0); // the rest's work counts against this search's limits too
        }
    }

    /** Whether the needle ends at {@code p} of {@code text}. */
    private boolean endsAt(CharSequence text, int p) {
        int q = p - needle.length();
        for (int i = 0; i < needle.length(); i++) {
            if (text.charAt(q + i) != needle.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first occurrence of the needle starting in {@code [start, lastStart]}, or -1. */
    private int indexOf(CharSequence text, int start, int lastStart) {
        if (start > lastStart) {
            return -1;
        }
        int at;
        if (text instanceof String s) {
            at = needle.length() == 1 ? s.indexOf(needle.charAt(0), start) : s.indexOf(needle, start);
        } else {
            at = -1;
            char first = needle.charAt(0);
            for (int i = start; i <= lastStart; i++) {
                if (text.charAt(i) == first && endsAt(text, i + needle.length())) {
                    at = i;
                    break;
                }
            }
        }
        return at > lastStart ? -1 : at;
    }
}
