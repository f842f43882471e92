package dev.linrex;

import java.util.Map;

/**
 * An immutable match result: what {@link Matcher#toMatchResult()} and {@link Matcher#results()}
 * return. It keeps only the part of the text that its groups cover, not the whole input.
 */
final class Snapshot implements MatchResult {
    private final int first;
    private final int last;
    private final int[] groups;
    /** The text from {@link #offset} to the largest group end. */
    private final String text;
    private final int offset;
    private final Map<String, Integer> namedGroups;

    private Snapshot(int first, int last, int[] groups, String text, int offset, Map<String, Integer> namedGroups) {
        this.first = first;
        this.last = last;
        this.groups = groups;
        this.text = text;
        this.offset = offset;
        this.namedGroups = namedGroups;
    }

    static Snapshot of(int first, int last, int[] groups, CharSequence input, Map<String, Integer> namedGroups) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = 0; i < groups.length; i += 2) {
            if (groups[i] >= 0 && groups[i + 1] >= 0) {
                lo = Math.min(lo, groups[i]);
                hi = Math.max(hi, groups[i + 1]);
            }
        }
        if (first < 0 || hi < 0) {
            return new Snapshot(first, last, groups.clone(), "", 0, namedGroups);
        }
        return new Snapshot(first, last, groups.clone(), input.subSequence(lo, hi).toString(), lo, namedGroups);
    }

    @Override
    public boolean hasMatch() {
        return first >= 0;
    }

    @Override
    public int start() {
        checkMatch();
        return first;
    }

    @Override
    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group];
    }

    @Override
    public int end() {
        checkMatch();
        return last;
    }

    @Override
    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group + 1];
    }

    @Override
    public String group() {
        return group(0);
    }

    @Override
    public String group(int group) {
        checkMatch();
        checkGroup(group);
        int s = groups[2 * group];
        int e = groups[2 * group + 1];
        return s == -1 || e == -1 ? null : text.substring(s - offset, e - offset);
    }

    @Override
    public int groupCount() {
        return groups.length / 2 - 1;
    }

    @Override
    public Map<String, Integer> namedGroups() {
        return namedGroups;
    }

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    @Override
    public String toString() {
        return first < 0 ? "MatchResult[no match]" : "MatchResult[" + first + "," + last + " " + group() + "]";
    }
}
