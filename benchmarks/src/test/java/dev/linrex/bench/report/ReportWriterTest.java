package dev.linrex.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.bench.workload.SharedDataAssumption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final String CHECK = """
            {"limitMillis": 2000, "jdk": "Test 25", "engines": ["linrex", "jdk"], "workloads": [
              {"key": "rebar/a", "suite": "rebar", "id": "a", "categories": ["literal"], "operation": "COUNT",
               "inputChars": 1000, "verdict": "PASS", "message": "",
               "outcomes": {"linrex": {"kind": "VALUE", "value": "3", "millis": 1, "agreesWithJdk": true},
                            "jdk": {"kind": "VALUE", "value": "3", "millis": 1, "agreesWithJdk": true}}},
              {"key": "redos/b", "suite": "redos", "id": "b", "categories": ["pathological"], "operation": "COUNT",
               "inputChars": 30, "verdict": "FAIL", "message": "linrex 1 != expected 0",
               "outcomes": {"linrex": {"kind": "VALUE", "value": "1", "millis": 1, "agreesWithJdk": false},
                            "jdk": {"kind": "LIMIT", "detail": "> 2000 ms", "millis": 2000, "agreesWithJdk": false}}}
            ]}""";

    private static final String LINREX = """
            {"engine": "linrex", "workloads": {"rebar/a": {"medianNanos": 1000.0}, "redos/b": {"medianNanos": 50.0}},
             "scaling": {}}""";

    private static final String JDK = """
            {"engine": "jdk", "workloads": {"rebar/a": {"medianNanos": 2000.0}},
             "scaling": {}}""";

    private static final String COMPILE = """
            {"patterns": 2, "rounds": 5, "batchMicros": 50, "warmupMillis": 4000, "warmupPasses": 10, "engines": {
              "linrex": {"p50Nanos": 400.0, "p90Nanos": 900.0, "meanNanos": 500.0, "medianRelativeIqr": 0.05,
                         "perPatternRatioToJdk": 3.5, "perPatternNanos": [300.0, 500.0]},
              "jdk": {"p50Nanos": 100.0, "p90Nanos": 300.0, "meanNanos": 200.0, "medianRelativeIqr": 0.02,
                      "perPatternRatioToJdk": 1.0, "perPatternNanos": [100.0, 100.0]}}}""";

    @Test
    void ratiosLimitsAndFailuresAppearInTheReport(@TempDir Path dir) throws Exception {
        String md = report(dir, "measure-linrex.json", LINREX, "measure-jdk.json", JDK, "compile.json", COMPILE);
        assertTrue(md.contains("CHECK FAILURES"), md);
        assertTrue(md.contains("redos/b: linrex 1 != expected 0"), md);
        assertTrue(md.contains("| a | 1000 | 1000.0 | 1.00 µs | 2.00 µs | n/a | n/a | 2.00× |"), md);
        assertTrue(md.contains("> limit (2.0 s)"), md);
        assertTrue(md.contains("| linrex | 2 | 400 ns | 900 ns | 500 ns | 4.00× | 3.50× | 5.0% |"), md);
    }

    @Test
    void cellsAreMediansOverTheJvmsAndTheirSpreadIsReported(@TempDir Path dir) throws Exception {
        String md = report(dir, "measure-linrex.json", LINREX, "measure-linrex.2.json", """
                {"engine": "linrex", "workloads": {"rebar/a": {"medianNanos": 3000.0}, "redos/b": {"medianNanos": 50.0}}}""",
                "measure-linrex.3.json", """
                {"engine": "linrex", "workloads": {"rebar/a": {"medianNanos": 1200.0}, "redos/b": {"medianNanos": 60.0}}}""",
                "measure-jdk.json", JDK);
        assertTrue(md.contains("| a | 1000 | 833.3 | 1.20 µs | 2.00 µs | n/a | n/a | 1.67× |"), md);
        assertTrue(md.contains("fresh JVMs per engine: 3 (JDK: 1)"), md);
        assertTrue(md.contains("| linrex | 3 | 2 | 2.10× | 1 | rebar/a (3.00×) |"), md);
    }

    /** Writes check.json and the given (file name, content) pairs to {@code dir}, runs the report, returns it. */
    private static String report(Path dir, String... files) throws Exception {
        SharedDataAssumption.shared();
        Files.writeString(dir.resolve("check.json"), CHECK);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        Path out = dir.resolve("RESULTS.md");
        ReportWriter.main(dir, out, "report.sh");
        return Files.readString(out);
    }

    private static final String WAF = """
            {"loadReports": ["#### crs-rx.tsv\n\n318 `@rx` rules, 318 loaded, 0 rejected.\n\n"], "rules": 266, "attackEvery": 40,
             "cells": [{"engine": "set", "size": 1000, "medianMillis": 0.5},
                       {"engine": "set", "size": 1000000, "medianMillis": 40.0},
                       {"engine": "jdkLoop", "size": 1000, "medianMillis": 20.0},
                       {"engine": "jdkLoop", "size": 10000, "error": "CHECK FAILED: x"}]}""";

    @Test
    void theWafSectionShowsThroughputRatiosAndTheLoadReport(@TempDir Path dir) throws Exception {
        String md = report(dir, "measure-linrex.json", LINREX, "waf.json", WAF);
        assertTrue(md.contains("## WAF: the OWASP Core Rule Set in a RegexSet"), md);
        assertTrue(md.contains("| 1,000 | 0.500 | 2.0 | 500 | 20.0 | 40× |"), md);
        assertTrue(md.contains("| 1,000,000 | 40.0 | 25.0 | 40 | not run | – |"), md);
        assertTrue(md.contains("size 10000 failed**: jdkLoop: CHECK FAILED: x"), md);
        assertTrue(md.contains("#### Corpus file crs-rx.tsv"), md);
    }
}
