package dev.linrex.bench.engine;

/** A compiled pattern of some engine; {@link #matcher} gives a fresh matcher over the input. */
public interface CompiledRegex {

    RegexMatcher matcher(CharSequence input);

    /** The engine's own pattern object (what the retained-heap measurement walks). */
    Object unwrap();
}
