package dev.linrex.cli;

import dev.linrex.analysis.Usage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code linrex check [options] PATTERN...} or {@code linrex check [options] -f FILE}: for each
 * pattern, whether linrex accepts it, its compiled size, and whether java.util.regex backtracks
 * catastrophically on it (static analysis, then the attack string timed with a cut-off).
 *
 * <p>A pattern file has one pattern per line; blank lines and lines starting with {@code #} are
 * skipped. A line with tabs is read as TSV: the pattern is the last field and the first is its
 * label (the corpus's pattern lists have this shape). Exit status: 0 if no pattern is
 * vulnerable, 1 if some is, 2 on a usage or read error.
 */
final class Check implements Command {
    private static final double DEFAULT_CUTOFF_SECONDS = 1;
    /** How often progress goes to stderr on long runs. */
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "is a pattern accepted by linrex, and is java.util.regex vulnerable to ReDoS on it?";
    }

    private static final String USAGE = "usage: linrex check [--json] [--cutoff SECONDS] [--usage find|matches]"
            + " (PATTERN... | -f FILE)";

    /** One pattern to check, with its label (file line or TSV id) or null. */
    record Item(String label, String pattern) {}

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        double cutoffSeconds = DEFAULT_CUTOFF_SECONDS;
        Usage usage = Usage.FIND;
        String file = null;
        List<Item> items = new ArrayList<>();
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (options && a.startsWith("-") && a.length() > 1) {
                switch (a) {
                    case "--json" -> json = true;
                    case "--" -> options = false;
                    case "--cutoff", "--usage", "-f" -> {
                        if (i + 1 == args.length) {
                            err.println("check: " + a + " needs a value");
                            err.println(USAGE);
                            return 2;
                        }
                        String v = args[++i];
                        if (a.equals("-f")) {
                            file = v;
                        } else if (a.equals("--usage")) {
                            if (!v.equals("find") && !v.equals("matches")) {
                                err.println("check: --usage is find or matches, not " + v);
                                return 2;
                            }
                            usage = v.equals("find") ? Usage.FIND : Usage.MATCHES;
                        } else {
                            try {
                                cutoffSeconds = Double.parseDouble(v);
                            } catch (NumberFormatException e) {
                                cutoffSeconds = -1;
                            }
                            if (!(cutoffSeconds > 0)) {
                                err.println("check: --cutoff needs a positive number of seconds, not " + v);
                                return 2;
                            }
                        }
                    }
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        out.println("  --json      one JSON document (results and summary) instead of text");
                        out.println("  --cutoff S  stop timing java.util.regex on an attack after S seconds (default "
                                + DEFAULT_CUTOFF_SECONDS + ")");
                        out.println("  --usage U   find (default: the pattern is searched for) or matches (whole input)");
                        out.println("  -f FILE     patterns, one a line ('-' for stdin); TSV lines: label first, pattern last");
                        out.println("exit status: 0 none vulnerable, 1 some vulnerable, 2 error");
                        return 0;
                    }
                    default -> {
                        err.println("check: unknown option " + a);
                        err.println(USAGE);
                        return 2;
                    }
                }
            } else {
                items.add(new Item(null, a));
            }
        }
        if (file != null) {
            try {
                items.addAll(readPatterns(file));
            } catch (IOException e) {
                err.println("check: cannot read " + file + ": " + e.getMessage());
                return 2;
            }
        }
        if (items.isEmpty()) {
            err.println("check: no patterns");
            err.println(USAGE);
            return 2;
        }
        long cutoffNanos = (long) (cutoffSeconds * 1e9);
        String cutoffText = seconds(cutoffSeconds);
        Map<PatternCheck.Verdict, Integer> counts = new EnumMap<>(PatternCheck.Verdict.class);
        int accepted = 0;
        if (json) {
            out.printf(Locale.ROOT, "{\"usage\":\"%s\",\"cutoffSeconds\":%s,\"results\":[%n",
                    usage.name().toLowerCase(Locale.ROOT), cutoffSeconds);
        }
        long lastProgress = System.nanoTime();
        boolean progressShown = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            PatternCheck c = PatternCheck.run(item.label(), item.pattern(), usage, cutoffNanos);
            counts.merge(c.verdict(), 1, Integer::sum);
            if (c.verdict() != PatternCheck.Verdict.INVALID && c.rejection() == null) {
                accepted++;
            }
            if (json) {
                out.println(CheckOutput.json(c) + (i + 1 < items.size() ? "," : ""));
            } else {
                if (i > 0) {
                    out.println();
                }
                CheckOutput.text(c, cutoffText, out);
            }
            if (items.size() > 1 && System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                err.printf("check: %d/%d patterns, %d vulnerable so far%n", i + 1, items.size(),
                        counts.getOrDefault(PatternCheck.Verdict.VULNERABLE, 0));
                lastProgress = System.nanoTime();
                progressShown = true;
            }
        }
        if (progressShown) {
            err.printf("check: %d/%d patterns done%n", items.size(), items.size());
        }
        int vulnerable = counts.getOrDefault(PatternCheck.Verdict.VULNERABLE, 0);
        if (json) {
            StringBuilder sb = new StringBuilder("],\"summary\":{\"patterns\":").append(items.size())
                    .append(",\"linrexAccepts\":").append(accepted);
            for (PatternCheck.Verdict v : PatternCheck.Verdict.values()) {
                sb.append(",\"").append(v.word()).append("\":").append(counts.getOrDefault(v, 0));
            }
            out.println(sb.append("}}"));
        } else if (items.size() > 1) {
            out.println();
            StringBuilder sb = new StringBuilder();
            sb.append(items.size()).append(" patterns: ");
            for (PatternCheck.Verdict v : PatternCheck.Verdict.values()) {
                sb.append(counts.getOrDefault(v, 0)).append(' ').append(v.word())
                        .append(v == PatternCheck.Verdict.INVALID ? "" : ", ");
            }
            sb.append("; linrex accepts ").append(accepted);
            out.println(sb);
        }
        return vulnerable > 0 ? 1 : 0;
    }

    static List<Item> readPatterns(String file) throws IOException {
        byte[] bytes;
        if (file.equals("-")) {
            InputStream in = System.in;
            bytes = in.readAllBytes();
        } else {
            bytes = Files.readAllBytes(Path.of(file));
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        List<Item> items = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int firstTab = line.indexOf('\t');
            if (firstTab < 0) {
                items.add(new Item(String.valueOf(n + 1), line));
            } else {
                items.add(new Item(line.substring(0, firstTab), line.substring(line.lastIndexOf('\t') + 1)));
            }
        }
        return items;
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f s", s)
                : s >= 0.1 ? String.format(Locale.ROOT, "%.1f s", s)
                : String.format(Locale.ROOT, "%.0f ms", s * 1000);
    }
}
