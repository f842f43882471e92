package dev.linrex.exec;

/**
 * A way of answering one lookaround's questions on one input without its table, for bodies of a
 * special form ({@link LookStarScan}, {@link LookRunScan}). Each bounds its own work like
 * {@link LookProbes}; once past the bound it answers -1 and {@link LookTables} builds the table.
 */
interface LookShortcut {
    /** 1 or 0: whether the lookaround holds at {@code pos}; -1: ask the table from now on. */
    int holds(int pos);
}
