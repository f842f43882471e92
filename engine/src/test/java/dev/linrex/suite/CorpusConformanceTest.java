package dev.linrex.suite;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus suite through the {@link Differential} engine: one dynamic test per suite, failing
 * on any disagreement for a pattern both engines accept, on any pattern the JDK rejects but linrex
 * accepts, and on any crash. Writes {@code target/conformance/CONFORMANCE.md} and, on a full
 * run against linrex, {@code engine/CONFORMANCE.md}.
 *
 * <p>Knobs (system properties): {@code linrex.corpus.maxPatterns} (per suite, default all),
 * {@code linrex.corpus.budgetSeconds} (per suite, default 60; patterns left over are reported as
 * not run), {@code linrex.corpus.suites} (comma list of suite names to run).
 */
class CorpusConformanceTest {
    /** Inputs a suite gives per pattern that are kept (the first ones). */
    static final int SUITE_INPUTS = 8;
    /** Suite inputs are cut to this length (JDK oracle cost, report size). */
    static final int SUITE_INPUT_LENGTH = 2_000;
    static final InputGenerator GENERATOR = new InputGenerator(256, 4);

    private static final Map<String, SuiteStats> RESULTS = new LinkedHashMap<>();
    private static String comparison = "";
    private static int abandoned;

    private record Suite(String name, String file, Function<Path, List<CorpusCase>> reader) {}

    private static List<Suite> suites() {
        return List.of(
                new Suite("openjdk", OpenJdkTests.FILE, OpenJdkTests::cases),
                new Suite("re2-search", Re2Search.FILE, Re2Search::cases),
                new Suite("rust-regex", RustTests.FILE, RustTests::cases),
                new Suite("realworld-maven", PatternLists.MAVEN, p -> PatternLists.cases(p, "realworld-maven")),
                new Suite("realworld-wang18", PatternLists.WANG18, p -> PatternLists.cases(p, "realworld-wang18")),
                new Suite("crs", PatternLists.CRS, p -> PatternLists.cases(p, "crs")),
                new Suite("redos", RedosAttacks.FILE, p -> RedosAttacks.cases(p, 0, 1, 2, 4, 8, 16)));
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        Path corpus = Corpora.requireCorpus();
        String only = System.getProperty("linrex.corpus.suites", "");
        List<String> wanted = only.isBlank() ? List.of() : List.of(only.split(","));
        return suites().stream()
                .filter(s -> wanted.isEmpty() || wanted.contains(s.name()))
                .map(s -> DynamicTest.dynamicTest(s.name(), () -> runSuite(corpus, s)));
    }

    private static void runSuite(Path corpus, Suite suite) {
        Path file = corpus.resolve(suite.file());
        if (!file.toFile().isFile()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, suite.file() + " not in the corpus: skipped");
        }
        Differential.Options opt = new Differential.Options();
        opt.jdkMillis = 2_000;
        opt.candidateMillis = 10_000;
        opt.maxMatches = 300;
        // hitEnd/requireEnd are compared on our own table, not here: on other people's patterns
        // the JDK's answers reflect its internal shortcuts (minimum-length guard, Boyer-Moore),
        // which linrex deliberately does not imitate (README, deliberate differences).
        opt.hitEnd = Boolean.getBoolean("linrex.diff.hitEnd.corpus");
        Differential diff = new Differential(opt);
        comparison = Engines.description();

        SuiteStats stats = new SuiteStats(suite.name(), suite.file());
        List<CorpusCase> cases = suite.reader().apply(file);
        int maxPatterns = Integer.getInteger("linrex.corpus.maxPatterns", Integer.MAX_VALUE);
        long budget = Long.getLong("linrex.corpus.budgetSeconds", 60) * 1000;
        long t0 = System.currentTimeMillis();
        List<Differential.PatternResult> failing = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (i >= maxPatterns) {
                stats.notRunCap = cases.size() - i;
                break;
            }
            if (System.currentTimeMillis() - t0 > budget) {
                stats.notRunBudget = cases.size() - i;
                break;
            }
            CorpusCase c = cases.get(i);
            Differential.PatternResult r = diff.check(c.pattern(), c.flags(), inputsFor(c));
            stats.add(r);
            if (r.failed() && failing.size() < 10) {
                failing.add(r);
            }
        }
        stats.elapsedMillis = System.currentTimeMillis() - t0;
        synchronized (RESULTS) {
            RESULTS.put(suite.name(), stats);
            abandoned += diff.abandonedThreads();
        }
        System.out.printf("[linrex suite] %-17s %6d patterns, %6d accepted by both, %4d failing, %7d inputs compared, %5.1f s%n",
                suite.name(), stats.patterns, stats.candidateAccepted, stats.failingPatterns, stats.inputsCompared,
                stats.elapsedMillis / 1000.0);
        if (stats.failingPatterns > 0) {
            StringBuilder m = new StringBuilder();
            m.append(suite.name()).append(": ").append(stats.failingPatterns).append(" of ").append(stats.patterns)
                    .append(" patterns fail (").append(comparison).append("); first ").append(failing.size()).append(":\n");
            for (Differential.PatternResult r : failing) {
                m.append(r.outcome == Differential.Outcome.COMPARED ? "DISAGREES" : r.outcome.name()).append(": ")
                        .append(r.disagreements.get(0).describe(diff.candidate().name()));
            }
            m.append("(full list: target/conformance/CONFORMANCE.md)");
            fail(m.toString());
        }
    }

    /** The suite's inputs (first few, cut to length) and inputs generated from the pattern. */
    static List<String> inputsFor(CorpusCase c) {
        List<String> in = new ArrayList<>();
        for (String s : c.inputs()) {
            if (in.size() >= SUITE_INPUTS) {
                break;
            }
            in.add(s.length() <= SUITE_INPUT_LENGTH ? s : s.substring(0, SUITE_INPUT_LENGTH));
        }
        for (String s : GENERATOR.generate(c.pattern(), c.flags())) {
            if (!in.contains(s)) {
                in.add(s);
            }
        }
        return in;
    }

    @AfterAll
    static void writeReport() throws Exception {
        synchronized (RESULTS) {
            if (RESULTS.isEmpty()) {
                return;
            }
            String notes = abandoned == 0 ? "" : "Note: " + abandoned + " worker threads were abandoned after a timeout.";
            Path dir = Paths.get(System.getProperty("basedir", ".")).resolve("target").resolve("conformance");
            Path out = ConformanceReport.write(dir, comparison, RESULTS.values(), notes);
            System.out.println("[linrex suite] report: " + out.toAbsolutePath());
            // A full, unfiltered run against linrex also refreshes the committed engine/CONFORMANCE.md.
            boolean fullRun = System.getProperty("linrex.corpus.suites") == null
                    && System.getProperty("linrex.corpus.maxPatterns") == null
                    && System.getProperty("linrex.corpus.budgetSeconds") == null
                    && !"false".equals(System.getProperty("linrex.conformance.copy"))
                    && comparison.startsWith("linrex");
            if (fullRun) {
                Path committed = ConformanceReport.write(Paths.get(System.getProperty("basedir", ".")), comparison,
                        RESULTS.values(), notes);
                System.out.println("[linrex suite] report: " + committed.toAbsolutePath());
            }
        }
    }
}
