package dev.linrex.bench.workload;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SafeRE's declarative suite ({@code bench/safere-benchmark-data.json}): the workload families
 * below, expanded over their axes, with inputs generated from the recipes ({@link Recipes}).
 * Families whose operations measure something other than matching (compile, memory, UTF-8
 * byte APIs, diagnostics, pattern sets) are left out; compile time and memory have their own
 * benchmarks here.
 */
public final class SafereSuite {

    public static final String NAME = "safere";

    /** The families compared (a family is the workload id up to its first dot). */
    public static final List<String> FAMILIES = List.of(
            "RegexBenchmark", "RealWorldRegexBenchmark", "ApplicationBenchmark", "PathologicalBenchmark",
            "ReplaceBenchmark", "CaptureScalingBenchmark", "HttpBenchmark");

    private SafereSuite() {
    }

    public static List<Workload> load(Path shared) {
        JsonObject root = JsonParser.parseString(
                SharedData.read(shared.resolve("bench/safere-benchmark-data.json"))).getAsJsonObject();
        Map<String, JsonObject> recipes = new HashMap<>();
        for (JsonElement e : root.getAsJsonArray("inputs")) {
            JsonObject in = e.getAsJsonObject();
            for (Map<String, String> axes : Axes.combinations(in.getAsJsonObject("axes"))) {
                recipes.put(Axes.fill(in.get("id").getAsString(), axes),
                        Recipes.substitute(in.getAsJsonObject("recipe"), axes));
            }
        }
        Map<String, String> texts = new HashMap<>();
        List<Workload> out = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("workloads")) {
            JsonObject w = e.getAsJsonObject();
            String id = w.get("id").getAsString();
            String family = id.substring(0, id.indexOf('.'));
            if (!FAMILIES.contains(family)) {
                continue;
            }
            Operation op = operation(w.get("operation").getAsString());
            if (op == null) {
                continue;
            }
            for (Map<String, String> axes : Axes.combinations(w.getAsJsonObject("axes"))) {
                out.add(workload(w, family, op, axes, recipes, texts));
            }
        }
        return out;
    }

    private static Workload workload(JsonObject w, String family, Operation op, Map<String, String> axes,
            Map<String, JsonObject> recipes, Map<String, String> texts) {
        String id = Axes.fill(w.get("id").getAsString(), axes);
        List<String> regexes = new ArrayList<>();
        for (JsonElement p : w.getAsJsonArray("patterns")) {
            regexes.add(p.isJsonObject() ? p.getAsJsonObject().get("java").getAsString() : p.getAsString());
        }
        List<String> inputs = new ArrayList<>();
        for (JsonElement in : w.getAsJsonArray("inputs")) {
            inputs.add(text(Axes.fill(in.getAsString(), axes), recipes, texts));
        }
        String argument = argument(w.getAsJsonObject("arguments"), op);
        Object expected = null;
        if (w.has("expected")) {
            JsonObject x = w.getAsJsonObject("expected");
            expected = switch (x.get("type").getAsString()) {
                case "integer" -> x.get("value").getAsLong();
                case "boolean" -> x.get("value").getAsBoolean();
                default -> x.get("value").getAsString();
            };
        }
        Set<String> categories = new LinkedHashSet<>(Categories.classify(regexes.get(0), 0, op));
        if (family.equals("RealWorldRegexBenchmark") || family.equals("ApplicationBenchmark")) {
            categories.add(Categories.REAL_WORLD);
        }
        if (family.equals("PathologicalBenchmark")) {
            categories.add(Categories.PATHOLOGICAL);
        }
        return new Workload(NAME, id, categories, regexes, 0, op, inputs, argument, expected);
    }

    private static String text(String inputId, Map<String, JsonObject> recipes, Map<String, String> texts) {
        String cached = texts.get(inputId);
        if (cached != null) {
            return cached;
        }
        JsonObject recipe = recipes.get(inputId);
        if (recipe == null) {
            throw new IllegalArgumentException("SafeRE input not found: " + inputId);
        }
        String t = Recipes.generate(recipe, other -> text(other, recipes, texts));
        texts.put(inputId, t);
        return t;
    }

    private static String argument(JsonObject args, Operation op) {
        if (args == null) {
            return null;
        }
        if (args.has("replacement")) {
            JsonElement r = args.get("replacement");
            return r.isJsonObject() ? r.getAsJsonObject().get("java").getAsString() : r.getAsString();
        }
        if (args.has("groups")) {
            StringBuilder sb = new StringBuilder();
            for (JsonElement g : args.getAsJsonArray("groups")) {
                sb.append(sb.length() == 0 ? "" : ",").append(g.getAsInt());
            }
            return sb.toString();
        }
        if (args.has("group")) {
            return args.get("group").getAsString();
        }
        return null;
    }

    /** SafeRE operation name → ours; null for the ones not compared here. */
    static Operation operation(String name) {
        return switch (name) {
            case "matches" -> Operation.MATCHES;
            case "find" -> Operation.FIND;
            case "findAllCount" -> Operation.COUNT;
            case "findAllLengthSum" -> Operation.COUNT_SPANS;
            case "captureGroups" -> Operation.CAPTURE_GROUPS;
            case "replaceAll" -> Operation.REPLACE_ALL;
            case "replaceFirst" -> Operation.REPLACE_FIRST;
            case "matchesCorpus" -> Operation.MATCHES_CORPUS;
            case "matchesGroupLengthSum" -> Operation.MATCHES_GROUP_LENGTH_SUM;
            case "findAllGroupLengthSum" -> Operation.FIND_ALL_GROUP_LENGTH_SUM;
            case "findGroupPresent" -> Operation.FIND_GROUP_PRESENT;
            case "findGroup" -> Operation.FIND_GROUP;
            default -> null;
        };
    }
}
