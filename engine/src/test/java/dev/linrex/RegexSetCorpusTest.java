package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.suite.Corpora;
import dev.linrex.suite.InputGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential test over the corpus: random subsets of real-world and CRS patterns as sets, on
 * inputs generated from their members; the set's answer must equal each pattern run alone with
 * linrex's {@code find()} and (where linrex and java.util.regex agree on the pattern alone, the
 * conformance suite's concern otherwise) with java.util.regex's. Each subset is also checked on
 * a cache too small for any DFA: every part is split down to one pattern, gated by its required
 * factors and run on the Pike VM.
 */
class RegexSetCorpusTest {
    private static final int SUBSETS = Integer.getInteger("linrex.setCorpus.subsets", 30);
    /** JDK charAt calls allowed per find before its answer is not used (catastrophic backtracking). */
    private static final long JDK_BUDGET = 2_000_000;

    private static List<String> patterns(Path corpus) throws Exception {
        List<String> out = new ArrayList<>();
        String[] files = {"crs/crs-rx.tsv", "crs/crs-v3.3.9-rx.tsv", "realworld/wang18-java.tsv",
            "realworld/multimethod-maven.tsv"};
        int[] take = {400, 300, 1500, 1500};
        for (int f = 0; f < files.length; f++) {
            Path p = corpus.resolve(files[f]);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            int n = 0;
            for (Corpora.Row row : Corpora.rows(p)) {
                if (n >= take[f]) {
                    break;
                }
                String regex = row.last();
                if (regex.length() > 3000) {
                    continue;
                }
                try {
                    java.util.regex.Pattern.compile(regex);
                    Pattern.compile(regex);
                } catch (RuntimeException e) {
                    continue;
                }
                out.add(regex);
                n++;
            }
        }
        return out;
    }

    @Test
    void randomSubsetsAgreeWithEachPatternAlone() throws Exception {
        Path corpus = Corpora.requireCorpus();
        List<String> all = patterns(corpus);
        assertTrue(all.size() > 100, "corpus patterns: " + all.size());
        Random rnd = new Random(20261201);
        Random pairing = new Random(20261202); // apart from rnd: the subsets and inputs stay those of before
        InputGenerator gen = new InputGenerator(60, 3);
        int compared = 0;
        int jdkSkipped = 0;
        int singleDisagreements = 0;
        for (int s = 0; s < SUBSETS; s++) {
            int size = 2 + rnd.nextInt(s % 4 == 0 ? 120 : 30);
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                subset.add(all.get(rnd.nextInt(all.size())));
            }
            RegexSet set = RegexSet.compile(subset);
            RegexSet factorsOnly = build(subset, 2048);
            Pattern[] linrex = subset.stream().map(Pattern::compile).toArray(Pattern[]::new);
            java.util.regex.Pattern[] jdk = subset.stream().map(java.util.regex.Pattern::compile)
                    .toArray(java.util.regex.Pattern[]::new);
            List<String> inputs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                inputs.addAll(gen.generate(subset.get(rnd.nextInt(size)), 0));
            }
            int n = inputs.size();
            for (int k = 0; k < n; k++) {
                inputs.add(inputs.get(rnd.nextInt(n)) + " " + inputs.get(rnd.nextInt(n)));
            }
            for (String in : inputs) {
                int[] got = set.matches(in);
                int[] want = expected(linrex, in);
                assertArrayEquals(want, got, () -> "set of " + subset + " on " + Arrays.toString(in.toCharArray()));
                assertArrayEquals(want, factorsOnly.matches(in), () -> "factor plan, set of " + subset + " on " + in);
                // The two sets in one matchesEach call, each over its own input (scans interleaved).
                String other = inputs.get(pairing.nextInt(inputs.size()));
                int[][] each = RegexSet.matchesEach(List.of(set, factorsOnly), List.of(in, other));
                assertArrayEquals(want, each[0], () -> "matchesEach, set of " + subset + " on " + in + " / " + other);
                int[] wantOther = expected(linrex, other);
                assertArrayEquals(wantOther, each[1],
                        () -> "matchesEach, factor plan, set of " + subset + " on " + other + " / " + in);
                // Four scans in one loop.
                each = RegexSet.matchesEach(List.of(factorsOnly, set, set, factorsOnly), List.of(other, in, other, in));
                assertArrayEquals(wantOther, each[0], () -> "matchesEach of four, set of " + subset + " on " + other);
                assertArrayEquals(want, each[1], () -> "matchesEach of four, set of " + subset + " on " + in);
                assertArrayEquals(wantOther, each[2], () -> "matchesEach of four, set of " + subset + " on " + other);
                assertArrayEquals(want, each[3], () -> "matchesEach of four, set of " + subset + " on " + in);
                for (int i = 0; i < jdk.length; i++) {
                    Boolean j = jdkFinds(jdk[i], in);
                    if (j == null) {
                        jdkSkipped++;
                        continue;
                    }
                    boolean inSet = Arrays.binarySearch(got, i) >= 0;
                    if (j != linrex[i].matcher(in).find()) {
                        singleDisagreements++; // a single-pattern difference, reported by the conformance suite
                        continue;
                    }
                    int idx = i;
                    assertTrue(j == inSet, () -> "JDK disagrees with the set on " + subset.get(idx) + " / " + in);
                    compared++;
                }
            }
        }
        System.out.printf("RegexSetCorpusTest: %d subsets, %d pattern/input pairs agree with the JDK, %d JDK runs cut off,"
                + " %d single-pattern disagreements left to the conformance suite%n", SUBSETS, compared, jdkSkipped,
                singleDisagreements);
        assertTrue(compared > 1000, "compared " + compared);
    }

    private static RegexSet build(List<String> patterns, long cacheBytes) {
        RegexSet.Builder b = RegexSet.builder().strict(true).cacheBytes(cacheBytes);
        patterns.forEach(b::add);
        return b.build();
    }

    private static int[] expected(Pattern[] ps, String in) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < ps.length; i++) {
            if (ps[i].matcher(in).find()) {
                r.add(i);
            }
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The JDK's find, or null if it read more than {@link #JDK_BUDGET} chars (backtracking). */
    private static Boolean jdkFinds(java.util.regex.Pattern p, String in) {
        try {
            return p.matcher(new Budgeted(in)).find();
        } catch (Budgeted.Exhausted e) {
            return null;
        } catch (StackOverflowError e) {
            return null;
        }
    }

    /** A CharSequence that stops a runaway backtracking search by throwing. */
    private static final class Budgeted implements CharSequence {
        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        private final String s;
        private long left = JDK_BUDGET;

        Budgeted(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int i) {
            if (--left < 0) {
                throw new Exhausted();
            }
            return s.charAt(i);
        }

        @Override
        public CharSequence subSequence(int a, int b) {
            return s.subSequence(a, b);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
