package dev.linrex;

import java.util.regex.PatternSyntaxException;

/**
 * Thrown by {@code Pattern.compile} for a well-formed java.util.regex pattern that uses a construct
 * linrex cannot match in linear time (a backreference, for example). It extends
 * {@link PatternSyntaxException}, so code that already catches that keeps working; the message
 * names the construct and {@link #getIndex()} points at it.
 */
public class UnsupportedPatternException extends PatternSyntaxException {
    private static final long serialVersionUID = 1L;

    private final String construct;

    /**
     * @param construct what was rejected, for example "backreference \\1"
     * @param reason why it is rejected, for example "not expressible in linear time"
     * @param pattern the whole pattern
     * @param index the index of the construct in the pattern
     */
    public UnsupportedPatternException(String construct, String reason, String pattern, int index) {
        super("Unsupported construct: " + construct + " (" + reason + ")", pattern, index);
        this.construct = construct;
    }

    /** The rejected construct, as it is named in the message. */
    public String getConstruct() {
        return construct;
    }
}
