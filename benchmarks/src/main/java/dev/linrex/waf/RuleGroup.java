package dev.linrex.waf;

import dev.linrex.RegexSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one CRS rule file, compiled into one {@link RegexSet}, with the transformation
 * chain applied to a value before matching. A set keeps the rules' order: pattern {@code i} of
 * {@link #set} is {@code rules.get(i)}.
 */
public record RuleGroup(String name, boolean response, List<Transformation> chain, List<CrsRule> rules, RegexSet set) {
    static RuleGroup build(String name, boolean response, List<Transformation> chain, List<CrsRule> rules) {
        RegexSet.Builder b = RegexSet.builder();
        for (CrsRule r : rules) {
            b.add(r.regex());
        }
        return new RuleGroup(name, response, List.copyOf(chain), List.copyOf(rules), b.build());
    }

    /** The rules that fire on {@code value}: after the chain, a match for {@code @rx}, no match for {@code !@rx}. */
    public List<CrsRule> evaluate(String value) {
        String t = Transformation.applyAll(chain, value);
        int[] hits = set.matches(t);
        List<CrsRule> fired = new ArrayList<>();
        int h = 0;
        for (int i = 0; i < rules.size(); i++) {
            boolean matched = h < hits.length && hits[h] == i;
            if (matched) {
                h++;
            }
            if (set.isAccepted(i) && matched != rules.get(i).negated()) {
                fired.add(rules.get(i));
            }
        }
        return fired;
    }

    /** Rules in the set (not rejected). */
    public int loaded() {
        return rules.size() - set.rejected().size();
    }
}
