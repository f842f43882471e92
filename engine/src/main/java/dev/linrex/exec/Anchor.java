package dev.linrex.exec;

/** How a search is tied to its start position. */
public enum Anchor {
    /** {@code find()}: the leftmost match starting at or after the start position. */
    UNANCHORED,
    /** {@code lookingAt()}: a match starting exactly at the start position. */
    START,
    /** {@code matches()}: a match starting at the start position and ending at the region end. */
    BOTH
}
