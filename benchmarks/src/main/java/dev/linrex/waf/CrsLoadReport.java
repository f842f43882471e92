package dev.linrex.waf;

import dev.linrex.RegexSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the CRS load report (Markdown) for the corpus's CRS files: rules loaded and rejected per
 * file, each rejection's reason, and the build time.
 *
 * <p>{@code java -cp benchmarks/target/classes:engine/target/classes dev.linrex.waf.CrsLoadReport [shared-dir]}
 */
public final class CrsLoadReport {
    private CrsLoadReport() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("linrex.shared", "../shared"));
        Path dir = shared.resolve("corpus/crs");
        for (String f : new String[] {"crs-rx.tsv", "crs-v3.3.9-rx.tsv"}) {
            Path tsv = dir.resolve(f);
            if (!Files.isRegularFile(tsv)) {
                System.out.println("(" + tsv + " not found)");
                continue;
            }
            System.out.print(report(f, CrsRuleSet.load(tsv)));
        }
    }

    public static String report(String name, CrsRuleSet crs) {
        StringBuilder sb = new StringBuilder();
        sb.append("#### ").append(name).append("\n\n");
        sb.append(String.format("%d `@rx` rules, %d loaded, %d rejected; %d groups built in %.1f s.%n%n",
                crs.rules().size(), crs.loaded(), crs.rejected(), crs.groups().size(), crs.buildNanos() / 1e9));
        sb.append("| rule file | rules | loaded | rejected | chain (assumed) |\n|---|---:|---:|---:|---|\n");
        Map<String, int[]> perFile = new LinkedHashMap<>();
        for (CrsRule r : crs.rules()) {
            int[] c = perFile.computeIfAbsent(r.file(), k -> new int[2]);
            c[0]++;
            c[1] += crs.isLoaded(r) ? 1 : 0;
        }
        for (Map.Entry<String, int[]> e : perFile.entrySet()) {
            String file = e.getKey();
            String group = file.replaceFirst("^(REQUEST|RESPONSE)-", "").replaceFirst("\\.conf$", "");
            List<Transformation> chain = CrsRuleSet.defaultChain(group);
            sb.append(String.format("| %s | %d | %d | %d | %s |%n", file.replaceFirst("\\.conf$", ""), e.getValue()[0],
                    e.getValue()[1], e.getValue()[0] - e.getValue()[1],
                    chain.isEmpty() ? "none" : String.join(",", chain.stream().map(t -> "t:" + t.modsecName()).toList())));
        }
        sb.append("\nSets (one per phase and chain):\n\n");
        for (RuleGroup g : crs.groups()) {
            sb.append("- ").append(g.name()).append(": ").append(g.loaded()).append(" rules\n");
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (RuleGroup g : crs.groups()) {
            for (RegexSet.Rejected r : g.set().rejected()) {
                CrsRule rule = g.rules().get(r.index());
                String why = reason(r);
                sb.append(reasons.isEmpty() ? "\nRejected:\n\n" : "");
                reasons.merge(why, 1, Integer::sum);
                sb.append("- ").append(rule.id()).append(" (features: ").append(rule.features()).append("): ")
                        .append(why).append(jdkAccepts(rule.regex()) ? " — java.util.regex accepts it"
                                : " — java.util.regex rejects it too").append('\n');
            }
        }
        sb.append('\n');
        return sb.toString();
    }

    private static boolean jdkAccepts(String regex) {
        try {
            java.util.regex.Pattern.compile(regex);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static String reason(RegexSet.Rejected r) {
        String m = r.reason().getMessage();
        int nl = m.indexOf('\n');
        return r.reason().getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }
}
