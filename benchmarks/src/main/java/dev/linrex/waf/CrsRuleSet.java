package dev.linrex.waf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CRS rule file of the corpus loaded as one {@link RuleGroup} (one {@link dev.linrex.RegexSet})
 * per phase and transformation chain: the rules that read the same transformed text.
 *
 * <p>The corpus lists each rule's regex but not its targets or transformations (see the corpus
 * README), so groups are not per target, and each rule file gets the chain that its rules most
 * commonly use in CRS v4 ({@link #defaultChain}), an approximation documented in the load report.
 * The phase comes from the file's REQUEST/RESPONSE prefix.
 */
public final class CrsRuleSet {
    private final List<CrsRule> rules;
    private final List<RuleGroup> groups;
    private final long buildNanos;

    private CrsRuleSet(List<CrsRule> rules, List<RuleGroup> groups, long buildNanos) {
        this.rules = rules;
        this.groups = groups;
        this.buildNanos = buildNanos;
    }

    public static CrsRuleSet load(Path tsv) throws IOException {
        List<CrsRule> rules = CrsRule.read(tsv);
        long t0 = System.nanoTime();
        // One set per phase and transformation chain: the rules that see the same text.
        Map<String, List<CrsRule>> byChain = new LinkedHashMap<>();
        for (CrsRule r : rules) {
            byChain.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        List<RuleGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<CrsRule>> e : byChain.entrySet()) {
            CrsRule first = e.getValue().get(0);
            groups.add(RuleGroup.build(e.getKey(), first.onResponse(), defaultChain(first.group()), e.getValue()));
        }
        return new CrsRuleSet(List.copyOf(rules), List.copyOf(groups), System.nanoTime() - t0);
    }

    /** Group name: phase, chain and the rule files in it, e.g. {@code request t:urlDecodeUni}. */
    private static String key(CrsRule r) {
        List<Transformation> chain = defaultChain(r.group());
        return (r.onResponse() ? "response " : "request ")
                + (chain.isEmpty() ? "t:none" : String.join(",", chain.stream().map(t -> "t:" + t.modsecName()).toList()));
    }

    /** Whether {@code rule} made it into its group's set. */
    public boolean isLoaded(CrsRule rule) {
        for (RuleGroup g : groups) {
            int i = g.rules().indexOf(rule);
            if (i >= 0) {
                return g.set().isAccepted(i);
            }
        }
        return false;
    }

    /**
     * The transformation chain assumed for a rule file (CRS v4 applies {@code t:none} then these
     * to most rules of the file; the corpus does not carry per-rule chains).
     */
    public static List<Transformation> defaultChain(String group) {
        String num = group.length() >= 3 ? group.substring(0, 3) : group;
        return switch (num) {
            case "930" -> Transformation.parse("t:urlDecodeUni,t:normalizePath");
            case "932" -> Transformation.parse("t:urlDecodeUni,t:cmdLine");
            case "941" -> Transformation.parse("t:urlDecodeUni,t:htmlEntityDecode,t:removeNulls");
            case "921", "931", "933", "934", "942", "943", "944" -> Transformation.parse("t:urlDecodeUni");
            default -> List.of(); // 901, 905, 920, 922 and the response files: t:none
        };
    }

    public List<CrsRule> rules() {
        return rules;
    }

    public List<RuleGroup> groups() {
        return groups;
    }

    /** Request-phase groups only. */
    public List<RuleGroup> requestGroups() {
        return groups.stream().filter(g -> !g.response()).toList();
    }

    public long buildNanos() {
        return buildNanos;
    }

    public int loaded() {
        return groups.stream().mapToInt(RuleGroup::loaded).sum();
    }

    public int rejected() {
        return rules.size() - loaded();
    }

    /** Every rule that fires on {@code value} in the request groups. */
    public List<CrsRule> evaluateRequest(String value) {
        List<CrsRule> fired = new ArrayList<>();
        for (RuleGroup g : requestGroups()) {
            fired.addAll(g.evaluate(value));
        }
        return fired;
    }
}
