package dev.linrex.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** The readers and escapings, checked against the counts the corpus README states. */
class CorpusReadersTest {

    @Test
    void escapingE() {
        assertEquals("a\\b\tc\nd\re\u0001", Escapes.unescapeE("a\\\\b\\tc\\nd\\re\\u0001"));
        assertEquals("\ud800x", Escapes.unescapeE("\\ud800x"));
        assertEquals("[\\d]", Escapes.unescapeE("[\\\\d]"));
        assertThrows(Escapes.NotText.class, () -> Escapes.unescapeE("\\xff"));
    }

    @Test
    void grabLineUnescapesNewlineFirstThenU() {
        // [a-\\u4444] in the file: \n pass does nothing, \\u pass takes the second backslash
        assertEquals("[a-\\\u4444]", Escapes.grabLine("[a-\\\\u4444]"));
        assertEquals("\ud800\udc61", Escapes.grabLine("\\ud800\\udc61"));
        assertEquals("a\nb", Escapes.grabLine("a\\nb"));
    }

    @Test
    void openJdkRowsAndTheirExpectationsOnThisJdk() {
        List<OpenJdkTests.Row> rows = OpenJdkTests.rows(Corpora.file(OpenJdkTests.FILE));
        assertEquals(866, rows.size());
        assertEquals(15, rows.stream().filter(r -> r.expected().equals("error")).count());
        // The file is java.util.regex's own test data: reproducing it proves the unescaping.
        List<String> mismatches = new ArrayList<>();
        for (OpenJdkTests.Row r : rows) {
            String got = regExTestResult(r.pattern(), r.flags(), r.input());
            if (!got.equals(r.expected()) && !NEWER_THAN_THIS_JDK.contains(r.source())) {
                mismatches.add(r.source() + " " + Fmt.quote(r.pattern()) + " on " + Fmt.quote(r.input())
                        + ": file " + Fmt.quote(r.expected()) + ", jdk " + Fmt.quote(got));
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /**
     * TestCases.txt is a newer upstream copy than JDK 17: these rows expect (?ui) to fold \u00df
     * and \u1e9e together, which JDK 17 does not do (jdk-semantics.md: "(?iu)ß on ẞ" finds nothing).
     * The differential tests are unaffected: they use the running JDK as the oracle.
     */
    private static final java.util.Set<String> NEWER_THAN_THIS_JDK =
            java.util.Set.of("TestCases.txt:1278", "TestCases.txt:1282", "TestCases.txt:1298");

    /** What RegExTest.processFile compares: one find(), printed its way. */
    private static String regExTestResult(String pattern, int flags, String input) {
        Pattern p;
        try {
            p = Pattern.compile(pattern, flags);
        } catch (PatternSyntaxException e) {
            return "error";
        }
        Matcher m = p.matcher(input);
        StringBuilder b = new StringBuilder();
        if (m.find()) {
            b.append("true ").append(m.group(0)).append(' ').append(m.groupCount());
            for (int i = 1; i <= m.groupCount(); i++) {
                if (m.group(i) != null) {
                    b.append(' ').append(m.group(i));
                }
            }
        } else {
            b.append("false ").append(m.groupCount());
        }
        return b.toString();
    }

    @Test
    void re2UsesAsciiRowsOnly() {
        List<CorpusCase> cases = Re2Search.cases(Corpora.file(Re2Search.FILE));
        int inputs = cases.stream().mapToInt(c -> c.inputs().size()).sum();
        assertTrue(cases.size() > 500 && cases.size() <= 944, "regexps: " + cases.size());
        assertTrue(inputs >= 1_000 && inputs <= 1_888 - 108, "inputs: " + inputs);
        assertTrue(cases.stream().flatMap(c -> c.inputs().stream()).allMatch(s -> s.chars().allMatch(ch -> ch < 128)));
    }

    @Test
    void rustRowsSkipInvalidUtf8AndEmptySets() {
        List<CorpusCase> cases = RustTests.cases(Corpora.file(RustTests.FILE));
        assertTrue(cases.size() > 500, "patterns: " + cases.size());
        assertTrue(cases.stream().anyMatch(c -> (c.flags() & Pattern.CASE_INSENSITIVE) != 0));
    }

    @Test
    void patternListsAndRedos() {
        assertTrue(PatternLists.cases(Corpora.file(PatternLists.MAVEN), "m").size() > 15_000);
        assertTrue(PatternLists.cases(Corpora.file(PatternLists.WANG18), "w").size() > 10_000);
        assertEquals(295, PatternLists.cases(Corpora.file(PatternLists.CRS), "crs").size());
        List<CorpusCase> redos = RedosAttacks.cases(Corpora.file(RedosAttacks.FILE), 0, 3);
        assertTrue(redos.size() >= 30);
        CorpusCase simplified = redos.stream().filter(c -> c.pattern().equals("\\s+$")).findFirst().orElseThrow();
        assertEquals(List.of("x", "   x"), simplified.inputs());
    }

    @Test
    void skeletonKeepsLiteralsAndSamplesClasses() {
        assertEquals("ab7 x", InputGenerator.skeleton("(?:a|b)\\d{2,3}\\s+\\x41"));
        assertEquals("foo.bar", InputGenerator.skeleton("^(?<n>foo)\\.bar$"));
        assertEquals("a-z", InputGenerator.skeleton("[^a-z]*"));
        assertEquals("q*q", InputGenerator.skeleton("\\Qq*q\\E"));
    }
}
