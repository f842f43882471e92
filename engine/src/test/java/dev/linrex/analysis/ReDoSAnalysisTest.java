package dev.linrex.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.UnsupportedPatternException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysis is tested structurally (what it finds, and that its attack fails to match), and
 * its attacks are checked to make java.util.regex's work blow up by counting the characters it
 * reads ({@link ReadCountingText}), never by timing.
 */
class ReDoSAnalysisTest {
    /** The Cloudflare WAF rule of 2 July 2019, with {@code \{\}} escaped as Java needs. */
    static final String CLOUDFLARE =
            "(?:(?:\\\"|'|\\]|\\}|\\\\|\\d|(?:nan|infinity|true|false|null|undefined|symbol|math)|\\`|\\-|\\+)+[)]*;?"
                    + "((?:\\s|-|~|!|\\{\\}|\\|\\||\\+)*.*(?:.*=.*)))";

    private static Finding find(String regex, Usage usage) {
        return ReDoSAnalysis.analyze(regex, 0, usage).finding();
    }

    private static Finding.Complexity complexity(String regex, Usage usage) {
        Finding f = find(regex, usage);
        return f == null ? null : f.complexity();
    }

    @Test
    void nestedQuantifierIsExponential() {
        Finding f = find("(x+)+y", Usage.FIND);
        assertEquals(Finding.Complexity.EXPONENTIAL, f.complexity());
        assertEquals("x", f.pump());
        assertTrue(f.suffixFails());
        assertFalse(java.util.regex.Pattern.compile("(x+)+y").matcher(f.attack(20)).find());
    }

    @ParameterizedTest
    @ValueSource(strings = {"^(a|a)*$", "^(a+)+$", "^(a|aa)+$", "^(a|a?)+$", "(a*)*b", "([a-z]+)*$",
            "(\\w+\\s?)+$", "^(a|a){32}$", "(a{1,40}){1,40}$"})
    void overlappingLoopsAreExponential(String regex) {
        assertEquals(Finding.Complexity.EXPONENTIAL, complexity(regex, Usage.MATCHES), regex);
        assertEquals(Finding.Complexity.EXPONENTIAL, complexity(regex, Usage.FIND), regex);
    }

    @Test
    void multiCharacterPumpIsFound() {
        Finding f = find("^((a|ab)(bc|c))*$", Usage.MATCHES);
        assertEquals(Finding.Complexity.EXPONENTIAL, f.complexity());
        assertTrue(f.pump().length() > 1, f.pump());
        assertFalse(java.util.regex.Pattern.matches("^((a|ab)(bc|c))*$", f.attack(10)));
    }

    @Test
    void trailingWhitespaceIsQuadraticOnlyThroughFindRetries() {
        Finding f = find("\\s+$", Usage.FIND);
        assertEquals(Finding.Complexity.POLYNOMIAL, f.complexity());
        assertEquals(2, f.degree());
        assertTrue(f.cause().contains("retry"), f.cause());
        assertNull(find("\\s+$", Usage.MATCHES));
    }

    @Test
    void cloudflareRuleIsPolynomial() {
        Finding f = find(CLOUDFLARE, Usage.FIND);
        assertEquals(Finding.Complexity.POLYNOMIAL, f.complexity());
        assertTrue(f.degree() >= 3, f.describeComplexity());
        assertTrue(f.suffixFails());
        assertFalse(java.util.regex.Pattern.compile(CLOUDFLARE).matcher(f.attack(50)).find());
    }

