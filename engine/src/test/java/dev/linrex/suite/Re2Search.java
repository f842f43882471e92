package dev.linrex.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code re2/re2-search.tsv}: RE2's search vectors. Columns {@code test regexp(E) text(E) full
 * partial full_longest partial_longest ascii valid_utf8}. Only {@code ascii=1} rows are used (byte
 * offsets equal char indices there). RE2 syntax differs from Java's in places, so the file's
 * expectations are not used: its patterns and strings are inputs, java.util.regex is the oracle.
 */
public final class Re2Search {
    private Re2Search() {}

    public static final String FILE = "re2/re2-search.tsv";

    public static List<CorpusCase> cases(Path tsv) {
        CorpusCase.Collector c = new CorpusCase.Collector("re2-search");
        for (Corpora.Row r : Corpora.rows(tsv)) {
            if (!r.get(7).equals("1")) {
                c.skip();
                continue;
            }
            try {
                c.add("re2-search.tsv:" + r.line(), Escapes.unescapeE(r.get(1)), 0, Escapes.unescapeE(r.get(2)));
            } catch (Escapes.NotText e) {
                c.skip();
            }
        }
        return c.cases();
    }
}
