package dev.linrex.waf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Loads the corpus's CRS rules; rule groups agree with java.util.regex looping over the same rules. */
class CrsRuleSetTest {
    static Path crs(String file) {
        String shared = System.getProperty("linrex.shared", "../shared");
        Path p = Path.of(shared, "corpus", "crs", file);
        Assumptions.assumeTrue(Files.isRegularFile(p), p + " not found (set -Dlinrex.shared=...): CRS tests skipped");
        return p;
    }

    @Test
    void v4LoadsCompletelyAndV3RejectsOnlyWhatItMust() throws Exception {
        CrsRuleSet v4 = CrsRuleSet.load(crs("crs-rx.tsv"));
        assertEquals(318, v4.rules().size());
        assertEquals(318, v4.loaded(), "CRS v4 is RE2-compatible: every rule loads");
        CrsRuleSet v3 = CrsRuleSet.load(crs("crs-v3.3.9-rx.tsv"));
        assertEquals(266, v3.rules().size());
        for (RuleGroup g : v3.groups()) {
            for (var r : g.set().rejected()) {
                // Each rejection is either a construct linrex rejects by design or syntax the JDK rejects too.
                boolean unsupported = r.reason() instanceof dev.linrex.UnsupportedPatternException;
                boolean jdkRejects;
                try {
                    java.util.regex.Pattern.compile(r.pattern());
                    jdkRejects = false;
                } catch (java.util.regex.PatternSyntaxException e) {
                    jdkRejects = true;
                }
                assertTrue(unsupported || jdkRejects, r.toString());
            }
        }
    }

    @Test
    void knownAttacksFireAndGroupsAgreeWithTheJdkLoop() throws Exception {
        CrsRuleSet crs = CrsRuleSet.load(crs("crs-rx.tsv"));
        List<String> values = new ArrayList<>(Requests.attackStrings());
        values.addAll(Requests.benignValues(40, 7));
        for (String v : values) {
            for (RuleGroup g : crs.groups()) {
                String t = Transformation.applyAll(g.chain(), v);
                List<String> want = new ArrayList<>();
                for (CrsRule r : g.rules()) {
                    if (java.util.regex.Pattern.compile(r.regex()).matcher(t).find() != r.negated()) {
                        want.add(r.id());
                    }
                }
                assertEquals(want, g.evaluate(v).stream().map(CrsRule::id).toList(), g.name() + " on " + v);
            }
        }
        assertTrue(crs.evaluateRequest("1' UNION SELECT password FROM users--").stream()
                .anyMatch(r -> r.file().contains("SQLI")));
        assertTrue(crs.evaluateRequest("<script>alert(document.cookie)</script>").stream()
                .anyMatch(r -> r.file().contains("XSS")));
        assertTrue(crs.evaluateRequest("..%2f..%2f..%2fetc%2fpasswd").stream()
                .anyMatch(r -> r.file().contains("LFI")));
    }
}
