package dev.linrex.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared, read-only corpus folder ({@code <shared>/corpus}). The corpus is third-party
 * data: it is read in place at test time and never copied into this repository.
 *
 * <p>Where: the system property {@code linrex.shared} (the build sets it to
 * {@code <repo>/../shared}), else {@code ../shared} or {@code ../../shared} from the working
 * directory (tests run in {@code engine/}).
 */
public final class Corpora {
    private Corpora() {}

    private static Optional<Path> cached;

    /** The {@code shared} folder, if there is one with a {@code corpus} inside. */
    public static synchronized Optional<Path> shared() {
        if (cached == null) {
            List<Path> tries = new ArrayList<>();
            String prop = System.getProperty("linrex.shared");
            if (prop != null && !prop.isBlank()) {
                tries.add(Paths.get(prop));
            }
            tries.add(Paths.get("..", "shared"));
            tries.add(Paths.get("..", "..", "shared"));
            cached = tries.stream()
                    .filter(p -> Files.isDirectory(p.resolve("corpus")))
                    .map(p -> p.toAbsolutePath().normalize())
                    .findFirst();
        }
        return cached;
    }

    /** Skips the calling test, in one line, when the corpus is absent. */
    public static Path requireCorpus() {
        Optional<Path> s = shared();
        Assumptions.assumeTrue(s.isPresent(),
                "../shared not found (set -Dlinrex.shared=...): corpus tests skipped");
        return s.get().resolve("corpus");
    }

    /** A corpus file, e.g. {@code "openjdk/jdk-regex-tests.tsv"}; skips the test if absent. */
    public static Path file(String relative) {
        Path p = requireCorpus().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), relative + " not found in the corpus: skipped");
        return p;
    }

    /**
     * The data rows of a converted .tsv: header and {@code #} lines skipped, each line split on
     * TAB keeping empty fields. Each row carries its 1-based line number as element 0's companion
     * via {@link Row}.
     */
    public static List<Row> rows(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + tsv, e);
        }
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            rows.add(new Row(i + 1, line.split("\t", -1)));
        }
        return rows;
    }

    /** One TSV line: its line number in the file and its fields. */
    public record Row(int line, String[] fields) {
        public String get(int i) {
            return fields[i];
        }

        public String last() {
            return fields[fields.length - 1];
        }

        public int size() {
            return fields.length;
        }
    }
}
