package dev.linrex.exec;

import dev.linrex.syntax.Parser;
import java.util.function.IntBinaryOperator;

/** Test support: a find loop of one pattern over a String, as Matcher.find runs it (searchLazily from each match end). */
final class FindLoop {
    private FindLoop() {
    }

    /**
     * Runs the loop, handing each match's start and end to {@code eachMatch} (its result is
     * ignored), and returns the work the searches charged to the budget.
     */
    static long work(String regex, String text, IntBinaryOperator eachMatch) {
        Strategy st = Strategy.compile(Parser.parse(regex, 0));
        Strategy.Scratch scratch = st.newScratch();
        SearchInput in = new SearchInput(text, 0, text.length(), false, true);
        int[] slots = new int[2];
        int p = 0;
        while (st.searchLazily(in, p, Anchor.UNANCHORED, slots, scratch) != Strategy.NO_MATCH) {
            eachMatch.applyAsInt(slots[0], slots[1]);
            p = slots[1];
        }
        return scratch.spent();
    }
}
