package dev.linrex;

import java.util.Map;

/**
 * The result of a match, as {@link java.util.regex.MatchResult}, plus the named-group methods that
 * JDK 20 added to that interface. Declared here so that they exist on JDK 17 too; on JDK 20+ the
 * methods below override the JDK's defaults with the same meaning.
 *
 * <p>Implemented by {@link Matcher} (live view of its last match) and by the snapshots that
 * {@link Matcher#toMatchResult()} and {@link Matcher#results()} return.
 */
public interface MatchResult extends java.util.regex.MatchResult {

    /**
     * The pattern's named capturing groups: name to group number. Unmodifiable; empty when the
     * pattern has none.
     */
    Map<String, Integer> namedGroups();

    /** Whether this result holds a match (JDK 20 API). */
    boolean hasMatch();

    /**
     * Start of the subsequence captured by the named group, or -1 if it did not take part.
     *
     * @throws IllegalStateException if there is no match
     * @throws IllegalArgumentException if the pattern has no group with that name
     */
    default int start(String name) {
        return start(groupNumber(this, name));
    }

    /**
     * End of the subsequence captured by the named group, or -1 if it did not take part.
     *
     * @throws IllegalStateException if there is no match
     * @throws IllegalArgumentException if the pattern has no group with that name
     */
    default int end(String name) {
        return end(groupNumber(this, name));
    }

    /**
     * The subsequence captured by the named group, or {@code null} if it did not take part.
     *
     * @throws IllegalStateException if there is no match
     * @throws IllegalArgumentException if the pattern has no group with that name
     */
    default String group(String name) {
        return group(groupNumber(this, name));
    }

    /** Resolves a group name the way java.util.regex does: null check, match check, lookup. */
    private static int groupNumber(MatchResult result, String name) {
        java.util.Objects.requireNonNull(name, "Group name");
        if (!result.hasMatch()) {
            throw new IllegalStateException("No match found");
        }
        Integer number = result.namedGroups().get(name);
        if (number == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return number;
    }
}
