package dev.linrex.analysis;

/**
 * How a pattern is used, which changes what a backtracking engine does with it: {@code find()}
 * retries the whole pattern from every start index (so a loop at the front costs a factor n
 * more), {@code matches()} tries once from the start.
 */
public enum Usage {
    /** {@code Matcher.find()}, {@code replaceAll}, {@code split}, grep: an implicit retry loop in front. */
    FIND,
    /** {@code Matcher.matches()}, {@code String.matches}: one attempt, anchored at both ends. */
    MATCHES
}
