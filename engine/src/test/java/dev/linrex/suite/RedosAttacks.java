package dev.linrex.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code redos/redos-attacks.tsv}: known ReDoS patterns with attack strings. Columns {@code id
 * source prefix(E) pump(E) suffix(E) pumps complexity attack_provenance note(E) regex(R, last)}.
 * The attack is {@code prefix + pump×k + suffix}. For a differential check {@code k} must stay
 * small (the JDK is exponential on some), so the caller chooses the pump counts; the file's own
 * count caps them.
 */
public final class RedosAttacks {
    private RedosAttacks() {}

    public static final String FILE = "redos/redos-attacks.tsv";

    public static List<CorpusCase> cases(Path tsv, int... pumpCounts) {
        CorpusCase.Collector c = new CorpusCase.Collector("redos");
        for (Corpora.Row r : Corpora.rows(tsv)) {
            try {
                String prefix = Escapes.unescapeE(r.get(2));
                String pump = Escapes.unescapeE(r.get(3));
                String suffix = Escapes.unescapeE(r.get(4));
                int max = Integer.parseInt(r.get(5));
                c.add("redos " + r.get(0), r.last(), 0, null);
                for (int k : pumpCounts) {
                    if (k <= max) {
                        c.add("redos " + r.get(0), r.last(), 0, prefix + pump.repeat(k) + suffix);
                    }
                }
            } catch (Escapes.NotText e) {
                c.skip();
            }
        }
        return c.cases();
    }

    /** The attack string with the file's own pump count (for linearity tests, not differential). */
    public static String fullAttack(Corpora.Row r) {
        return Escapes.unescapeE(r.get(2)) + Escapes.unescapeE(r.get(3)).repeat(Integer.parseInt(r.get(5)))
                + Escapes.unescapeE(r.get(4));
    }
}
