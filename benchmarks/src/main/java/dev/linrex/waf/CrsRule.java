package dev.linrex.waf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code @rx} operator of the Core Rule Set as the corpus lists it ({@code crs/*.tsv}:
 * {@code rule_id file line operator features regex}, the regex raw and last).
 *
 * @param id the rule id, {@code NNNNNN} or {@code NNNNNN-chainK} for a chained sub-rule
 * @param file the rule file, e.g. {@code REQUEST-942-APPLICATION-ATTACK-SQLI.conf}
 * @param negated the operator is {@code !@rx} (the rule fires when the regex does not match)
 * @param features the corpus scanner's feature list ({@code -} if none)
 */
public record CrsRule(String id, String file, int line, boolean negated, String features, String regex) {
    /** Reads a corpus CRS file; {@code #} lines are comments. */
    public static List<CrsRule> read(Path tsv) throws IOException {
        List<CrsRule> rules = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                throw new IOException(tsv + ": expected 6 fields: " + line);
            }
            String regex = String.join("\t", java.util.Arrays.copyOfRange(f, 5, f.length));
            rules.add(new CrsRule(f[0], f[1], Integer.parseInt(f[2]), f[3].startsWith("!"), f[4], regex));
        }
        return rules;
    }

    /** {@code REQUEST} rules run on the request (phases 1–2), {@code RESPONSE} rules on the response (3–4). */
    public boolean onResponse() {
        return file.startsWith("RESPONSE");
    }

    /** The rule file without prefix and extension, e.g. {@code 942-APPLICATION-ATTACK-SQLI}. */
    public String group() {
        return file.replaceFirst("^(REQUEST|RESPONSE)-", "").replaceFirst("\\.conf$", "");
    }
}
