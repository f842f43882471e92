package dev.linrex.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.linrex.Matcher;
import dev.linrex.Pattern;
import java.time.Duration;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Hostile pattern text never gets past the documented outcomes: {@code Pattern.compile} returns a
 * Pattern or throws {@link PatternSyntaxException} (which {@code UnsupportedPatternException} and
 * {@code PatternTooLargeException} extend), never another exception or an Error, within a time
 * bound; and a pattern that compiled can then be matched without throwing. Syntax errors must be
 * java.util.regex's (description and index), except where linrex rejects a construct by design.
 */
@AddLifecycleHook(FuzzSettings.class)
class ParserRobustness {
    /** Generous: compiling a 30-character pattern takes microseconds; this only catches hangs. */
    static final Duration BOUND = Duration.ofSeconds(10);

    static final String INPUT = "aA0_ \n\r\n\u00e9\uD83D\uDE00\uD83Dx.(){}[]";

    @Property
    void arbitraryTextCompilesOrIsRejected(@ForAll("arbitrary") String pattern, @ForAll("flags") int flags) {
        checkOutcome(pattern, flags);
    }

    @Property
    void mutatedPatternsCompileOrAreRejected(@ForAll("mutated") String pattern, @ForAll("flags") int flags) {
        checkOutcome(pattern, flags);
    }

    @Property
    void syntaxErrorsAreJavaUtilRegexs(@ForAll("mutated") String pattern) {
        PatternSyntaxException jdk = null;
        try {
            java.util.regex.Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            jdk = e;
        } catch (StackOverflowError e) {
            OracleStats.jdkStackOverflows.incrementAndGet();
            return;
        }
        PatternSyntaxException ours = null;
        try {
            Pattern.compile(pattern);
        } catch (dev.linrex.UnsupportedPatternException e) {
            return; // rejected by design (README "Compatibility": rejected constructs)
        } catch (PatternSyntaxException e) {
            ours = e;
        }
        String expected = jdk == null ? "compiles" : "\"" + jdk.getDescription() + "\" at " + jdk.getIndex();
        String actual = ours == null ? "compiles" : "\"" + ours.getDescription() + "\" at " + ours.getIndex();
        if (!expected.equals(actual)) {
            fail("SYNTAX DISAGREES on " + Chars.show(pattern) + ": java.util.regex " + expected + ", linrex " + actual);
        }
    }

    private static void checkOutcome(String pattern, int flags) {
        assertTimeoutPreemptively(BOUND, () -> {
            Pattern p;
            try {
                p = Pattern.compile(pattern, flags);
            } catch (PatternSyntaxException e) {
                return; // includes UnsupportedPatternException and PatternTooLargeException
            } catch (Throwable t) {
                throw new AssertionError("compile(" + Chars.show(pattern) + ", 0x" + Integer.toHexString(flags)
                        + ") threw " + t, t);
            }
            try {
                Matcher m = p.matcher(INPUT);
                while (m.find()) {
                    m.group();
                }
                m.hitEnd();
                m.requireEnd();
                p.split(INPUT);
                p.matcher(INPUT).replaceAll("x");
            } catch (Throwable t) {
                throw new AssertionError("matching " + Chars.show(pattern) + " (flags 0x" + Integer.toHexString(flags)
                        + ") threw " + t, t);
            }
        }, () -> "compiling/matching " + Chars.show(pattern) + " took over " + BOUND);
    }

    @Provide
    Arbitrary<String> arbitrary() {
        return PatternMutations.arbitraryText();
    }

    @Provide
    Arbitrary<String> mutated() {
        return PatternMutations.mutatedValidPattern();
    }

    @Provide
    Arbitrary<Integer> flags() {
        return PatternMutations.anyFlags();
    }
}
