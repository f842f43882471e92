package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Parser;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backtracker skips starts where a pattern's leading assertion fails: fewer runs (counted in
 * steps), the same matches as the Pike VM.
 */
class BacktrackerStartFilterTest {
    @Test
    void aLeadingWordBoundaryTriesOneStartPerWord() {
        Program prog = Compiler.compile(Parser.parse("\\b(?:(\\w{6})|(\\w{5}))\\b", 0));
        Backtracker bt = new Backtracker(prog);
        String text = "extraordinarily ".repeat(50); // 15-letter words: no match anywhere
        Backtracker.Cache cache = bt.newCache();
        int[] slots = new int[prog.slotCount];
        assertTrue(!bt.search(SearchInput.of(text), 0, text.length(), Anchor.UNANCHORED, slots, cache));
        // One run per word (a handful of steps), not one per letter.
        assertTrue(cache.steps() <= 50L * 25, "steps " + cache.steps()); // 1,000 here; 2,400 with a run per letter
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\b(?:(\\w{6})|(\\w{5}))\\b", "\\B\\w\\w", "(?m)^(a|b)+", "(?m)$\\n?(x)", "\\b", "()\\b(é|e)",
        "(?U)\\b\\w+", "\\b\\p{L}{2}\\b"})
    void answersAreThePikeVmsWithLeadingAssertions(String re) {
        Program prog = Compiler.compile(Parser.parse(re, 0));
        Backtracker bt = new Backtracker(prog);
        PikeVM pike = new PikeVM(prog);
        Random rnd = new Random(re.hashCode());
        String alphabet = "ab eé\u0301x\n_1\uD83D\uDE00";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            SearchInput in = SearchInput.of(text);
            for (Anchor anchor : new Anchor[] {Anchor.UNANCHORED, Anchor.START}) {
                for (int from = 0; from <= text.length(); from++) {
                    int[] want = new int[prog.slotCount];
                    int[] got = new int[prog.slotCount];
                    boolean w = pike.search(in, from, text.length(), anchor, want, pike.newCache());
                    boolean g = bt.search(in, from, text.length(), anchor, got, bt.newCache());
                    assertEquals(w, g, re + " on " + text + " from " + from + " " + anchor);
                    if (w) {
                        assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(got), re + " on " + text);
                    }
                }
            }
        }
    }
}
