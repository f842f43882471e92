package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.linrex.nfa.FoldedLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** AhoCorasick: which tags' literals occur, against a naive search over the folded text. */
class AhoCorasickTest {
    private static long[] scan(List<String> lits, int[] tags, String text) {
        long[] bits = new long[2];
        new AhoCorasick(lits, tags).scan(text, 0, text.length(), bits);
        return bits;
    }

    private static long[] naive(List<String> lits, int[] tags, String text) {
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            f.append(FoldedLiterals.fold(text.charAt(i)));
        }
        long[] bits = new long[2];
        for (int l = 0; l < lits.size(); l++) {
            if (f.indexOf(lits.get(l)) >= 0) {
                bits[tags[l] >>> 6] |= 1L << tags[l];
            }
        }
        return bits;
    }

    @Test
    void overlappingLiteralsAreAllReported() {
        // "she" contains "he"; "hers" shares the prefix "he": each is found through the failure links.
        List<String> lits = List.of("he", "she", "his", "hers");
        int[] tags = {0, 1, 2, 3};
        assertArrayEquals(new long[] {0b0011, 0}, scan(lits, tags, "ushe"));
        assertArrayEquals(new long[] {0b1011, 0}, scan(lits, tags, "ushers"));
        assertArrayEquals(new long[] {0b0100, 0}, scan(lits, tags, "this"));
        assertArrayEquals(new long[] {0, 0}, scan(lits, tags, "hi s"));
    }

    @Test
    void textIsFoldedAsItIsRead() {
        List<String> lits = List.of("select", "k\u00e9", "\u03c3x"); // folded: lower case
        int[] tags = {5, 70, 9};
        assertArrayEquals(new long[] {1L << 5, 0}, scan(lits, tags, "q=1 SeLeCt *"));
        // KELVIN SIGN folds to k, capital E-acute to e-acute, final sigma and capital sigma to sigma.
        assertArrayEquals(new long[] {0, 1L << 6}, scan(lits, tags, "\u212A\u00c9"));
        assertArrayEquals(new long[] {1L << 9, 0}, scan(lits, tags, "\u03a3X"));
        assertArrayEquals(new long[] {1L << 9, 0}, scan(lits, tags, "\u03c2x"));
    }

    @Test
    void severalLiteralsShareATagAndRegionsAreRespected() {
        List<String> lits = List.of("ab", "cd", "abcd");
        int[] tags = {1, 1, 2};
        long[] bits = new long[1];
        new AhoCorasick(lits, tags).scan("xxabcdxx", 2, 5, bits); // "abc": only "ab"
        assertArrayEquals(new long[] {1L << 1}, bits);
        assertThrows(IllegalArgumentException.class, () -> new AhoCorasick(List.of(""), new int[] {0}));
    }

    @Test
    void randomLiteralSetsAgreeWithANaiveSearch() {
        Random rnd = new Random(11);
        String alphabet = "abcABC\u212Ak\u00e9\u00c9\uD83D\uDE00 ";
        for (int round = 0; round < 300; round++) {
            List<String> lits = new ArrayList<>();
            int n = 1 + rnd.nextInt(12);
            int[] tags = new int[n];
            for (int l = 0; l < n; l++) {
                StringBuilder b = new StringBuilder();
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    b.append(FoldedLiterals.fold(alphabet.charAt(rnd.nextInt(alphabet.length()))));
                }
                lits.add(b.toString());
                tags[l] = rnd.nextInt(128);
            }
            for (int t = 0; t < 10; t++) {
                StringBuilder text = new StringBuilder();
                for (int k = rnd.nextInt(30); k > 0; k--) {
                    text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                String s = text.toString();
                assertArrayEquals(naive(lits, tags, s), scan(lits, tags, s), () -> lits + " in " + s);
                assertArrayEquals(naive(lits, tags, s), scanSequence(lits, tags, s), () -> lits + " in " + s);
            }
        }
    }

    /** The same scan through a CharSequence that is not a String. */
    private static long[] scanSequence(List<String> lits, int[] tags, String text) {
        long[] bits = new long[2];
        new AhoCorasick(lits, tags).scan(new StringBuilder(text), 0, text.length(), bits);
        return bits;
    }
}