    @Test
    void adjacentOverlappingLoopsArePolynomial() {
        assertEquals(2, find("\\s*\\s*x", Usage.MATCHES).degree());
        assertEquals(3, find(".*.*=.*", Usage.MATCHES).degree());
        assertEquals(3, find("v\\w*_\\w*_\\w*$", Usage.MATCHES).degree());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "^\\d{3}-\\d{4}$", "[a-z]+@[a-z]+\\.com", "^[a-z]+$", "(ab)*c", "a|b|c",
            "^(?:[0-9a-f]{2}){16}$", "\\w+\\s\\w+", "(?:a|b)*c", "x*y*z*"})
    void unambiguousPatternsAreSafeWithMatches(String regex) {
        ReDoSAnalysis.Result r = ReDoSAnalysis.analyze(regex, 0, Usage.MATCHES);
        assertNull(r.finding(), regex);
        assertFalse(r.partial());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "^\\d{3}-\\d{4}$", "^[a-z]+@[a-z]+\\.com$", "^(?:[0-9a-f]{2}){16}$", "\\Aa*b"})
    void anchoredOrLoopFreePatternsAreSafeWithFind(String regex) {
        assertNull(find(regex, Usage.FIND), regex);
    }

    @Test
    void unanchoredLoopThatCanFailIsQuadraticWithFind() {
        // java.util.regex's find() retries from every index and each retry re-scans the run of
        // letters: quadratic (see ReDoSAnalysisTest#findRetriesMakeJdkWorkQuadratic).
        Finding f = find("[a-z]+@[a-z]+\\.com", Usage.FIND);
        assertEquals(Finding.Complexity.POLYNOMIAL, f.complexity());
        assertEquals(2, f.degree());
    }

    @Test
    void unsupportedConstructsAreNotAnalysed() {
        assertThrows(UnsupportedPatternException.class, () -> ReDoSAnalysis.analyze("(a+)\\1", 0, Usage.FIND));
    }

    @Test
    void deepPatternsDoNotOverflow() {
        String deep = "(".repeat(100) + "a*" + ")*".repeat(100);
        ReDoSAnalysis.Result r = ReDoSAnalysis.analyze(deep, 0, Usage.MATCHES);
        assertNotNull(r);
    }

    // ---- the attacks make java.util.regex's work blow up (counted reads, not time) ----

    private static final long BUDGET = 50_000_000;

    /**
     * java.util.regex (since 9) memoises greedy {@code *}/{@code +} loops over groups, which
     * keeps {@code ^(a|a)*$} linear with matches(); lazy and counted loops are not memoised, and
     * there the attacks are exponential.
     */
    @ParameterizedTest
    @ValueSource(strings = {"(x+)+?y", "(?:x+){1,99}y", "^(a|a){32}$", "^(a|aa)+?$", "^((a|ab)(bc|c))*?$",
            "^(?:a|a?){2,50}$"})
    void exponentialAttacksDoubleJdkWorkPerPump(String regex) {
        Finding f = find(regex, Usage.MATCHES);
        long small = ReadCountingText.jdkReads(regex, f.attack(10), Usage.MATCHES, BUDGET);
        long large = ReadCountingText.jdkReads(regex, f.attack(14), Usage.MATCHES, BUDGET);
        // Four more pumps: linear work would grow by a few reads; exponential by a factor of 2^4-ish.
        assertTrue(large > 6 * small, regex + ": " + small + " -> " + large + " reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\s+$", "[a-z]+@[a-z]+\\.com", "(x+)+y"})
    void findRetriesMakeJdkWorkQuadratic(String regex) {
        Finding f = find(regex, Usage.FIND);
        long small = ReadCountingText.jdkReads(regex, f.attack(500), Usage.FIND, BUDGET);
        long large = ReadCountingText.jdkReads(regex, f.attack(1000), Usage.FIND, BUDGET);
        assertTrue(large > 3 * small, regex + ": " + small + " -> " + large + " reads");
    }

    @Test
    void cloudflareAttackMakesJdkWorkGrowFasterThanQuadratic() {
        Finding f = find(CLOUDFLARE, Usage.FIND);
        long small = ReadCountingText.jdkReads(CLOUDFLARE, f.attack(40), Usage.FIND, BUDGET);
        long large = ReadCountingText.jdkReads(CLOUDFLARE, f.attack(80), Usage.FIND, BUDGET);
        assertTrue(large > 6 * small, small + " -> " + large + " reads");
    }

    @Test
    void safePatternKeepsJdkWorkLinearWithMatches() {
        String regex = "[a-z]+@[a-z]+\\.com";
        long small = ReadCountingText.jdkReads(regex, "a".repeat(5000), Usage.MATCHES, BUDGET);
        long large = ReadCountingText.jdkReads(regex, "a".repeat(10000), Usage.MATCHES, BUDGET);
        assertTrue(large < 3 * small, small + " -> " + large + " reads");
    }
}
