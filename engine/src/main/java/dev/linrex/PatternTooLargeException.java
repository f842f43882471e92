package dev.linrex;

import java.util.regex.PatternSyntaxException;

/**
 * Thrown by {@code Pattern.compile} when a pattern is nested too deeply or would compile to more
 * instructions than the configured limit (see {@code README.md}, "Limits"). A subclass of
 * {@link PatternSyntaxException} so existing catch blocks handle it.
 */
public class PatternTooLargeException extends PatternSyntaxException {
    private static final long serialVersionUID = 1L;

    public PatternTooLargeException(String description, String pattern, int index) {
        super(description, pattern, index);
    }
}
