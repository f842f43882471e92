package dev.linrex.nfa;

/**
 * One lookaround of a compiled pattern: its body as a program of its own, and what an engine
 * needs to evaluate it as java.util.regex does. The pattern's programs (main and bodies) refer to
 * it by {@link #id} from {@link Program#LOOK} instructions; {@link Program#looks} lists all of a
 * pattern's lookarounds, inner ones before the ones that contain them.
 *
 * <p>Which part of the input the body sees follows the JDK: without transparent bounds, the
 * region; with them, a lookahead (and everything nested in it) may read up to the end of the
 * text, a lookbehind (and everything nested in it) may start before the region, down to 0
 * ({@link #seesAfterRegion}, {@link #seesBeforeRegion}).
 */
public final class Lookaround {
    public final int id;
    public final boolean behind;
    public final boolean negated;
    /** The body: slot 0, body, slot 1, MATCH; no pair-midpoint guard ({@code start == startAtFrom}). */
    public final Program body;
    /** The body reversed, for the backward pass of a lookahead; null for a lookbehind. */
    public final Program reverseBody;
    /** Lookbehind: the JDK's bounds on the body length (chars, or code points if {@link #codePoints}). */
    public final int minLength;
    public final int maxLength;
    public final boolean codePoints;
    public final boolean seesBeforeRegion;
    public final boolean seesAfterRegion;
    /** Capturing groups inside the body: {@code groupsFrom..groupsTo} (empty if to < from). */
    public final int groupsFrom;
    public final int groupsTo;
    /**
     * For a lookaround with groups: the slot, in the row of the program containing it (numbered
     * like latch slots, from that program's {@link Program#slotCount}), that records where the
     * match passed it; -1 otherwise.
     */
    public final int positionSlot;
    /**
     * The body as one deterministic chain, when it is one: the pcs of its ASSERT, LOOK, RANGE
     * and CLASS instructions in order (SAVE and NOP left out), so that whether the body matches
     * at a position is one walk of at most this many checks ({@code exec.LookChain}); null if
     * the body branches (SPLIT), steps through DISPATCH (a code-point class) or latches a group.
     */
    public final int[] chain;
    /** The number of units a {@link #chain} consumes (its RANGE and CLASS entries); -1 without one. */
    public final int chainUnits;
    /** For a lookahead whose body is {@code S*C} (see {@link StarChain}): its parts; null otherwise. */
    public final StarChain starChain;
    /**
     * For a lookahead whose body reads only a run of one unit class (see {@link ClassRun}): a
     * consuming instruction of the body over that class; -1 otherwise.
     */
    public final int runClass;

    Lookaround(int id, boolean behind, boolean negated, Program body, Program reverseBody, int minLength,
               int maxLength, boolean codePoints, boolean seesBeforeRegion, boolean seesAfterRegion,
               int groupsFrom, int groupsTo, int positionSlot, int[] chain, StarChain starChain, int runClass) {
        this.id = id;
        this.behind = behind;
        this.negated = negated;
        this.body = body;
        this.reverseBody = reverseBody;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.codePoints = codePoints;
        this.seesBeforeRegion = seesBeforeRegion;
        this.seesAfterRegion = seesAfterRegion;
        this.groupsFrom = groupsFrom;
        this.groupsTo = groupsTo;
        this.positionSlot = positionSlot;
        this.chain = chain;
        this.starChain = starChain;
        this.runClass = runClass;
        int units = -1;
        if (chain != null) {
            units = 0;
            for (int pc : chain) {
                if (body.op[pc] == Program.RANGE || body.op[pc] == Program.CLASS) {
                    units++;
                }
            }
        }
        this.chainUnits = units;
    }

    public boolean hasGroups() {
        return groupsTo >= groupsFrom;
    }
}
