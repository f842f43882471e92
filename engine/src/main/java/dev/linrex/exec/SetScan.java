package dev.linrex.exec;

/**
 * One {@link SetDfa} search in progress: the input, the scratch it records into, and the state
 * the scan is in, so that a driver can step several set DFAs over the same text together (see
 * {@link SetDfa#searchTogether}, each on its own text). The fast path of a scan keeps these fields in locals and writes
 * them back before a slow step ({@link SetDfa#stepAt}); a scan is used by one thread.
 */
final class SetScan {
    /** {@link #result} while the search runs. */
    static final int RUNNING = -2;

    SetDfa dfa;
    SearchInput in;
    SetScratch sc;
    /** Interior positions are {@code [lo, hi)}: there, transitions come from the table alone. */
    int lo;
    int hi;
    int end;
    SetDfaCache.Generation gen;
    char[] table;
    /** {@link #gen}'s match-set numbers by serial (see {@link SetDfaCache.Generation#matchSetOf}). */
    int[] matchSetOf;
    /** The current state's serial (its row in {@link #table} starts at {@code serial << shift}). */
    int cur;
    /** The search's marks of match states already recorded (see {@link SetScratch#firstVisit}). */
    int[] marks;
    int stamp;
    /** {@link #RUNNING}, {@link SetDfa#DONE}, or the position at which the search gave up. */
    int result;
    /**
     * In a paired scan ({@link SetDfa#searchTogether}), the text's units {@code [bufStart, bufEnd)}
     * are in the scratch's chunk ({@code sc.units}).
     */
    int bufStart;
    int bufEnd;
    /** In a scan of four ({@link SetScanQuad}), the position of the next unit to step on. */
    int pos;

    /** Copies the chunk of interior units from {@code p} on into the scratch's chunk. */
    void fill(int p) {
        bufStart = p;
        bufEnd = Math.min(hi, p + sc.units.length);
        SetDfa.copy(in.text, bufStart, bufEnd, sc.units);
    }

    /**
     * Whether the match state {@code serial} (named by a table entry with
     * {@link SetDfaCache#SPECIAL}) has matches this search already recorded, so the scan can go
     * on without looking at it.
     */
    static boolean recorded(int serial, int[] matchSetOf, int[] marks, int stamp) {
        if (serial >= matchSetOf.length) {
            return false;
        }
        int set = matchSetOf[serial];
        return set != 0 && set < marks.length && marks[set] == stamp;
    }

    /** Reloads the fields a slow step may change from the scratch. */
    void syncMarks() {
        marks = sc.recorded;
        stamp = sc.stamp;
    }

    boolean running() {
        return result == RUNNING;
    }
}
