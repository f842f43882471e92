package dev.linrex.exec;

import dev.linrex.nfa.Lookaround;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.AssertionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A pattern that begins with {@code ^} (without MULTILINE) or {@code \A}, then lookarounds
 * without groups, and has no lookaround after them: the password rules
 * {@code ^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$}. Its only match attempt starts at the search start
 * ({@link Strategy} runs such patterns anchored), where those lookarounds are asked once each;
 * if they all hold, the rest of the pattern ({@code ^.{8,}$}, compiled on its own, group numbers
 * unchanged) is searched by a Strategy without lookarounds, so it gets the one-pass engine, the
 * DFAs and the short-search shortcuts instead of the backtracker reading lookaround tables. The
 * answer is the same: the lookarounds are zero-width and set no group, so they only decide
 * whether the attempt at the search start may match at all.
 */
final class LeadingLookarounds {
    /** Ids of the leading lookarounds, in the order the main program asks them. */
    private final int[] ids;
    /** Per id, the lookaround if it is a lookahead {@code S*C} of units only, answered by one scan; else null. */
    private final Lookaround[] scanned;
    private final Ast.Root restRoot;
    /** Compiled on the first search (racing threads compile equal ones; either is fine). */
    private volatile Strategy rest;

    private LeadingLookarounds(int[] ids, Lookaround[] scanned, Ast.Root restRoot) {
        this.ids = ids;
        this.scanned = scanned;
        this.restRoot = restRoot;
    }

    /** The leading lookarounds of {@code root} compiled to {@code program}, or null if it has another shape. */
    static LeadingLookarounds of(Ast.Root root, Program program) {
        if (!program.beginAnchored || !(root.node() instanceof Ast.Concat c)
                || !(c.items().get(0) instanceof Ast.Assertion a) || a.kind() != AssertionKind.BEGIN_INPUT) {
            return null;
        }
        List<Ast.Node> items = c.items();
        int k = 1;
        while (k < items.size() && items.get(k) instanceof Ast.Look lk && !lk.hasGroups()) {
            k++;
        }
        int count = k - 1;
        if (count == 0) {
            return null;
        }
        // The same lookarounds in the main program: after slot 0 and the anchor, count LOOKs in a row.
        int[] ids = new int[count];
        int n = 0;
        int pc = program.startAtFrom;
        for (int walked = 0; walked < program.size() && n < count; walked++) {
            int op = program.op[pc];
            if (op == Program.LOOK) {
                ids[n++] = program.arg[pc];
            } else if (n > 0 || op != Program.SAVE && op != Program.NOP && op != Program.ASSERT) {
                return null;
            }
            pc = program.out[pc];
        }
        if (n < count) {
            return null;
        }
        for (int id : ids) {
            if (program.looks.get(id).hasGroups()) {
                return null;
            }
        }
        List<Ast.Node> restItems = new ArrayList<>(items.size() - count);
        restItems.add(items.get(0));
        restItems.addAll(items.subList(k, items.size()));
        Ast.Node restNode = restItems.size() == 1 ? restItems.get(0) : new Ast.Concat(List.copyOf(restItems));
        if (hasLook(restNode)) {
            return null; // the rest needs lookaround tables anyway
        }
        Lookaround[] scanned = new Lookaround[count];
        for (int i = 0; i < count; i++) {
            Lookaround l = program.looks.get(ids[i]);
            scanned[i] = LookStarScan.holdsOnceApplies(l) ? l : null;
        }
        return new LeadingLookarounds(ids, scanned, new Ast.Root(restNode, root.groupCount(), root.groupNames(), root.pattern(),
                root.flags()));
    }

    /** Whether {@code node} contains a lookaround (walked with an explicit stack). */
    static boolean hasLook(Ast.Node node) {
        java.util.ArrayDeque<Ast.Node> todo = new java.util.ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            Ast.Node n = todo.pop();
            if (n instanceof Ast.Look) {
                return true;
            } else if (n instanceof Ast.Concat c) {
                c.items().forEach(todo::push);
            } else if (n instanceof Ast.Alternation a) {
                a.items().forEach(todo::push);
            } else if (n instanceof Ast.Group g) {
                todo.push(g.body());
            } else if (n instanceof Ast.Repeat r) {
                todo.push(r.body());
            }
        }
        return false;
    }

    private Strategy rest() {
        Strategy r = rest;
        if (r == null) {
            r = Strategy.compile(restRoot);
            rest = r;
        }
        return r;
    }

    /**
     * The search of {@link Strategy}'s {@code run} for a search starting at {@code from} (where
     * the only attempt starts): the lookarounds there, then the rest. Defers nothing itself: the
     * caller's scratch gets the hit-end run and, if the rest left them out, the groups.
     */
    boolean search(SearchInput in, int from, Anchor anchor, int[] slots, Strategy.Scratch scratch) {
        if ((Assertions.check(AssertionKind.BEGIN_INPUT.ordinal(), in, from, null) & Assertions.HOLDS) == 0) {
            return false; // the rest begins with the anchor too: no attempt here, nothing to ask
        }
        LookTables tables = null;
        try {
            for (int i = 0; i < ids.length; i++) {
                boolean holds;
                if (scanned[i] != null) {
                    holds = LookStarScan.holdsOnce(scanned[i], in, from, scratch); // no tables for one question
                } else {
                    if (tables == null) {
                        tables = scratch.lookTables(in);
                    }
                    holds = tables.holds(ids[i], from);
                }
                if (!holds) {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            scratch.lookTables = null; // an abort may leave a table pass half done
            throw e;
        }
        Strategy r = rest();
        Strategy.Scratch rs = scratch.nested(r);
        boolean found;
        try {
            if (scratch.deferGroups) {
                int m = r.searchLazily(in, from, anchor, slots, rs);
                found = m != Strategy.NO_MATCH;
                scratch.groupsDeferred = m == Strategy.MATCH_BOUNDS; // the full pattern's captures give them
            } else {
                found = r.search(in, from, anchor, slots, rs);
            }
        } finally {
            scratch.charge(rs.spent()); // the rest's work counts against this search's limits too
        }
        return found;
    }
}
