package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-pattern adaptive choices ({@link ShortSearchPolicy}, {@link DirectCaptures}) converge:
 * over a grep of many lines (a Matcher per line, as rebar's grep-captures does) the engine a line
 * runs on changes at most once, and on a grep that reads every group it settles on the one-pass
 * backtracking route, not the DFA pass plus a captures pass. Judged by what each line cost the
 * DFAs (steps), not by time: a flip back and forth would show as DFA work reappearing.
 */
class EngineChoiceConvergenceTest {
    private static final String LOG = "^([^ ]+ [^ ]+) ([DIWEF])[1234]: ((?:(?:\\[[^\\]]*?\\]|\\([^\\)]*?\\)): )*)(.*?) \\{([^\\}]*)\\}$";

    /** Log lines in the shape of rebar's unstructured-to-json haystack: mostly long, some short, some not matching. */
    private static List<String> lines(long seed, int count) {
        Random rnd = new Random(seed);
        String[] messages = {"Searching for query 'dummy query'", "Error on [search-slave:8080]: 4 - Deadline Exceeded",
            "ok", "Connection reset by peer while reading the response body of a request to the backend"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder("2022/06/17 06:25:").append(10 + rnd.nextInt(50)).append(' ')
                    .append("DIWEF".charAt(rnd.nextInt(5))).append(1 + rnd.nextInt(4)).append(": ");
            int prefixes = rnd.nextInt(3);
            for (int p = 0; p < prefixes; p++) {
                sb.append(rnd.nextBoolean() ? "[17936:" + rnd.nextInt(1 << 30) + ":(17998)]: " : "(8fb074fc-c766-498b-b224-" + rnd.nextInt(1 << 20) + "): ");
            }
            sb.append(messages[rnd.nextInt(messages.length)]);
            if (rnd.nextInt(10) == 0) {
                sb.append(" no braces"); // does not match
            } else {
                sb.append(" {/src/master/file").append(rnd.nextInt(100)).append(".cc:Function():").append(rnd.nextInt(500)).append('}');
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** One line searched as a String Matcher does it: groups deferred, then asked for if {@code ask}. */
    private static int[] grepLine(Strategy st, String line, Strategy.Scratch scratch, boolean ask) {
        SearchInput in = SearchInput.of(line);
        int[] slots = new int[2 * (st.groupCount() + 1)];
        int r = st.searchLazily(in, 0, Anchor.UNANCHORED, slots, scratch);
        if (r == Strategy.NO_MATCH) {
            return null;
        }
        if (r == Strategy.MATCH_BOUNDS && ask) {
            st.deferredCaptures(in, slots[0], slots[1], slots, scratch);
        }
        return slots;
    }

    /** {@link #enginePerLine}: the line ran on the DFAs, on another engine, or on none. */
    private static final char DFA = 'D';
    private static final char OTHER = 'b';
    /**
     * A line without a match whose last unit no match can end with (a line ending " no braces",
     * where every match ends with a closing brace) is answered before any engine is chosen
     * (Strategy.quickOrRun), so it says nothing about the choice.
     */
    private static final char NONE = '-';

    /** Per line (each with a fresh scratch, like a Matcher per line): {@link #DFA}, {@link #OTHER} or {@link #NONE}. */
    private static char[] enginePerLine(Strategy st, List<String> lines, java.util.function.IntPredicate ask) {
        char[] engine = new char[lines.size()];
        PikeVM vm = new PikeVM(st.program());
        for (int i = 0; i < lines.size(); i++) {
            Strategy.Scratch scratch = st.newScratch();
            String line = lines.get(i);
            boolean asked = ask.test(i);
            int[] got = grepLine(st, line, scratch, asked);
            int[] want = new int[2 * (st.groupCount() + 1)];
            boolean found = vm.search(SearchInput.of(line), 0, Anchor.START, want, vm.newCache());
            if (!found) {
                assertEquals(null, got, line);
            } else if (asked) {
                assertArrayEquals(want, got, line);
            } else {
                assertEquals(want[0], got[0], line);
                assertEquals(want[1], got[1], line);
            }
            engine[i] = scratch.dfaSteps() > 0 ? DFA : !found && !line.endsWith("}") ? NONE : OTHER;
        }
        return engine;
    }

    /** Lines within which the choices must have settled: a few lines of evidence, not hundreds. */
    private static final int SETTLE_LINES = 4 * ShortSearchPolicy.CAPTURES_WANTED;

    /**
     * The last line whose engine differs from the one before of the same kind (short lines, which
     * the backtracker alone may answer, and long ones each have their own rule), or 0.
     */
    private static int lastChange(char[] engine, List<String> lines) {
        int last = 0;
        for (boolean shortLines : new boolean[] {true, false}) {
            int prev = -1;
            for (int i = 0; i < engine.length; i++) {
                if (engine[i] != NONE && (lines.get(i).length() <= Strategy.SHORT_REGION) == shortLines) {
                    if (prev >= 0 && engine[prev] != engine[i]) {
                        last = Math.max(last, i);
                    }
                    prev = i;
                }
            }
        }
        return last;
    }

    /**
     * How often the engine changed between consecutive lines of one kind: short lines (which the
     * backtracker alone may answer) or long ones, each kind having its own rule.
     */
    private static int changes(char[] engine, List<String> lines, boolean shortLines) {
        int n = 0;
        int prev = -1;
        for (int i = 0; i < engine.length; i++) {
            if (engine[i] != NONE && (lines.get(i).length() <= Strategy.SHORT_REGION) == shortLines) {
                if (prev >= 0 && engine[prev] != engine[i]) {
                    n++;
                }
                prev = i;
            }
        }
        return n;
    }

    /** The per-line choices, for a failure message: D (DFAs), b or - (no engine), with s for a short line. */
    private static String trace(char[] engine, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < engine.length; i++) {
            sb.append(engine[i]).append(lines.get(i).length() <= Strategy.SHORT_REGION ? "s " : " ");
        }
        return sb.toString();
    }

    @Test
    void aGrepReadingEveryGroupSettlesOnTheBacktrackerAndStaysThere() {
        for (long seed = 1; seed <= 4; seed++) {
            Strategy st = Strategy.compile(Parser.parse(LOG, 0));
            List<String> lines = lines(seed, 600);
            char[] engine = enginePerLine(st, lines, i -> true);
            assertTrue(changes(engine, lines, false) <= 1, trace(engine, lines));
            assertTrue(lastChange(engine, lines) < SETTLE_LINES, "the engine still changed at line " + lastChange(engine, lines) + ": " + trace(engine, lines));
            assertFalse(engine[engine.length - 1] == DFA, "settled on the DFA pass plus a captures pass");
            int dfaLines = 0;
            for (char e : engine) {
                dfaLines += e == DFA ? 1 : 0;
            }
            assertTrue(dfaLines <= 2 * ShortSearchPolicy.CAPTURES_WANTED, dfaLines + " lines on the DFAs before settling");
            assertFalse(st.directCapturesCostly());
            assertEquals(0, st.fallbacks(), "the DFAs never gave up");
        }
    }

    @Test
    void whateverShareOfGroupsIsReadTheChoiceNeverFlipsBack() {
        // Long lines change engine at most once (DFAs, then the backtracker once callers are seen
        // to want the groups); short lines at most twice (the backtracker before the DFAs exist,
        // the DFAs while groups seem unwanted, the backtracker once they are wanted).
        Random rnd = new Random(7);
        for (int t = 0; t < 10; t++) {
            final int k = t + 1;
            double p = 0.1 * t;
            java.util.function.IntPredicate ask = t < 5 ? i -> i % k == 0 : i -> rnd.nextDouble() < p;
            Strategy st = Strategy.compile(Parser.parse(LOG, 0));
            List<String> lines = lines(10 + t, 600);
            char[] engine = enginePerLine(st, lines, ask);
            String what = (t < 5 ? "asking every " + k : "asking at random (" + p + ")") + ": " + trace(engine, lines);
            assertTrue(changes(engine, lines, false) <= 1, what);
            assertTrue(changes(engine, lines, true) <= 2, what);
            if (t == 0) {
                assertTrue(lastChange(engine, lines) < SETTLE_LINES, what);
            }
        }
    }

    @Test
    void aGrepThatNeverReadsGroupsStaysOnTheDfas() {
        Strategy st = Strategy.compile(Parser.parse(LOG, 0));
        List<String> lines = lines(3, 400);
        char[] engine = enginePerLine(st, lines, i -> false);
        int noEngineLines = 0;
        for (int i = 0; i < engine.length; i++) {
            noEngineLines += engine[i] == NONE ? 1 : 0;
            if (engine[i] != NONE && lines.get(i).length() > Strategy.SHORT_REGION) {
                assertEquals(DFA, engine[i], "line " + i);
            }
        }
        // About one line in ten has no braces: those are the lines answered without an engine.
        assertTrue(noEngineLines > 10 && noEngineLines < 80, noEngineLines + " lines answered without an engine");
    }
}
