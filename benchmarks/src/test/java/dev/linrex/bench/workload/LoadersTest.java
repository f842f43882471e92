package dev.linrex.bench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadersTest {

    @Test
    void rebarHasAll46RowsEachWithPatternHaystackAndExpectedCount() {
        List<Workload> rows = RebarSuite.load(SharedDataAssumption.shared());
        assertEquals(46, rows.size());
        Set<String> ids = new HashSet<>();
        for (Workload w : rows) {
            assertTrue(ids.add(w.id()), w.id());
            assertFalse(w.regexes().isEmpty(), w.id());
            w.regexes().forEach(r -> assertFalse(r.isEmpty(), w.id()));
            assertFalse(w.inputs().get(0).isEmpty(), w.id());
            assertNotNull(w.expected(), w.id() + " has no expected count");
        }
    }

    @Test
    void rebarInputsAreBuiltAsTheReadmeSays() {
        List<Workload> rows = RebarSuite.load(SharedDataAssumption.shared());
        Workload dictionary = byId(rows, "13-curated/12-dictionary/single");
        assertTrue(dictionary.regexes().get(0).startsWith("(?:"), "per-line alternation wraps each line");
        assertEquals(2663, dictionary.regexes().get(0).split("\\|\\(\\?:").length, "one alternative per word");
        Workload keywords = byId(rows, "14-reported/i787-keywords/ascii");
        assertTrue(keywords.regexes().get(0).startsWith("(?:\\b("), keywords.regexes().get(0));
        // rsc rows: trimmed 1 MB file plus the appended tail
        Workload easy = byId(rows, "33-imported/rsc/easy1-1mb");
        assertTrue(easy.inputs().get(0).endsWith("AABCCCDEEEFGGHHHIJJ"));
        // line-end 2500 keeps exactly 2500 lines
        Workload words = byId(rows, "16-curated/08-words/all-english");
        assertEquals(2500, words.inputs().get(0).split("\n", -1).length - 1);
        Workload generated = byId(rows, "43-curated/14-quadratic/10x");
        assertEquals("A".repeat(1000), generated.inputs().get(0));
    }

    @Test
    void lookaroundSuiteHasRealAndHardLookaroundPatternsAllAcceptedByLinrexAndRejectedByRe2j() {
        List<Workload> all = LookaroundSuite.load(SharedDataAssumption.shared());
        assertTrue(all.size() >= 15, "workloads: " + all.size());
        Set<String> ids = new HashSet<>();
        for (Workload w : all) {
            assertTrue(ids.add(w.id()), w.id());
            assertTrue(w.categories().contains(Categories.LOOKAROUND), w.id());
            assertFalse(w.inputs().get(0).isEmpty(), w.id());
            dev.linrex.Pattern.compile(w.regexes().get(0), w.flags()); // linrex accepts every one
            assertThrows(com.google.re2j.PatternSyntaxException.class, () -> com.google.re2j.Pattern.compile(w.regexes().get(0)),
                    w.id());
        }
        assertTrue(byId(all, "crs-920120").regexes().get(0).startsWith("(?<!&"), "CRS rule read from the corpus");
        assertEquals(0L, byId(all, "hard-nested-plus-in-lookahead-10k").expected());
    }

    @Test
    void safereSuiteHasTheRequiredFamiliesExpandedOverTheirAxes() {
        List<Workload> all = SafereSuite.load(SharedDataAssumption.shared());
        long realWorld = all.stream().filter(w -> w.id().startsWith("RealWorldRegexBenchmark.")).count();
        assertEquals(30 * 6, realWorld, "30 workloads x match/noMatch x 3 sizes");
        assertEquals(6, all.stream().filter(w -> w.id().startsWith("RegexBenchmark.")).count());
        assertEquals(8, all.stream().filter(w -> w.id().startsWith("ApplicationBenchmark.")).count());
        assertEquals(7, all.stream().filter(w -> w.id().startsWith("PathologicalBenchmark.")).count());
        for (Workload w : all) {
            assertFalse(w.id().contains("{"), "unexpanded axis in " + w.id());
            assertFalse(w.inputs().isEmpty(), w.id());
        }
        Workload sized = all.stream()
                .filter(w -> w.id().equals("RealWorldRegexBenchmark.runBenchmark.mapFieldPath.match.10000"))
                .findFirst().orElseThrow();
        assertEquals(10000, sized.inputs().get(0).length());
    }

    @Test
    void redosSeedsAreAllLoaded() {
        List<Workload> all = RedosSuite.load(SharedDataAssumption.shared());
        assertEquals(32 + 10, all.size());
        Workload stack = all.stream().filter(w -> w.id().equals("stackexchange-2016")).findFirst().orElseThrow();
        assertEquals(" ".repeat(20000) + "x", stack.inputs().get(0));
    }

    private static Workload byId(List<Workload> rows, String suffix) {
        return rows.stream().filter(w -> w.id().endsWith(suffix)).findFirst().orElseThrow(() -> new AssertionError(suffix));
    }
}
