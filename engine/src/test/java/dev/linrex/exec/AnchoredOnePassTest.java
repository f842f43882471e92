package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link AnchoredOnePass}: the route exists only for patterns no earlier rule of {@link Strategy}
 * applies to, and its anchored searches answer exactly as the Pike VM, slots and hit-end flags
 * included, whether or not the text holds the literals every match needs (the required-literal
 * filter it passes over is built at once here), on regions, short and long.
 */
class AnchoredOnePassTest {
    private static final String[] ROUTED = {
        "([0-9]+)-([0-9]+)-([0-9]+)", "(\\d{4})-(\\d{2})-(\\d{2})", "^(?:GET|POST) +([^ ]+) HTTP", "^a{2,5}$",
        "^([a-z]+)@([a-z]+)\\.com$", "^\\s*<(Apple|Banana|Cherry)>\\s*$", "(?m)^(\\w+):$", "\\bfoo\\b",
    };

    @Test
    void onlyPatternsNoEarlierRuleAppliesToHaveTheRoute() {
        for (String re : ROUTED) {
            assertNotNull(Strategy.compile(Parser.parse(re, 0)).anchoredOnePass(), re);
        }
        // Lookarounds; a literal set; a leading (?s).*; one class repeated; not one-pass.
        for (String re : new String[] {"(?=a)a", "abc|abd", "(?s).*x(y)", "a+", "(a|ab)(c|bcd)"}) {
            assertNull(Strategy.compile(Parser.parse(re, 0)).anchoredOnePass(), re);
        }
    }

    @Test
    void anchoredSearchesAgreeWithThePikeVm() {
        String[] texts = {"650-253-0001", "2025-12-25", "GET /abc HTTP/1.1", "POST  /a HTTP", "aaaaa", "aaaaaa",
            "user@example.com", "  <Banana>  \n", "key:\nx:", "foo bar", "650253", "GET /abc", "", "-", "\n"};
        int checked = 0;
        for (String re : ROUTED) {
            Strategy st = Strategy.compile(Parser.parse(re, 0), true); // required-literal filter at once
            PikeVmOracle oracle = new PikeVmOracle(st);
            for (String text : texts) {
                for (String t : new String[] {text, text + "9".repeat(1100)}) { // short, and past the filter's reach
                    for (SearchInput in : DfaAgreementTest.regions(t)) {
                        for (Anchor anchor : Anchor.values()) {
                            for (int from = in.regionStart; from <= Math.min(in.regionEnd, in.regionStart + 3); from++) {
                                for (int slots : new int[] {2, st.program().slotCount}) {
                                    String where = re + " on " + text.length() + "/" + t.length() + " [" + in.regionStart
                                            + "," + in.regionEnd + ") t=" + in.transparentBounds + " a=" + in.anchoringBounds
                                            + " " + anchor + " from " + from + " slots " + slots;
                                    oracle.assertSameSearch(in, from, anchor, slots, where);
                                    checked++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    @Test
    void aUnitNoMatchBeginsWithCostsNoScan() {
        // The route checks the first unit before the one-pass scan, as Strategy's own rule does.
        Strategy st = Strategy.compile(Parser.parse("([0-9]+)-([0-9]+)", 0), true);
        Strategy.Scratch scratch = st.newScratch();
        assertEquals(false, st.search(SearchInput.of("x-12-34"), 0, Anchor.BOTH, new int[6], scratch));
        assertEquals(0, scratch.steps());
        assertEquals(true, st.search(SearchInput.of("12-34"), 0, Anchor.BOTH, new int[6], scratch));
        assertEquals(5, scratch.steps()); // one unit each: the one-pass scan alone
    }
}
