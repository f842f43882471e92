package dev.linrex.bench.workload;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The 46 rows of {@code bench/rebar-curated.tsv}, with patterns and haystacks built exactly as
 * bench/README.md describes (which is rebar's src/format/benchmarks.rs).
 */
public final class RebarSuite {

    public static final String NAME = "rebar";

    private RebarSuite() {
    }

    public static List<Workload> load(Path shared) {
        Path bench = shared.resolve("bench");
        String[] lines = SharedData.read(bench.resolve("rebar-curated.tsv")).split("\n");
        String[] header = lines[0].split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i], i);
        }
        Map<String, String> haystackCache = new HashMap<>();
        List<Workload> out = new ArrayList<>();
        for (int li = 1; li < lines.length; li++) {
            if (lines[li].isBlank()) {
                continue;
            }
            String[] f = lines[li].split("\t", -1);
            out.add(row(bench, f, col, haystackCache));
        }
        return out;
    }

    private static Workload row(Path bench, String[] f, Map<String, Integer> col, Map<String, String> cache) {
        String name = f[col.get("name")];
        Operation op = model(f[col.get("model")]);
        int flags = 0;
        if (Boolean.parseBoolean(f[col.get("case_insensitive")])) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if (Boolean.parseBoolean(f[col.get("unicode")])) {
            flags |= Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        }
        List<String> regexes = op == Operation.REGEX_REDUX
                ? RegexRedux.PATTERNS
                : List.of(regex(bench, f[col.get("regex_source")], f[col.get("regex")],
                        JsonParser.parseString(f[col.get("regex_options")]).getAsJsonObject()));
        String haystack = haystack(bench, f[col.get("haystack_source")], f[col.get("haystack")],
                JsonParser.parseString(f[col.get("haystack_options")]).getAsJsonObject(), cache);
        Object expected = expected(f, col, op);
        String id = String.format("%02d-%s", Integer.parseInt(f[col.get("id")]), name);
        return new Workload(NAME, id, Categories.fromRebarTags(f[col.get("category")], op), regexes, flags, op,
                List.of(haystack), null, expected);
    }

    /**
     * The count java.util.regex gives on the running JDK: the README's JDK 17 column before
     * JDK 19 (\b changed there, JDK-8264160), else its JDK 25 column.
     */
    private static Object expected(String[] f, Map<String, Integer> col, Operation op) {
        String column = Runtime.version().feature() < 19 ? "jdk17_count" : "jdk25_count";
        String cell = f[col.get(column)];
        if (cell.isBlank()) {
            cell = f[col.get("expected_java")];
        }
        if (cell.isBlank()) {
            return null;
        }
        long n = Long.parseLong(cell.trim());
        if (op == Operation.REGEX_REDUX) {
            long variants = 0;
            for (long c : RegexRedux.EXPECTED_VARIANT_COUNTS) {
                variants += c;
            }
            return n * 1_000_000L + variants;
        }
        return n;
    }

    static Operation model(String model) {
        return switch (model) {
            case "count" -> Operation.COUNT;
            case "count-spans" -> Operation.COUNT_SPANS;
            case "count-captures" -> Operation.COUNT_CAPTURES;
            case "grep" -> Operation.GREP;
            case "grep-captures" -> Operation.GREP_CAPTURES;
            case "regex-redux" -> Operation.REGEX_REDUX;
            default -> throw new IllegalArgumentException("unknown rebar model: " + model);
        };
    }

    static String regex(Path bench, String source, String cell, JsonObject options) {
        if (source.equals("inline")) {
            return Escapes.jsonString(cell);
        }
        if (!source.startsWith("file:")) {
            throw new IllegalArgumentException("unknown regex source: " + source);
        }
        String text = SharedData.read(bench.resolve(source.substring(5)));
        if (!options.has("per-line")) {
            return text.strip();
        }
        if (!options.get("per-line").getAsString().equals("alternate")) {
            throw new IllegalArgumentException("unknown per-line mode: " + options.get("per-line"));
        }
        boolean literal = options.has("literal") && options.get("literal").getAsBoolean();
        String prepend = options.has("prepend") ? options.get("prepend").getAsString() : "";
        String append = options.has("append") ? options.get("append").getAsString() : "";
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--; // the file's final newline ends the last line, it does not start another
        }
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (literal) {
                line = Escapes.literal(line);
            }
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(prepend).append(line).append(append).append(')');
        }
        return sb.toString();
    }

    static String haystack(Path bench, String source, String cell, JsonObject options, Map<String, String> cache) {
        String text;
        if (source.equals("inline")) {
            text = Escapes.jsonString(cell);
        } else if (source.equals("generated")) {
            text = options.get("contents").getAsString();
        } else if (source.startsWith("file:")) {
            text = cache.computeIfAbsent(source, s -> new String(
                    SharedData.readBytes(bench.resolve(s.substring(5))), StandardCharsets.UTF_8));
        } else {
            throw new IllegalArgumentException("unknown haystack source: " + source);
        }
        return HaystackOptions.apply(text, options);
    }
}
