package dev.linrex.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * The pattern-only lists in escaping "R", regex in the last column: {@code realworld/*.tsv} and
 * {@code crs/crs-rx.tsv}. "R" needs no undoing: the only replacements it makes ({@code \r \n \t
 * \xHH \\uXXXX}) are Java regex escapes for the same chars, so the text is used as the pattern.
 * These suites have no inputs; the conformance test generates them.
 */
public final class PatternLists {
    private PatternLists() {}

    public static final String MAVEN = "realworld/multimethod-maven.tsv";
    public static final String WANG18 = "realworld/wang18-java.tsv";
    public static final String CRS = "crs/crs-rx.tsv";

    public static List<CorpusCase> cases(Path tsv, String suite) {
        CorpusCase.Collector c = new CorpusCase.Collector(suite);
        String file = tsv.getFileName().toString();
        for (Corpora.Row r : Corpora.rows(tsv)) {
            c.add(file + ":" + r.line(), r.last(), 0, null);
        }
        return c.cases();
    }
}
