package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast ways of searching a pattern with lookarounds (the Pike VM skipping to where a relaxed
 * match may start, lookarounds answered one position at a time by probes, the backtracker on
 * short inputs) against the reference: the Pike VM trying every start and reading every
 * lookaround from its table. Whole find loops, with groups, over regions and bounds, and the
 * hit-end/require-end flags, on many random inputs.
 */
class LookaroundFastPathTest {
    private static final String[] PATTERNS = {
        "\\bfoo(?!bar)", "(?<!\\bthe )\\bfoo\\w*", "(?<=\\$)\\d+(\\.\\d\\d)?", "\\B(?=(\\d{3})+(?!\\d))",
        "<\\?(?!xml)", "(?<!\\w)Integer(?!\\w)", "(?<!\\w)(Set|Bag)\\((.*)\\)", "\"(.*?)(?<!\\\\)\"\\s+(.*)",
        "\\b((?!\\d\\d\\d)\\d+|1\\d\\d|2[0-4]\\d|25[0-5])\\.((?!\\d\\d\\d)\\d+|1\\d\\d)\\b",
        "^(?=.*\\d)(?=.*[a-z]).{4,}$", "(?=.*\\d)(?=.*[a-z])\\w+", "a(?=(a+)+b)", "(?<=a.*)b", "(?<=a.{0,3})b",
        "(?<!ab{0,5})c", "x(?=a(?<=xa))a", "(?=a(?=b(?!c)))ab", "(?<=x|^)y", "(?<!^)x", "(?=a)|b", "a(?=)",
        "(?i)foo(?!BAR)", "(?m)^(?!#).+$", "(?<=\\uD83D\\uDE00)a", "\\uD83D\\uDE00(?!a)", "(?<=(a))b", "(?=(ab))a",
        "(?:(?!ab).)+", "\\w+(?=\\s|$)", "(?<=\\b)\\w", "b(?<=ab)", "(?<![ab])[ab]+(?![ab])",
        "(?=\\d)\\w", "(?=a|b)(?:a|c)", "(?=a?)b", "x|(?=ab)a", "(?=\\d{2})", "(?=(?=a)\\w)", "(?=.*\\d)",
        // Without barriers (every unit may lie inside a match): segments end at empty points.
        "(?s)(?<!a)b.*?c", "(?s)\\$.(?!0)", "(?s)(?<=x)..?", "(?s)\"(.*?)(?<!\\\\)\"(?=\\s)", "(?s)a(?=(.b)).",
        "[\\s\\S]*?(?<=c)y", "(?s)\\b.(?<!\\uD83D\\uDE00)",
        // Lookaheads S*C, answered by a forward scan (LookStarScan).
        "(?!.*\\d)\\w", "(?s)(?=.*c)a", "(?=[^c]*c)\\w", "(?d)(?=.*1)x|(?=.*\\n)", "(?=.*\\d(?!\\d))",
        "(?=.*a\\b)", "(?=.*(\\d))x?", "(?=.*[\\n\\\\])", "^(?=.*1)(?!.*c).+$", "(?=.*\\uD83D\\uDE00)",
        // Lookaheads over a run of one class, answered by the run's length (LookRunScan).
        "(?!(?:\\d\\d)+(?!\\d))\\d", "(?=(?:[ab]{2})*(?![ab]))", "(?=[ab]+?(?=[ab]))\\w", "x(?=(?:\\d{2}){2,3}(?!\\d))",
        "(?=(\\d{3})+(?=\\d)|\\d)",
    };
    private static final String ALPHABET = "abcxy$.1230 \n\"\\<?_";

