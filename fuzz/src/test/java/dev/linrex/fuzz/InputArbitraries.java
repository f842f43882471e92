package dev.linrex.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Inputs for a generated pattern: short strings built mostly from the pattern's own characters,
 * line terminators ({@code \n \r \r\n \u0085 \u2028}), supplementary characters and lone surrogate
 * halves, so that matches, near-misses and the edge cases of {@code . $ \b \R} all occur often.
 * And the {@link FuzzCase} that pairs one with a region and bounds.
 */
final class InputArbitraries {
    private InputArbitraries() {}

    private static final String[] EXTRA = {
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\uD83D", "\uDE00", "\uD83D\uDE00", "\uD801\uDC00",
        "\uD801\uDC28", " ", "a", "A", "0", "_", "\u00e9",
    };

    static Arbitrary<String> input(RegexTree tree, int maxPieces) {
        TreeSet<Integer> own = new TreeSet<>();
        tree.collect(own);
        List<String> ownPieces = new ArrayList<>();
        for (int cp : own) {
            ownPieces.add(new String(Character.toChars(cp)));
            // case variants, so CASE_INSENSITIVE paths meet their partners
            String up = new String(Character.toChars(Character.toUpperCase(cp)));
            String low = new String(Character.toChars(Character.toLowerCase(cp)));
            ownPieces.add(up);
            ownPieces.add(low);
        }
        Arbitrary<String> extra = Arbitraries.of(EXTRA);
        Arbitrary<String> piece = ownPieces.isEmpty()
                ? Arbitraries.frequencyOf(Tuple.of(4, extra), Tuple.of(1, anyChar()))
                : Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(ownPieces)), Tuple.of(3, extra), Tuple.of(1, anyChar()));
        return piece.list().ofMaxSize(maxPieces).map(l -> String.join("", l));
    }

    private static Arbitrary<String> anyChar() {
        return Arbitraries.integers().between(0, 0x10ffff).map(cp -> new String(Character.toChars(cp)));
    }

    /** A pattern, flags, an input for it, and (a quarter of the time) a region with random bounds. */
    static Arbitrary<FuzzCase> cases() {
        return cases(RegexArbitraries.pattern(), 1);
    }

    /**
     * Lookaround-heavy patterns ({@link RegexArbitraries#lookaroundHeavyPattern()}); half the cases
     * get a region, since what a lookaround sees beyond it depends on the transparent and
     * anchoring bounds, which each region case sets at random (all four combinations).
     */
    static Arbitrary<FuzzCase> lookaroundCases() {
        return cases(RegexArbitraries.lookaroundHeavyPattern(), 3);
    }

    /** Patterns with an inner literal run ({@link RegexArbitraries#innerLiteralPattern()}); half get a region. */
    static Arbitrary<FuzzCase> innerLiteralCases() {
        return cases(RegexArbitraries.innerLiteralPattern(), 2);
    }

    /** Cases over {@code patterns}; {@code regionWeight} in 4 of them get a region. */
    private static Arbitrary<FuzzCase> cases(Arbitrary<RegexTree> patterns, int regionWeight) {
        return patterns.flatMap(tree -> {
            String pattern = tree.render();
            Arbitrary<String> in = input(tree, 10);
            return Combinators.combine(RegexArbitraries.compileFlags(), in, region(regionWeight))
                    .as((flags, text, r) -> withRegion(pattern, flags, text, r));
        });
    }

    /** {@code [useRegion, a, b, transparent, anchoring]} with a, b in 0..1000 scaled onto the input later. */
    private static Arbitrary<int[]> region(int regionWeight) {
        Arbitrary<int[]> none = Arbitraries.just(new int[] {0, 0, 0, 0, 1});
        Arbitrary<int[]> some = Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1))
                .as((a, b, t, an) -> new int[] {1, a, b, t, an});
        return Arbitraries.frequencyOf(Tuple.of(4 - regionWeight, none), Tuple.of(regionWeight, some));
    }

    private static FuzzCase withRegion(String pattern, int flags, String text, int[] r) {
        if (r[0] == 0) {
            return new FuzzCase(pattern, flags, text, -1, -1, false, true);
        }
        int a = r[1] * (text.length() + 1) / 1001;
        int b = r[2] * (text.length() + 1) / 1001;
        return new FuzzCase(pattern, flags, text, Math.min(a, b), Math.max(a, b), r[3] == 1, r[4] == 1);
    }
}
