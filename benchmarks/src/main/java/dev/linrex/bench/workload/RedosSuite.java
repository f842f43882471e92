package dev.linrex.bench.workload;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ReDoS seeds: {@code corpus/redos/redos-attacks.tsv} (attack = prefix + pump×pumps +
 * suffix, measured as a find loop) and {@code bench/extra-redos.tsv} (its own model and
 * expected answer). {@link #attack} rebuilds an attack at another size for the scaling benchmark.
 */
public final class RedosSuite {

    public static final String NAME = "redos";

    /** One corpus row: the pattern and the parts of its attack string. */
    public record Attack(String id, String regex, String prefix, String pump, String suffix, int pumps) {

        /** The attack string with {@code n} pumps. */
        public String text(int n) {
            return prefix + pump.repeat(n) + suffix;
        }

        /** The attack string grown to about {@code chars} chars (whole pumps). */
        public String textOfSize(int chars) {
            int n = Math.max(1, (chars - prefix.length() - suffix.length()) / pump.length());
            return text(n);
        }
    }

    private RedosSuite() {
    }

    public static List<Attack> attacks(Path shared) {
        List<Attack> out = new ArrayList<>();
        for (String line : SharedData.read(shared.resolve("corpus/redos/redos-attacks.tsv")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            // id source prefix pump suffix pumps complexity provenance note regex(last)
            out.add(new Attack(f[0], f[f.length - 1], Escapes.unescapeE(f[2]), Escapes.unescapeE(f[3]),
                    Escapes.unescapeE(f[4]), Integer.parseInt(f[5].trim())));
        }
        return out;
    }

    public static List<Workload> load(Path shared) {
        List<Workload> out = new ArrayList<>();
        for (Attack a : attacks(shared)) {
            out.add(new Workload(NAME, a.id(), Set.of(Categories.PATHOLOGICAL), List.of(a.regex()), 0,
                    Operation.COUNT, List.of(a.text(a.pumps())), null, null));
        }
        String[] lines = SharedData.read(shared.resolve("bench/extra-redos.tsv")).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            // id name model regex haystack_options expected observed
            String[] f = lines[i].split("\t", -1);
            Operation op = switch (f[2]) {
                case "matches" -> Operation.MATCHES;
                case "count" -> Operation.COUNT;
                default -> throw new IllegalArgumentException("unknown extra-redos model: " + f[2]);
            };
            String haystack = HaystackOptions.apply(
                    JsonParser.parseString(f[4]).getAsJsonObject().get("contents").getAsString(),
                    JsonParser.parseString(f[4]).getAsJsonObject());
            long expected = Long.parseLong(f[5].trim());
            Object exp = op == Operation.MATCHES ? (Object) (expected != 0) : (Object) expected;
            out.add(new Workload(NAME, f[0] + "-" + f[1].replace("synthetic/", ""), Set.of(Categories.PATHOLOGICAL),
                    List.of(Escapes.jsonString(f[3])), 0, op, List.of(haystack), null, exp));
        }
        return out;
    }
}
