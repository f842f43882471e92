package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassRunSearch}, the search of a pattern that is one class alone or greedily repeated:
 * which patterns take it, that its find loops give java.util.regex's matches and flags over
 * text full of surrogates (paired, lone, cut by the region end), and that a find loop reads
 * each unit a bounded number of times.
 */
class ClassRunSearchTest {
    private static final String[] PATTERNS = {
        "\\pL", "\\pL+", "\\pL*", "a", "a+", "a*", "[ab]", "[^a]", "[^a]+", ".", ".*", "(?s).+",
        "[\\x{1F600}]", "[\\x{1F600}a]+", "[\\x{D83D}]", "[\\x{D83D}x]+", "[\\x{D83D}x]*", "[\\x{DE00}]*",
        "[\\x{DE00}a]", "[\\x{D800}-\\x{DFFF}]", "[\\x{D800}-\\x{DFFF}]+", "\\P{L}+", "(?i)k", "(?iu)k+",
        "\\w+", "\\d*", "(?:\\pL)", "(?:[ab]+)", "\\x{1D400}", "\\x{1D400}+", "\\S+", "[\\x{10000}-\\x{10FFFF}]",
        "[^\\x{0}-\\x{10FFFF}]", "[^\\x{0}-\\x{10FFFF}]*", "😀", "😀+", "[😀a]",
    };

    /** Units that exercise every decoding case: ASCII, Latin-1, pairs (letter and not), lone halves. */
    private static final String[] PIECES = {
        "a", "b", "x", "k", "K", "\u212A", " ", "1", "é", "\n", "\uD835\uDC00", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDC00",
    };

    @Test
    void takesOnlyOneClassAloneOrGreedilyRepeated() {
        for (String re : new String[] {"\\pL", "a*", "\\w+", "(?:[abc]+)", "(?:a+)", "(?i)k+", "x", "[a-d]"}) {
            assertNotNull(of(re), re);
        }
        for (String re : new String[] {"(\\pL)", "a*?", "a+?", "x{1}", "a{2,}", "a?", "(?:\\w)+", "^a", "ab", "a|b",
                "a\\b", "(?=a)a", "\\pL{1,3}", "[ab]", "(?i)k"}) {
            assertNull(of(re), re);
        }
    }

    private static ClassRunSearch of(String re) {
        Ast.Root root = Parser.parse(re, 0);
        return ClassRunSearch.of(root.node(), Strategy.compile(root).program());
    }

    @Test
    void findLoopsAndFlagsAreTheJdks() {
        Random rnd = new Random(20261201);
        for (String re : PATTERNS) {
            java.util.regex.Pattern jp = java.util.regex.Pattern.compile(re);
            dev.linrex.Pattern lp = dev.linrex.Pattern.compile(re);
            for (int t = 0; t < 300; t++) {
                String text = randomText(rnd, rnd.nextInt(12));
                int from = rnd.nextInt(text.length() + 1);
                int to = from + rnd.nextInt(text.length() - from + 1);
                boolean whole = rnd.nextInt(3) == 0;
                java.util.regex.Matcher jm = jp.matcher(text);
                dev.linrex.Matcher lm = lp.matcher(text);
                if (!whole) {
                    jm.region(from, to);
                    lm.region(from, to);
                }
                String where = re + " on " + escape(text) + (whole ? "" : " region " + from + "," + to);
                // (At a region end that cuts a pair the hit-end flag is a documented difference, README.)
                boolean flags = whole || to == text.length() || !Character.isLowSurrogate(text.charAt(to))
                        || to == 0 || !Character.isHighSurrogate(text.charAt(to - 1));
                assertEquals(transcript(jm, flags), transcript(lm, flags), where);
                int start = rnd.nextInt(text.length() + 1);
                assertEquals(jm.find(start) ? jm.start() + "," + jm.end() : "-", lm.find(start) ? lm.start() + "," + lm.end() : "-",
                        where + " find(" + start + ")");
                assertEquals(jp.matcher(text).replaceAll("<$0>"), lp.matcher(text).replaceAll("<$0>"), where);
            }
        }
    }

    private static List<String> transcript(java.util.regex.Matcher m, boolean flags) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "," + m.end() + " " + m.group() + (flags ? " hitEnd=" + m.hitEnd() + " requireEnd=" + m.requireEnd() : ""));
        }
        out.add(flags ? "hitEnd=" + m.hitEnd() + " requireEnd=" + m.requireEnd() : "end");
        return out;
    }

    private static List<String> transcript(dev.linrex.Matcher m, boolean flags) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "," + m.end() + " " + m.group() + (flags ? " hitEnd=" + m.hitEnd() + " requireEnd=" + m.requireEnd() : ""));
        }
        out.add(flags ? "hitEnd=" + m.hitEnd() + " requireEnd=" + m.requireEnd() : "end");
        return out;
    }

    @Test
    void agreesWithTheAutomataOnLongText() {
        // Long enough for the DFAs: the fast path against the same search without it.
        Random rnd = new Random(7);
        String text = randomText(rnd, 3000);
        for (String re : PATTERNS) {
            Ast.Root root = Parser.parse(re, 0);
            Strategy fast = Strategy.compile(root);
            Strategy dfas = Strategy.compile(root, LazyDfa.DEFAULT_CACHE_BYTES); // no fast path
            SearchInput in = new SearchInput(text, 3, text.length() - 1, false, true);
            Strategy.Scratch sf = fast.newScratch();
            Strategy.Scratch sd = dfas.newScratch();
            int[] a = new int[2];
            int[] b = new int[2];
            int p = in.regionStart;
            int matches = 0;
            while (p <= in.regionEnd) {
                boolean fa = fast.search(in, p, Anchor.UNANCHORED, a, sf);
                boolean fb = dfas.search(in, p, Anchor.UNANCHORED, b, sd);
                assertEquals(fb, fa, re + " from " + p);
                if (!fa) {
                    break;
                }
                assertEquals(b[0] + "," + b[1], a[0] + "," + a[1], re + " from " + p);
                matches++;
                p = a[1] > a[0] ? a[1] : a[1] + 1;
            }
            assertEquals(0, fast.inconsistencies() + dfas.inconsistencies(), re);
            assertTrue(matches > 0 || re.contains("^\\x{0}"), re);
        }
    }

    @Test
    void aFindLoopReadsEachUnitABoundedNumberOfTimes() {
        int n = 200_000;
        String text = "ab  c\uD83D\uDE00 ".repeat(n / 8);
        for (String re : new String[] {"\\pL", "[a-c]+", "a*", "x", "\\P{L}*", "[\\x{1F600}]"}) {
            Strategy st = Strategy.compile(Parser.parse(re, 0));
            Strategy.Scratch scratch = st.newScratch();
            SearchInput in = SearchInput.of(text);
            int[] slots = new int[2];
            int p = 0;
            while (p <= text.length() && st.search(in, p, Anchor.UNANCHORED, slots, scratch)) {
                p = slots[1] > slots[0] ? slots[1] : slots[1] + 1;
            }
            long steps = scratch.steps();
            assertTrue(steps <= 2L * text.length() + 2, re + ": " + steps + " steps for " + text.length() + " units");
        }
    }

    private static String randomText(Random rnd, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.append('"').toString();
    }
}
