package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.suite.Corpora;
import dev.linrex.suite.PatternLists;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser notes java.util.regex's {@code hasSupplementary} as it reads
 * ({@link Ast.Root#hasSupplementary}); it must equal what {@link Supplementary#of} computes from
 * the pattern text and the finished tree.
 */
class SupplementaryTest {
    private static final int[] FLAGS = {0, Flags.CASE_INSENSITIVE, Flags.CASE_INSENSITIVE | Flags.UNICODE_CASE,
        Flags.UNICODE_CHARACTER_CLASS, Flags.COMMENTS, Flags.LITERAL};

    /** Parses under every flag set the pattern is valid and supported under; returns how many. */
    private static int checkAllFlags(String pattern) {
        int checked = 0;
        for (int flags : FLAGS) {
            Ast.Root root;
            try {
                root = Parser.parse(pattern, flags);
            } catch (PatternSyntaxException e) {
                continue; // rejected or malformed under these flags: no tree to compare
            }
            assertEquals(Supplementary.of(pattern, root.node()), root.hasSupplementary(),
                    () -> pattern + " flags " + flags);
            checked++;
        }
        return checked;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "a", "abc", "\\W", "a\\W", "ab\\pL", "\\pLb", "[^a]", "x[^a]y", "(?=[^a])", "(?<![^a])b", "(?![^a])?",
        "[^a]{0}", "(?:\\S){0}x", "\\x{1F600}", "a\\x{1F600}b", "\uD83D\uDE00", "\uD83D", "x\uDE00", "[\uD83D\uDE00]",
        "# \uD83D\uDE00\na", "\\Q\uD83D\uDE00\\E", "\\Qab\\E\\D", "é", "(?i)é", "(?iu)k", "(?iu)kx", "(?iu)ß",
        "[k]", "(?iu)[k]", "\\d", "\\D", "\\s+", "\\R", "\\X", ".", "(?s).", "\\p{L}{3}", "a|[^b]", "(a)(?:b|\\H)",
        "\\v", "\\V", "\\h", "[\\w&&[^\\d]]", "\\p{javaLowerCase}", "\\N{LATIN SMALL LETTER A}",
    })
    void parserAgreesWithTheTree(String pattern) {
        checkAllFlags(pattern);
    }

    @Test
    void parserAgreesWithTheTreeOnRealWorldPatterns() {
        int checked = 0;
        for (Corpora.Row r : Corpora.rows(Corpora.file(PatternLists.WANG18))) {
            checked += checkAllFlags(r.last());
        }
        assertTrue(checked > 10_000, "patterns checked: " + checked);
    }
}
