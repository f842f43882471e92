package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The required-literal rejection: it answers exactly as the unfiltered engines (results and the
 * hit-end flags, which a rejection takes from a deferred Pike VM run of the same search), runs no
 * automaton when it rejects, and stays linear over a find loop (each needle's next occurrence is
 * remembered, not searched again from every start).
 */
class RequiredLiteralFilterTest {
    private static final String[] PATTERNS = {
        "([\\S]+)\\b\\[(.+)\\]", "<[^>]*entity[^>]*>{1,2}", "(?s)<meta_start>.*?<meta_end>",
        "(?i)\\b(?:https?://|www\\.)(?:[a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,6}", "(?i)keyword_to_find",
        "(?iu)k\\w*s_end", "(?m)^foo.*bar$", "x.*?end$", "(?:ab|cd)\\d*", "a(?=bc)", "(?<=ab)cd\\w*",
        "\\bend\\b.", "\uD83D\uDE00+x", "[\uD83D\uDE00\uD83D\uDE01]y", "(e)(n)?d", "(?:end)+$", "end\\z",
        "(?s).*end", "^end", "(?i)end|bar",
    };
    private static final String[] FRAGMENTS = {
        "a", "x", " ", "\n", "foo", "bar", "[", "]", "<", ">", "entity", "<meta_start>", "<meta_end>",
        "KEYWORD_TO_FIND", "\u212A", "\u017F", "k", "_end", "end", "en", "d", "ab", "cd", "bc", ".", "http://",
        "www.", "com", "\uD83D\uDE00", "\uD83D", "\uDE00", "y", "1",
    };

    private static String describe(Strategy st, SearchInput in, int from, Anchor anchor) {
        Strategy.Scratch scratch = st.newScratch();
        int[] slots = new int[2 * (st.groupCount() + 1)];
        Arrays.fill(slots, -1);
        boolean found = st.search(in, from, anchor, slots, scratch);
        return found + " " + Arrays.toString(found ? slots : new int[0])
                + " hitEnd=" + scratch.hitEnd() + " requireEnd=" + scratch.requireEnd();
    }

    @Test
    void answersAsTheUnfilteredEnginesWithRegionsBoundsAndAnchors() {
        Random r = new Random(42);
        int rejections = 0;
        for (String regex : PATTERNS) {
            Strategy filtered = Strategy.compile(Parser.parse(regex, 0), true);
            Strategy plain = Strategy.compile(Parser.parse(regex, 0), false);
            for (int i = 0; i < 150; i++) {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(10);
                for (int k = 0; k < n; k++) {
                    sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
                }
                String text = sb.toString();
                int len = text.length();
                int rs = r.nextInt(len + 1);
                int re = rs + r.nextInt(len - rs + 1);
                if (r.nextBoolean()) {
                    rs = 0;
                    re = len; // the whole text: the filter's usual case
                }
                SearchInput in = new SearchInput(text, rs, re, r.nextBoolean(), r.nextBoolean());
                for (Anchor anchor : Anchor.values()) {
                    int from = rs + r.nextInt(re - rs + 1);
                    String where = regex + " on \"" + text + "\" [" + rs + "," + re + ") from " + from + " " + anchor;
                    String expected = describe(plain, in, from, anchor);
                    assertEquals(expected, describe(filtered, in, from, anchor), where);
                    RequiredLiteralFilter f = filtered.requiredFilter();
                    if (f != null && !f.mayMatch(text, from, re, new RequiredLiteralFilter.Memo(), filtered.newScratch())) {
                        assertTrue(expected.startsWith("false"), "rejected but matches: " + where);
                        rejections++;
                    }
                }
            }
        }
        assertTrue(rejections > 500, "the filter must be exercised: " + rejections + " rejections");
    }