    private static String randomText(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(ALPHABET.length() + 6);
            if (k < ALPHABET.length()) {
                sb.append(ALPHABET.charAt(k));
            } else if (k == ALPHABET.length()) {
                sb.append("\uD83D\uDE00");
            } else {
                sb.append(new String[] {"foo", "bar", "the ", "Integer", "Set(", "xml", "255."}[k - ALPHABET.length() - 1]);
            }
        }
        return sb.toString();
    }

    /** One find loop, as a list of slot rows, then the flags of the last search. */
    private static List<String> fastLoop(Strategy s, SearchInput in, int width) {
        Strategy.Scratch scratch = s.newScratch();
        List<String> out = new ArrayList<>();
        int from = in.regionStart;
        while (from <= in.regionEnd) {
            int[] slots = new int[width];
            boolean found = s.search(in, from, Anchor.UNANCHORED, slots, scratch);
            out.add(found ? java.util.Arrays.toString(slots) : "none");
            out.add("hitEnd=" + scratch.hitEnd() + " requireEnd=" + scratch.requireEnd());
            if (!found) {
                break;
            }
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
        }
        return out;
    }

    private static List<String> referenceLoop(Strategy s, SearchInput in, int width) {
        PikeVM vm = new PikeVM(s.program());
        PikeVM.Cache cache = vm.newCache();
        LookTables tables = new LookTables(in, s.program().looks, new Budget());
        tables.probing = false;
        cache.looks = tables;
        List<String> out = new ArrayList<>();
        int from = in.regionStart;
        while (from <= in.regionEnd) {
            int[] slots = new int[width];
            boolean found = vm.search(in, from, Anchor.UNANCHORED, slots, cache);
            if (found && width > 2 && s.program().captureLooks.length > 0) {
                LookCaptures.recover(s.program(), cache.matchSlots.clone(), slots, tables);
            }
            out.add(found ? java.util.Arrays.toString(slots) : "none");
            out.add("hitEnd=" + cache.hitEnd() + " requireEnd=" + cache.requireEnd());
            if (!found) {
                break;
            }
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
        }
        return out;
    }

    @Test
    void fastPathsGiveTheReferenceAnswers() {
        Random r = new Random(4242);
        int compared = 0;
        for (String pattern : PATTERNS) {
            Ast.Root root = Parser.parse(pattern, 0);
            // Default strategy (backtracker on short inputs) and one that sends every input to the
            // Pike VM with the start skip.
            Strategy[] strategies = {Strategy.compile(root), Strategy.compile(root, 1 << 20)};
            for (int i = 0; i < 60; i++) {
                String text = randomText(r, i % 3 == 0 ? 150 : 25);
                int len = text.length();
                int a = len == 0 ? 0 : r.nextInt(len + 1);
                int b = len == 0 ? 0 : a + r.nextInt(len - a + 1);
                SearchInput[] inputs = {
                    SearchInput.of(text),
                    new SearchInput(text, a, b, r.nextBoolean(), r.nextBoolean()),
                };
                for (Strategy s : strategies) {
                    for (SearchInput in : inputs) {
                        for (int width : new int[] {2, 2 * (s.groupCount() + 1)}) {
                            List<String> want = referenceLoop(s, in, width);
                            List<String> got = fastLoop(s, in, width);
                            assertEquals(want, got, () -> pattern + " on \"" + text + "\" region [" + in.regionStart + ", "
                                    + in.regionEnd + "] transparent=" + in.transparentBounds + " anchoring="
                                    + in.anchoringBounds);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    /** The probes answer every position as the tables do, in any order of questions. */
    @Test
    void probesAgreeWithTablesAtEveryPosition() {
        Random r = new Random(99);
        for (String pattern : PATTERNS) {
            Strategy s = Strategy.compile(Parser.parse(pattern, 0));
            for (int i = 0; i < 20; i++) {
                String text = randomText(r, 40);
                SearchInput in = SearchInput.of(text);
                LookTables probed = new LookTables(in, s.program().looks, new Budget());
                LookTables tabled = new LookTables(in, s.program().looks, new Budget());
                tabled.probing = false;
                int n = text.length();
                boolean[] want = new boolean[(n + 1) * s.program().looks.size()];
                boolean[] got = new boolean[want.length];
                for (int id = 0; id < s.program().looks.size(); id++) {
                    for (int k = 0; k <= n; k++) {
                        int pos = (k * 7 + i) % (n + 1); // scattered order
                        want[id * (n + 1) + pos] = tabled.holds(id, pos);
                        got[id * (n + 1) + pos] = probed.holds(id, pos);
                    }
                }
                assertArrayEquals(want, got, pattern + " on \"" + text + "\"");
            }
        }
    }

    /** A skipping search does far less work than trying every start on text with rare candidates. */
    @Test
    void skipAndProbesDoLittleWorkOnRareCandidates() {
        String text = "the quick brown fox jumps over a lazy dog. ".repeat(2_000) + "foobaz";
        Strategy s = Strategy.compile(Parser.parse("\\bfoo(?!bar)", 0));
        Strategy.Scratch scratch = s.newScratch();
        int[] slots = new int[2];
        assertTrue(s.search(SearchInput.of(text), 0, Anchor.UNANCHORED, slots, scratch));
        assertEquals(text.length() - 6, slots[0]);
        // The scan is charged one step per unit skipped; the Pike VM and the lookahead add a few
        // dozen. Trying every start with the tables costs several steps per unit.
        assertTrue(scratch.steps() < text.length() + 200, "steps " + scratch.steps() + " for " + text.length() + " units");
    }
}
