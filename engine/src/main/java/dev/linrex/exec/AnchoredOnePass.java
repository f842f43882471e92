package dev.linrex.exec;

/**
 * The route of an anchored search ({@code matches()}, {@code lookingAt()}, a {@code find()} of a
 * pattern that begins with {@code ^}) of a one-pass pattern that the one-pass engine serves
 * anyway: straight to one {@link OnePass} scan, past the rest of {@link Strategy}'s rules, which
 * cannot apply to it (no lookaround, no class run, no literal-set shortcut, no leading
 * {@code (?s).*}). On a text of a dozen units those rules' checks cost as much as the scan; here
 * they are decided once per pattern.
 *
 * <p>The one rule it passes over is the required-literal filter, which would otherwise scan the
 * rest of a short region (up to {@link Strategy#ANCHORED_FILTER_UNITS}) for literals every match
 * contains: the one-pass scan reads no further than that region either and stops at the first
 * unit no thread can take, so skipping the filter changes no result and keeps the work linear.
 * The engine choice is otherwise {@link Strategy}'s: groups wanted, or a short region, or
 * matches that are all short ({@link #takes}).
 */
final class AnchoredOnePass {
    private final OnePass engine;
    private final Backtracker firstUnits;
    private final int shortRegion;
    /** No match consumes more than {@link Strategy#SHORT_REGION} units. */
    private final boolean shortMatchesOnly;

    AnchoredOnePass(OnePass engine, Backtracker firstUnits, int shortRegion, boolean shortMatchesOnly) {
        this.engine = engine;
        this.firstUnits = firstUnits;
        this.shortRegion = shortRegion;
        this.shortMatchesOnly = shortMatchesOnly;
    }

    /** Whether {@link Strategy} would run this search on the one-pass engine (its one-pass rule, literal sets excluded). */
    boolean takes(SearchInput in, int from, int[] slots) {
        return slots.length > 2 || in.regionEnd - from <= shortRegion || shortMatchesOnly;
    }

    /** The anchored search ({@code anchor} UNANCHORED means a pattern anchored by {@code ^}). */
    boolean search(SearchInput in, int from, Anchor anchor, int[] slots, Strategy.Scratch scratch) {
        scratch.startSearch();
        // An attempt whose first unit no match can begin with fails before any set-up.
        boolean found = firstUnits.canBeginAt(in, from)
                && engine.search(in, from, in.regionEnd, anchor == Anchor.UNANCHORED ? Anchor.START : anchor,
                        slots, scratch.onePassCache(engine));
        scratch.defer(in, from, anchor);
        return found;
    }
}
