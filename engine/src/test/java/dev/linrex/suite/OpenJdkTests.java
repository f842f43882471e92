package dev.linrex.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code openjdk/jdk-regex-tests.tsv}: java.util.regex's own vectors. Columns
 * {@code file line pattern input expected}, each text field a raw line of the original file, so
 * RegExTest's grabLine unescaping applies ({@code \n} first, then {@code \\uXXXX}).
 */
public final class OpenJdkTests {
    private OpenJdkTests() {}

    public static final String FILE = "openjdk/jdk-regex-tests.tsv";

    /** One row after unescaping. {@code expected} is "true g0 n g1..", "false n" or "error". */
    public record Row(String source, String pattern, int flags, String input, String expected) {}

    public static List<Row> rows(Path tsv) {
        List<Row> out = new ArrayList<>();
        for (Corpora.Row r : Corpora.rows(tsv)) {
            String pattern = Escapes.grabLine(r.get(2));
            int flags = 0;
            // 'pattern'flags form (unused by the current files, kept for completeness)
            if (pattern.startsWith("'")) {
                int close = pattern.lastIndexOf('\'');
                String f = pattern.substring(close + 1);
                pattern = pattern.substring(1, close);
                if (f.contains("i")) {
                    flags |= Pattern.CASE_INSENSITIVE;
                }
                if (f.contains("m")) {
                    flags |= Pattern.MULTILINE;
                }
            }
            out.add(new Row(r.get(0) + ":" + r.get(1), pattern, flags,
                    Escapes.grabLine(r.get(3)), Escapes.grabLine(r.get(4))));
        }
        return out;
    }

    public static List<CorpusCase> cases(Path tsv) {
        CorpusCase.Collector c = new CorpusCase.Collector("openjdk");
        for (Row r : rows(tsv)) {
            c.add(r.source(), r.pattern(), r.flags(), r.expected().equals("error") ? null : r.input());
        }
        return c.cases();
    }
}
