package dev.linrex;

import dev.linrex.exec.Anchor;
import dev.linrex.exec.SearchInput;
import dev.linrex.exec.Strategy;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Matches a {@link Pattern} against a character sequence: a drop-in replacement for
 * {@link java.util.regex.Matcher} with the same state rules (where {@code find()} resumes, what
 * {@code reset}, {@code region} and {@code usePattern} keep) and the same exceptions.
 *
 * <p>Searches can be bounded with {@link MatchLimits} (a deadline, a work budget, and whether
 * {@link Thread#interrupt()} stops them): set per Matcher with {@link #useLimits}, by default
 * those of the Pattern. A search that passes a limit throws {@link MatchAbortedException} and
 * leaves this Matcher with no match; so does an exception thrown by the input's
 * {@code CharSequence} methods during a search, which propagates unchanged. Either way the next
 * {@code find()} repeats the aborted search and {@code reset()} starts over.
 *
 * <p>Not safe for use by multiple threads.
 */
public final class Matcher implements MatchResult {
    /**
     * JDK 17 says "No match available" from start/end/appendReplacement and "No match found"
     * elsewhere; JDK 20 made them all "No match found". We say what the running JDK says.
     */
    private static final String NO_MATCH_AVAILABLE =
            Runtime.version().feature() >= 20 ? "No match found" : "No match available";
    private static final String NO_MATCH_FOUND = "No match found";

    private Pattern pattern;
    private Strategy.Scratch scratch;
    /** Start/end of group 0, 1, ...; -1 where a group did not take part or there is no match. */
    private int[] groups;
    /**
     * Groups 1.. of the last match are not computed yet: a search finds only group 0 (cheap
     * engines), and the captures are computed on the match span when first asked for.
     */
    private boolean groupsPending;
    /** What the pending captures are computed over (the input of the search that matched). */
    private SearchInput groupsInput;

    private CharSequence text;
    /** The region: [from, to). */
    private int from;
    private int to;
    private boolean transparentBounds = false;
    private boolean anchoringBounds = true;
    /** What the engine reads; rebuilt lazily after the text, region or bounds change. */
    private SearchInput input;

    /**
     * Start of the last match, or -1 after a failed attempt or a reset. As in the JDK this is
     * separate from {@code groups[0]}: a find() that runs past the region clears the groups but
     * leaves this, and usePattern keeps it.
     */
    private int first = -1;
    /** End of the last match; the next find() resumes here (one later after an empty match). */
    private int last = 0;
    /**
     * What {@code last} was before the current search, or that search's start for a find(): where
     * find() resumes if the search, or something computed later for its result, is aborted.
     */
    private int retryLast = 0;
    private int lastAppendPosition = 0;
    private boolean hitEnd;
    private boolean requireEnd;
    /** The last search's hitEnd/requireEnd are still with the scratch (computing them can cost a search). */
    private boolean endFlagsPending;
    /** Bumped on every state change; results() and replace(Function) detect interference. */
    private int modCount;
    /** The last replacement string parsed, reused while it and the pattern stay the same. */
    private Replacement replacement;
    /** The limits of every search; the pattern's unless set with useLimits. */
    private MatchLimits limits;
    private boolean ownLimits;

    Matcher(Pattern pattern, CharSequence text) {
        this.text = text;
        this.pattern = pattern;
        scratch = pattern.strategy().newScratch();
        limits = pattern.limits();
        if (limits != MatchLimits.NONE) {
            applyLimits(); // a new scratch's budget is already set for NONE
        }
        groups = new int[2 * (pattern.groupCount() + 1)];
        reset(); // fills the groups with -1
    }

    private void setPattern(Pattern p) {
        resolveEndFlags(); // the new pattern's scratch cannot answer for the old pattern's search
        pattern = p;
        scratch = p.strategy().newScratch();
        if (!ownLimits) {
            limits = p.limits();
        }
        applyLimits();
        groups = new int[2 * (p.groupCount() + 1)];
        Arrays.fill(groups, -1);
        groupsPending = false;
        replacement = null;
    }

    // ---------------------------------------------------------------- pattern, input, region

    /** The pattern this matcher uses. */
    public Pattern pattern() {
        return pattern;
    }

    /**
     * Bounds every following search of this Matcher with {@code limits}, in place of the
     * pattern's (kept across {@link #reset()} and {@link #usePattern}).
     *
     * @throws NullPointerException if {@code limits} is null
     */
    public Matcher useLimits(MatchLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        ownLimits = true;
        applyLimits();
        return this;
    }

    /** The limits of this Matcher's searches. */
    public MatchLimits limits() {
        return limits;
    }

    private void applyLimits() {
        scratch.budget().configure(limits.timeoutNanos(), limits.workUnits(), limits.interruptible());
    }

    /**
     * Switches to another pattern, keeping the position in the input, the region and the append
     * position; the groups of the last match are lost. The new pattern's limits apply unless
     * this Matcher has its own ({@link #useLimits}).
     *
     * @throws IllegalArgumentException if {@code newPattern} is null
     */
    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        setPattern(newPattern);
        modCount++;
        return this;
    }

    /**
     * Forgets the last match, sets the append position to 0 and the region to the whole input.
     * Bounds settings are kept.
     */
    public Matcher reset() {
        first = -1;
        last = 0;
        retryLast = 0;
        clearGroups();
        groupsPending = false;
        lastAppendPosition = 0;
        from = 0;
        to = text.length();
        SearchInput in = input;
        if (in != null && !(text instanceof String && in.text == text && in.regionStart == 0 && in.regionEnd == to)) {
            input = null; // else the same immutable text, whole region and bounds: reuse it (replaceAll resets)
        }
        modCount++;
        return this;
    }

    /** {@link #reset()} with a new input. */
    public Matcher reset(CharSequence input) {
        text = Objects.requireNonNull(input, "input");
        return reset();
    }

    /**
     * Resets, then limits matching to {@code [start, end)}.
     *
     * @throws IndexOutOfBoundsException if the bounds are outside the input or start > end
     */
    public Matcher region(int start, int end) {
        int length = text.length();
        if (start < 0 || start > length) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > length) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        input = null;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    /** Transparent bounds let {@code \b} (and other look-around) see text outside the region. */
    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        input = null;
        return this;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    /** Anchoring bounds (the default) make {@code ^ $ \A \z \Z} match at the region's edges. */
    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        input = null;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    // ---------------------------------------------------------------- matching

    /** Whether the whole region matches. */
    public boolean matches() {
        return search(from, Anchor.BOTH);
    }

    /** Whether a prefix of the region matches. */
    public boolean lookingAt() {
        return search(from, Anchor.START);
    }

    /**
     * Finds the next match: from the region start, or after the previous match (one character
     * later if that match was empty, so that the loop makes progress).
     */
    public boolean find() {
        int next = last;
        if (next == first) {
            next++;
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            // Past the region: no search; like the JDK this clears only the groups.
            Arrays.fill(groups, -1);
            groupsPending = false;
            return false;
        }
        return search(next, Anchor.UNANCHORED);
    }

    /**
     * Resets, then finds the first match starting at or after {@code start}.
     *
     * @throws IndexOutOfBoundsException if {@code start} is outside the input
     */
    public boolean find(int start) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start, Anchor.UNANCHORED);
    }

    private boolean search(int start, Anchor anchor) {
        SearchInput in = input;
        if (in == null) {
            in = new SearchInput(text, from, to, transparentBounds, anchoringBounds);
            input = in;
        }
        clearGroups();
        retryLast = anchor == Anchor.UNANCHORED ? start : last;
        int r;
        try {
            // Captures are deferred only for a String: other text may change before they are asked for.
            r = text instanceof String
                    ? pattern.strategy().searchLazily(in, start, anchor, groups, scratch)
                    : pattern.strategy().search(in, start, anchor, groups, scratch) ? Strategy.MATCH : Strategy.NO_MATCH;
        } catch (RuntimeException | Error e) {
            abandon(); // a limit, or the input's own exception
            throw e;
        }
        endFlagsPending = true; // asked of the scratch only if the caller wants them
        boolean found = r != Strategy.NO_MATCH;
        if (found) {
            first = groups[0];
            last = groups[1];
            groupsPending = r == Strategy.MATCH_BOUNDS;
            groupsInput = in;
        } else {
            first = -1;
            groupsPending = false;
        }
        modCount++;
        return found;
    }

    /** Sets every group slot to -1 (most patterns have no group: a call on a tiny text pays no fill call). */
    private void clearGroups() {
        int[] g = groups;
        if (g.length == 2) {
            g[0] = -1;
            g[1] = -1;
        } else {
            Arrays.fill(g, -1);
        }
    }

    /** The slots of the last match, computing its captures first if they are still pending. */
    private int[] groups() {
        if (groupsPending) {
            try {
                pattern.strategy().deferredCaptures(groupsInput, groups[0], groups[1], groups, scratch);
            } catch (RuntimeException | Error e) {
                abandon(); // as for an aborted search: no match, and find() repeats that search
                throw e;
            }
            groupsPending = false;
        }
        return groups;
    }

    /** Whether the last match attempt read up to the end of the region (more input could matter). */
    public boolean hitEnd() {
        resolveEndFlags();
        return hitEnd;
    }

    /** Whether more input could have turned the last match into a non-match. */
    public boolean requireEnd() {
        resolveEndFlags();
        return requireEnd;
    }

    private void resolveEndFlags() {
        if (endFlagsPending) {
            try {
                hitEnd = scratch.hitEnd();
                requireEnd = scratch.requireEnd();
            } catch (RuntimeException | Error e) {
                abandon();
                throw e;
            }
            endFlagsPending = false;
        }
    }

    /**
     * After an aborted search (or an aborted computation for its result, such as hitEnd): no
     * match, no end flags, nothing left to compute or reuse, and find() repeats that search.
     */
    private void abandon() {
        scratch.abandon();
        last = retryLast;
        first = -1;
        Arrays.fill(groups, -1);
        groupsPending = false;
        hitEnd = false;
        requireEnd = false;
        endFlagsPending = false;
        modCount++;
    }

    // ---------------------------------------------------------------- the match

    @Override
    public boolean hasMatch() {
        return first >= 0;
    }

    @Override
    public int groupCount() {
        return pattern.groupCount();
    }

    @Override
    public Map<String, Integer> namedGroups() {
        return pattern.namedGroups();
    }

    @Override
    public int start() {
        checkMatch(NO_MATCH_AVAILABLE);
        return first;
    }

    @Override
    public int start(int group) {
        checkMatch(NO_MATCH_AVAILABLE);
        checkGroup(group);
        return (group == 0 ? groups : groups())[2 * group];
    }

    @Override
    public int start(String name) {
        return groups()[2 * groupIndex(name)];
    }

    @Override
    public int end() {
        checkMatch(NO_MATCH_AVAILABLE);
        return last;
    }

    @Override
    public int end(int group) {
        checkMatch(NO_MATCH_AVAILABLE);
        checkGroup(group);
        return (group == 0 ? groups : groups())[2 * group + 1];
    }

    @Override
    public int end(String name) {
        return groups()[2 * groupIndex(name) + 1];
    }

    @Override
    public String group() {
        return group(0);
    }

    @Override
    public String group(int group) {
        checkMatch(NO_MATCH_FOUND);
        checkGroup(group);
        return text(group);
    }

    @Override
    public String group(String name) {
        return text(groupIndex(name));
    }

    private String text(int group) {
        int[] g = group == 0 ? groups : groups();
        int s = g[2 * group];
        int e = g[2 * group + 1];
        return s == -1 || e == -1 ? null : text.subSequence(s, e).toString();
    }

    private void checkMatch(String message) {
        if (first < 0) {
            throw new IllegalStateException(message);
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    private int groupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        checkMatch(NO_MATCH_FOUND);
        Integer number = pattern.namedGroups().get(name);
        if (number == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return number;
    }

    /** An immutable copy of the current match state, unaffected by later operations. */
    public MatchResult toMatchResult() {
        return Snapshot.of(first, last, groups(), text, pattern.namedGroups());
    }

    /**
     * The matches from the current position on (as by repeated {@link #find()}), each as
     * {@link #toMatchResult()}. Does not reset. Changing this matcher while the stream runs
     * throws {@link ConcurrentModificationException}.
     */
    public Stream<MatchResult> results() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                new ResultIterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The fail-fast iterator behind results(), with the JDK's checks in the same places. */
    private final class ResultIterator implements Iterator<MatchResult> {
        /** -1: find() not yet called for the next element; 0: no more; 1: found. */
        private int state = -1;
        /** modCount after our last find(); -1 before the first. */
        private int expected = -1;

        @Override
        public boolean hasNext() {
            if (state >= 0) {
                return state == 1;
            }
            if (expected >= 0 && expected != modCount) {
                return true; // let next() report the modification
            }
            boolean found = find();
            state = found ? 1 : 0;
            expected = modCount;
            return found;
        }

        @Override
        public MatchResult next() {
            if (expected >= 0 && expected != modCount) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            state = -1;
            return toMatchResult();
        }

        @Override
        public void forEachRemaining(Consumer<? super MatchResult> action) {
            if (expected >= 0 && expected != modCount) {
                throw new ConcurrentModificationException();
            }
            int s = state;
            if (s == 0) {
                return;
            }
            state = 0;
            expected = -1;
            if (s < 0 && !find()) {
                return;
            }
            do {
                int before = modCount;
                action.accept(toMatchResult());
                if (before != modCount) {
                    throw new ConcurrentModificationException();
                }
            } while (find());
        }
    }

    // ---------------------------------------------------------------- replacing

    /**
     * A replacement string that produces {@code s} literally: {@code \} and {@code $} are escaped.
     */
    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Appends the text from the append position up to the match, then the expanded
     * {@code replacement} ({@code $g}, {@code ${name}}, {@code \x}); moves the append position
     * to the match end. On an invalid replacement nothing is appended.
     *
     * @throws IllegalStateException if there is no match
     * @throws IllegalArgumentException for a malformed replacement or an unknown group name
     * @throws IndexOutOfBoundsException for a group number the pattern does not have
     */
    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch(NO_MATCH_AVAILABLE);
        Replacement r = program(replacement);
        int[] g = r.refersToGroups() ? groups() : groups;
        r.check(); // an invalid replacement appends nothing
        sb.append(text, lastAppendPosition, first);
        r.appendTo(sb, text, g);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    /** As {@link #appendReplacement(StringBuilder, String)}, for a StringBuffer. */
    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch(NO_MATCH_AVAILABLE);
        StringBuilder expanded = new StringBuilder();
        Replacement r = program(replacement);
        r.appendTo(expanded, text, r.refersToGroups() ? groups() : groups);
        sb.append(text, lastAppendPosition, first).append(expanded);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    /** Appends the text from the append position to the end of the input. */
    public StringBuilder appendTail(StringBuilder sb) {
        return sb.append(text, lastAppendPosition, text.length());
    }

    /** Appends the text from the append position to the end of the input. */
    public StringBuffer appendTail(StringBuffer sb) {
        return sb.append(text, lastAppendPosition, text.length());
    }

    /** Resets, then replaces every match with the expanded {@code replacement}. */
    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return text.toString();
        }
        // Sized for the text less the first match: a match spanning most of a long text
        // ((?s).*(x).* -> "$1") then allocates no buffer of the text's length per call.
        StringBuilder sb = new StringBuilder(text.length() - (last - first) + 16);
        // appendReplacement's steps, with the replacement looked up once: a find loop of tiny
        // matches (a* on every position) spends as much on the per-match bookkeeping as on the search.
        Replacement r = program(replacement);
        boolean refersToGroups = r.refersToGroups();
        CharSequence t = text;
        do {
            int[] g = refersToGroups ? groups() : groups;
            r.check(); // an invalid replacement appends nothing
            sb.append(t, lastAppendPosition, first);
            r.appendTo(sb, t, g);
            lastAppendPosition = last;
        } while (find());
        modCount++;
        return appendTail(sb).toString();
    }

    /**
     * Resets, then replaces every match with the expansion of what {@code replacer} returns for
     * it (this matcher is passed; it must not be changed by the function).
     */
    public String replaceAll(Function<? super MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(text.length() - (last - first) + 16);
        do {
            appendReplacement(sb, apply(replacer));
        } while (find());
        return appendTail(sb).toString();
    }

    /** Resets, then replaces the first match with the expanded {@code replacement}. */
    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    /** Resets, then replaces the first match with the expansion of what {@code replacer} returns. */
    public String replaceFirst(Function<? super MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        appendReplacement(sb, apply(replacer));
        return appendTail(sb).toString();
    }

    private String apply(Function<? super MatchResult, String> replacer) {
        int before = modCount;
        String r = replacer.apply(this);
        if (before != modCount) {
            throw new ConcurrentModificationException();
        }
        return r;
    }

    /** The parsed form of {@code replacement} for the current pattern, reusing the last one. */
    private Replacement program(String replacement) {
        Replacement r = this.replacement;
        if (r == null || !r.source.equals(replacement)) {
            r = pattern.replacement(replacement); // a Matcher per call still parses once
            this.replacement = r;
        }
        return r;
    }

    /**
     * As java.util.regex.Matcher's: {@code java.util.regex.Matcher[pattern=P region=S,E lastmatch=M]}
     * (the class name is kept so that logs read the same after switching).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("java.util.regex.Matcher[pattern=").append(pattern)
                .append(" region=").append(from).append(',').append(to)
                .append(" lastmatch=");
        if (first >= 0) {
            String g = group();
            if (g != null) {
                sb.append(g);
            }
        }
        return sb.append(']').toString();
    }
}
