package dev.linrex.exec;

/**
 * A lazy-DFA transition remembered for an edge position (near the region's ends, where
 * assertions are decided on the input): from its {@link DfaState}, on a unit of class
 * {@link #cls}, with the look-set {@link #holds} holding there, the DFA goes to {@link #next}.
 * Immutable (final fields), so states can publish it through a data race.
 */
final class EdgeMemo {
    final int cls;
    final int holds;
    final DfaState next;

    EdgeMemo(int cls, int holds, DfaState next) {
        this.cls = cls;
        this.holds = holds;
        this.next = next;
    }
}
