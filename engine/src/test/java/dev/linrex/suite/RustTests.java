package dev.linrex.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code rust-regex/rust-regex-tests.tsv}: one row per rust-lang/regex {@code [[test]]}. Columns
 * {@code group name haystack(E) matches bounds match_limit compiles anchored case_insensitive
 * unicode utf8 line_terminator(E) match_kind search_kind haystack_valid_utf8 nregex regex(E)...}.
 * Rows whose haystack is not valid UTF-8 are skipped. Every pattern of a row (pattern sets give
 * several) is a separate case; {@code case_insensitive=1} becomes CASE_INSENSITIVE, plus
 * UNICODE_CASE when {@code unicode=1}. Rust syntax differs from Java's: java.util.regex is the
 * oracle, the file's matches are not used.
 */
public final class RustTests {
    private RustTests() {}

    public static final String FILE = "rust-regex/rust-regex-tests.tsv";

    public static List<CorpusCase> cases(Path tsv) {
        CorpusCase.Collector c = new CorpusCase.Collector("rust-regex");
        for (Corpora.Row r : Corpora.rows(tsv)) {
            int n = Integer.parseInt(r.get(15));
            if (!r.get(14).equals("1") || n == 0) {
                c.skip();
                continue;
            }
            int flags = 0;
            if (r.get(8).equals("1")) {
                flags |= Pattern.CASE_INSENSITIVE;
                if (r.get(9).equals("1")) {
                    flags |= Pattern.UNICODE_CASE;
                }
            }
            try {
                String haystack = Escapes.unescapeE(r.get(2));
                for (int i = r.size() - n; i < r.size(); i++) {
                    c.add("rust " + r.get(0) + "/" + r.get(1), Escapes.unescapeE(r.get(i)), flags, haystack);
                }
            } catch (Escapes.NotText e) {
                c.skip();
            }
        }
        return c.cases();
    }
}