    @Test
    void aRejectionRunsNoAutomaton() {
        Strategy st = Strategy.compile(Parser.parse("(?s)<meta_start>.*?<meta_end>", 0), true);
        String text = "<meta_start>Thinking process: analyzing query... ".repeat(200);
        Strategy.Scratch scratch = st.newScratch();
        assertFalse(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, new int[2], scratch));
        assertEquals(0, scratch.dfaSteps());
        assertEquals(0, scratch.steps(), "no engine step");
        // A scratch's first search is not remembered (no memo allocated for a one-search Matcher); the second is.
        assertFalse(st.search(SearchInput.of(text), 0, Anchor.UNANCHORED, new int[2], scratch));
        assertEquals(0, scratch.steps(), "no engine step");
        long scanned = scratch.requiredMemo().steps;
        assertTrue(scanned > 0 && scanned <= 2L * text.length(), "scanned " + scanned);
        assertTrue(scratch.hitEnd()); // computed on request by the deferred Pike VM run, as unfiltered
    }

    @Test
    void aFindLoopScansEachNeedleOncePerPass() {
        // "ab" occurs only at the very end: without the memo every find() would scan to it again.
        Strategy st = Strategy.compile(Parser.parse("(?:ab|cd)\\d*", 0), true);
        long[] scanned = new long[3];
        int[] matches = new int[3];
        for (int k = 0; k < 3; k++) {
            int n = 1000 << k;
            String text = "cd ".repeat(n) + "ab";
            Strategy.Scratch scratch = st.newScratch();
            SearchInput in = SearchInput.of(text);
            int[] slots = new int[2];
            int from = 0;
            while (from <= text.length() && st.search(in, from, Anchor.UNANCHORED, slots, scratch)) {
                matches[k]++;
                from = slots[1] > slots[0] ? slots[1] : slots[1] + 1;
            }
            scanned[k] = scratch.requiredMemo().steps;
            assertTrue(scanned[k] <= 2L * text.length(), "needle scans " + scanned[k] + " for " + text.length() + " units");
        }
        assertArrayEquals(new int[] {1001, 2001, 4001}, matches);
        assertTrue(scanned[2] < 2.2 * scanned[1] && scanned[1] < 2.2 * scanned[0], Arrays.toString(scanned));
    }

    @Test
    void aSmallRegionOfALongTextIsNotScannedPastItsEnd() {
        Strategy st = Strategy.compile(Parser.parse("\\[\\w+\\]", 0), true);
        String text = "x".repeat(100_000);
        Strategy.Scratch scratch = st.newScratch();
        for (int s = 0; s + 10 <= 1000; s += 10) {
            SearchInput in = new SearchInput(text, s, s + 10, false, true);
            assertFalse(st.search(in, s, Anchor.UNANCHORED, new int[2], scratch));
        }
        // indexOf cannot stop at the region end: such searches go unfiltered rather than scan 100,000 units each.
        assertEquals(0, scratch.requiredMemo().steps);
    }

    @Test
    void aTextWithManyMatchesIsCheckedOnlyForItsFirstSearches() {
        RequiredLiteralFilter f = RequiredLiteralFilter.of(
                dev.linrex.nfa.RequiredLiterals.of(Parser.parse("<[^>]*entity[^>]*>", 0)));
        Strategy st = Strategy.compile(Parser.parse("x", 0));
        String text = "<entity>".repeat(10) + "x".repeat(200);
        RequiredLiteralFilter.Memo memo = new RequiredLiteralFilter.Memo();
        for (int i = 0; i < RequiredLiteralFilter.MAX_PASSES; i++) {
            assertTrue(f.mayMatch(text, 8 * i, text.length(), memo, st.newScratch()));
        }
        long scanned = memo.steps;
        // Past the last match the needle is gone, but this text has had its checks: let through unscanned.
        assertTrue(f.mayMatch(text, 80, text.length(), memo, st.newScratch()));
        assertEquals(scanned, memo.steps);
        // A new text (even equal) is checked again, and its tail rejected.
        String other = new String(text.toCharArray());
        assertFalse(f.mayMatch(other, 80, other.length(), memo, st.newScratch()));
    }

    @Test
    void endAnchoredAndLongAnchoredSearchesAreNotScanned() {
        String text = "q".repeat(100_000);
        SearchInput in = new SearchInput(text, 0, text.length(), false, true);
        for (String re : new String[] {"[XYZ]ABCDEFG$", "^abc.*xyz", "end\\z"}) {
            Strategy st = Strategy.compile(Parser.parse(re, 0), true);
            Strategy.Scratch scratch = st.newScratch();
            int[] slots = new int[2 * (st.groupCount() + 1)];
            for (int k = 0; k < 2; k++) { // (a scratch's first search is not remembered, the second is)
                assertFalse(st.search(in, 0, Anchor.UNANCHORED, slots, scratch), re);
            }
            assertEquals(0, scratch.requiredMemo().steps, re + ": the search reads only a few units, the filter none");
        }
        // An unanchored search of the same text is scanned (and rejected).
        Strategy st = Strategy.compile(Parser.parse("a[XYZ]ABCDEFG", 0), true);
        Strategy.Scratch scratch = st.newScratch();
        for (int k = 0; k < 2; k++) {
            assertFalse(st.search(in, 0, Anchor.UNANCHORED, new int[2], scratch));
        }
        assertTrue(scratch.requiredMemo().steps > 0);
    }
}
