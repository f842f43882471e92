package dev.linrex.bench.workload;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates the text of a SafeRE input recipe. SafeRE's own generator is not used: we follow
 * each kind's evident meaning (bench/README.md allows this, since every engine of a comparison
 * runs on the same text). Where a kind ends "ToLength" the result has exactly that many chars
 * and whole units only (padding with delimiter or fill chars), so no surrogate pair is split.
 */
final class Recipes {

    private Recipes() {
    }

    /**
     * @param recipe   the recipe object, axis placeholders already substituted
     * @param inputsById resolves another input (appendInput)
     */
    static String generate(JsonObject recipe, Function<String, String> inputsById) {
        String kind = recipe.get("kind").getAsString();
        return switch (kind) {
            case "literal" -> str(recipe, "text");
            case "repeat" -> str(recipe, "value").repeat(num(recipe, "count"));
            case "repeatToLength" -> repeatToLength(str(recipe, "unit"), num(recipe, "length"));
            case "repeatAtLeastLength" -> repeatAtLeast(str(recipe, "unit"), num(recipe, "minimumLength"));
            case "suffixToLength" -> {
                String suffix = str(recipe, "suffix");
                int len = num(recipe, "length");
                yield repeatToLength(str(recipe, "prefixUnit"), Math.max(0, len - suffix.length())) + suffix;
            }
            case "surroundToLength" -> surround(str(recipe, "prefix"), str(recipe, "unit"), str(recipe, "suffix"),
                    num(recipe, "length"));
            case "delimitedRepeatToLength" -> delimited("", str(recipe, "value"), str(recipe, "delimiterAlphabet"),
                    num(recipe, "seed"), num(recipe, "length"));
            case "prefixedRepeatToLength" -> delimited(str(recipe, "prefix"), str(recipe, "value"),
                    str(recipe, "delimiterAlphabet"), num(recipe, "seed"), num(recipe, "length"));
            case "sparseMatchToLength" -> sparse(recipe);
            case "centerInSpaces" -> center(str(recipe, "body"), num(recipe, "length"));
            case "scaledCenterInSpaces" -> {
                int len = num(recipe, "length");
                int fill = (int) ((long) len * num(recipe, "bodyScalePercent") / 100);
                String body = str(recipe, "bodyPrefix") + str(recipe, "bodyFill").repeat(fill) + str(recipe, "bodySuffix");
                yield center(body, len);
            }
            case "randomChars" -> randomChars(str(recipe, "alphabet"), num(recipe, "length"), num(recipe, "seed"));
            case "randomCodePoints" -> randomCodePoints(recipe.getAsJsonArray("codePoints"),
                    num(recipe, "minimumCodeUnits"), num(recipe, "seed"));
            case "appendInput" -> inputsById.apply(str(recipe, "input")) + str(recipe, "suffix");
            case "optionalRequiredRepeatPattern" -> {
                String lit = str(recipe, "literal");
                int n = num(recipe, "count");
                yield (lit + "?").repeat(n) + lit.repeat(n);
            }
            case "lazyAlternationToLength" -> {
                int len = num(recipe, "length");
                String match = str(recipe, "match");
                int side = Math.max(0, (len - match.length()) / 2);
                String head = repeatToLength(str(recipe, "prefixUnit"), side);
                yield head + match + repeatToLength(str(recipe, "suffixUnit"),
                        Math.max(0, len - head.length() - match.length()));
            }
            case "periodicAlternationToLength" -> {
                int len = num(recipe, "length");
                int interval = num(recipe, "hitInterval");
                String hit = str(recipe, "hitUnit");
                String miss = str(recipe, "missUnit");
                StringBuilder sb = new StringBuilder(len);
                for (int i = 1; ; i++) {
                    String unit = i % interval == 0 ? hit : miss;
                    if (sb.length() + unit.length() > len) {
                        break;
                    }
                    sb.append(unit);
                }
                yield pad(sb, ' ', len);
            }
            default -> throw new IllegalArgumentException("unknown SafeRE recipe kind: " + kind);
        };
    }

    private static String str(JsonObject o, String key) {
        return o.get(key).getAsString();
    }

    private static int num(JsonObject o, String key) {
        return Integer.parseInt(o.get(key).getAsString());
    }

    private static String repeatToLength(String unit, int len) {
        StringBuilder sb = new StringBuilder(len + unit.length());
        while (sb.length() < len) {
            sb.append(unit);
        }
        sb.setLength(len);
        return sb.toString();
    }

    private static String repeatAtLeast(String unit, int min) {
        StringBuilder sb = new StringBuilder(min + unit.length());
        do {
            sb.append(unit);
        } while (sb.length() < min);
        return sb.toString();
    }

    /** prefix, as many whole units as fit, suffix. */
    private static String surround(String prefix, String unit, String suffix, int len) {
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() + unit.length() + suffix.length() <= len) {
            sb.append(unit);
        }
        return sb.append(suffix).toString();
    }

    /** prefix, then value and one random delimiter char, repeated; padded with delimiters. */
    private static String delimited(String prefix, String value, String delimiters, int seed, int len) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(len);
        sb.append(prefix);
        while (sb.length() + value.length() + 1 <= len) {
            sb.append(value).append(delimiters.charAt(random.nextInt(delimiters.length())));
        }
        while (sb.length() < len) {
            sb.append(delimiters.charAt(random.nextInt(delimiters.length())));
        }
        return sb.toString();
    }

    /** Runs of nonMatchRepeats non-matching units, then one match, each unit followed by a delimiter. */
    private static String sparse(JsonObject r) {
        String match = str(r, "match");
        String nonMatch = str(r, "nonMatch");
        int repeats = num(r, "nonMatchRepeats");
        String delimiters = str(r, "delimiterAlphabet");
        int len = num(r, "length");
        Random random = new Random(num(r, "seed"));
        StringBuilder sb = new StringBuilder(len);
        int i = 0;
        while (true) {
            String unit = (i % (repeats + 1) == repeats) ? match : nonMatch;
            if (sb.length() + unit.length() + 1 > len) {
                break;
            }
            sb.append(unit).append(delimiters.charAt(random.nextInt(delimiters.length())));
            i++;
        }
        while (sb.length() < len) {
            sb.append(delimiters.charAt(random.nextInt(delimiters.length())));
        }
        return sb.toString();
    }

    private static String center(String body, int len) {
        int left = Math.max(0, (len - body.length()) / 2);
        int right = Math.max(0, len - body.length() - left);
        return " ".repeat(left) + body + " ".repeat(right);
    }

    private static String randomChars(String alphabet, int len, int seed) {
        Random random = new Random(seed);
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(out);
    }

    private static String randomCodePoints(JsonArray codePoints, int minUnits, int seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(minUnits + 2);
        while (sb.length() < minUnits) {
            sb.appendCodePoint(codePoints.get(random.nextInt(codePoints.size())).getAsInt());
        }
        return sb.toString();
    }

    private static String pad(StringBuilder sb, char c, int len) {
        while (sb.length() < len) {
            sb.append(c);
        }
        return sb.toString();
    }

    /** Replaces "{axis}" placeholders in every string of a JSON tree. */
    static JsonObject substitute(JsonObject o, Map<String, String> axes) {
        JsonObject copy = new JsonObject();
        for (var e : o.entrySet()) {
            var v = e.getValue();
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                copy.addProperty(e.getKey(), Axes.fill(v.getAsString(), axes));
            } else if (v.isJsonObject()) {
                copy.add(e.getKey(), substitute(v.getAsJsonObject(), axes));
            } else {
                copy.add(e.getKey(), v);
            }
        }
        return copy;
    }
}
