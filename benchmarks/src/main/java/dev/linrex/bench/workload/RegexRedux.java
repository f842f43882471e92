package dev.linrex.bench.workload;

import dev.linrex.bench.engine.CompiledRegex;
import java.util.List;

/**
 * The Benchmarks Game regex-redux task as rebar defines it: strip headers and newlines, count
 * the nine variants, apply five replacements; the answer is the final length.
 */
public final class RegexRedux {

    /** Pattern 0 strips; patterns 1..9 are the variants; 10..14 the replacements. */
    public static final List<String> PATTERNS = List.of(
            ">[^\n]*\n|\n",
            "agggtaaa|tttaccct",
            "[cgt]gggtaaa|tttaccc[acg]",
            "a[act]ggtaaa|tttacc[agt]t",
            "ag[act]gtaaa|tttac[agt]ct",
            "agg[act]taaa|ttta[agt]cct",
            "aggg[acg]aaa|ttt[cgt]ccct",
            "agggt[cgt]aa|tt[acg]accct",
            "agggta[cgt]a|t[acg]taccct",
            "agggtaa[cgt]|[acg]ttaccct",
            "tHa[Nt]",
            "aND|caN|Ha[DS]|WaS",
            "a[NSt]|BY",
            "<[^>]*>",
            "\\|[^|][^|]*\\|");

    private static final List<String> REPLACEMENTS = List.of("<4>", "<3>", "<2>", "|", "-");

    /** The variant counts rebar publishes for its 100000-line input. */
    public static final List<Long> EXPECTED_VARIANT_COUNTS = List.of(6L, 26L, 86L, 58L, 113L, 31L, 31L, 32L, 43L);

    private RegexRedux() {
    }

    static long run(List<CompiledRegex> res, String input) {
        String seq = res.get(0).matcher(input).replaceAll("");
        long variants = 0;
        for (int i = 1; i <= 9; i++) {
            variants += variantCount(res.get(i), seq);
        }
        for (int i = 0; i < REPLACEMENTS.size(); i++) {
            seq = res.get(10 + i).matcher(seq).replaceAll(REPLACEMENTS.get(i));
        }
        // The variant total is folded in (below the length's scale) so a wrong count cannot pass.
        return seq.length() * 1_000_000L + variants;
    }

    /** The variant counts alone (tests compare them with rebar's). */
    public static long[] variantCounts(List<CompiledRegex> res, String input) {
        String seq = res.get(0).matcher(input).replaceAll("");
        long[] counts = new long[9];
        for (int i = 1; i <= 9; i++) {
            counts[i - 1] = variantCount(res.get(i), seq);
        }
        return counts;
    }

    private static long variantCount(CompiledRegex re, String seq) {
        var m = re.matcher(seq);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
