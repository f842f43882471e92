package dev.linrex.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pattern of a suite with the inputs the suite gives for it. The suites' own expectations are
 * not used for comparison (java.util.regex is the oracle); {@code source} says where it came from.
 */
public record CorpusCase(String suite, String source, String pattern, int flags, List<String> inputs) {

    /** Gathers rows into one case per (pattern, flags), keeping first-seen order and distinct inputs. */
    static final class Collector {
        private final String suite;
        private final Map<String, CorpusCase> byKey = new LinkedHashMap<>();
        private int skipped;

        Collector(String suite) {
            this.suite = suite;
        }

        void add(String source, String pattern, int flags, String input) {
            CorpusCase c = byKey.computeIfAbsent(flags + "\u0000" + pattern,
                    k -> new CorpusCase(suite, source, pattern, flags, new ArrayList<>()));
            if (input != null && !c.inputs().contains(input)) {
                c.inputs().add(input);
            }
        }

        /** A row that could not be used (invalid UTF-8, bad escape); counted for the report. */
        void skip() {
            skipped++;
        }

        int skipped() {
            return skipped;
        }

        List<CorpusCase> cases() {
            return new ArrayList<>(byKey.values());
        }
    }
}
