package dev.linrex.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/** The backtracking-faithful NFA: which positions follow which, and along how many paths. */
class PositionNfaTest {
    private static PositionNfa nfa(String regex, Usage usage) {
        return PositionNfa.of(EpsilonNfa.of(Parser.parse(regex, 0).node(), usage));
    }

    /** Multiplicity of the edge from → to, 0 if there is none. */
    private static int edge(PositionNfa n, int from, int to) {
        for (int i = 0; i < n.targets[from].length; i++) {
            if (n.targets[from][i] == to) {
                return n.multiplicity[from][i];
            }
        }
        return 0;
    }

    /** The state reading {@code c} that is reached last in state order (the loop copy of x+). */
    private static int last(PositionNfa n, char c) {
        int found = -1;
        for (int s = 1; s < n.size(); s++) {
            if (s != n.retryState && n.sets[s].contains(c)) {
                found = s;
            }
        }
        return found;
    }

    @Test
    void simpleLoopReturnsAlongOnePath() {
        PositionNfa n = nfa("x+", Usage.MATCHES);
        int loop = last(n, 'x');
        assertEquals(1, edge(n, loop, loop));
    }

    @Test
    void nestedLoopReturnsAlongTwoPaths() {
        // x+ is one x then a loop, so (x+)+ has four x states; among the two of the outer loop's
        // copy, the next x is reached round the inner loop (x4 → x4) or round the outer one
        // (x4 → x3): more paths than states, the exponential shape.
        PositionNfa n = nfa("(x+)+", Usage.MATCHES);
        assertEquals(5, n.size());
        assertEquals(1, edge(n, 4, 4));
        assertEquals(1, edge(n, 4, 3));
        assertEquals(1, edge(n, 3, 4));
        assertEquals(1, edge(n, 3, 3));
    }

    @Test
    void nullableLoopBodyDoesNotLoopForever() {
        // (a*)* : an iteration that reads nothing ends the loop, as in java.util.regex, but a new
        // outer iteration after a non-empty one is a second way to read the next a.
        PositionNfa n = nfa("(a*)*", Usage.MATCHES);
        int a = last(n, 'a');
        assertEquals(2, edge(n, a, a));
    }

    @Test
    void alternativesAreSeparateStates() {
        PositionNfa n = nfa("(a|a)*", Usage.MATCHES);
        assertEquals(3, n.size()); // initial + two positions
        assertArrayEquals(new int[] {1, 2}, n.targets[0]);
        assertArrayEquals(new int[] {1, 2}, n.targets[1]);
        assertArrayEquals(new int[] {1, 2}, n.targets[2]);
    }

    @Test
    void findAddsARetryLoopThatAnchorsBlock() {
        PositionNfa free = nfa("a", Usage.FIND);
        assertTrue(free.retryState > 0);
        int a = last(free, 'a');
        assertEquals(1, edge(free, free.retryState, a));
        assertEquals(1, edge(free, free.retryState, free.retryState));

        PositionNfa anchored = nfa("^a", Usage.FIND);
        int a2 = last(anchored, 'a');
        assertEquals(1, edge(anchored, 0, a2), "\\A holds before the first character");
        assertEquals(0, edge(anchored, anchored.retryState, a2), "but not after the retry loop skipped one");
    }

    @Test
    void matchesHasNoRetryLoop() {
        assertEquals(-1, nfa("a", Usage.MATCHES).retryState);
    }

    @Test
    void countedRepeatsExpandWhileSmall() {
        assertEquals(1 + 3, nfa("a{3}", Usage.MATCHES).size());
        assertEquals(1 + 5, nfa("a{2,5}", Usage.MATCHES).size());
        // Too many positions: one copy, then a loop.
        PositionNfa big = nfa("a{100}", Usage.MATCHES);
        assertEquals(1 + 2, big.size());
    }

    @Test
    void initialStateReachesEveryReachablePosition() {
        PositionNfa n = nfa("ab*c", Usage.MATCHES);
        int[] parent = n.parentsFromStart();
        for (int s = 0; s < n.size(); s++) {
            assertTrue(parent[s] >= 0, "state " + s);
        }
    }
}
