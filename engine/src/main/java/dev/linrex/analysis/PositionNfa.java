package dev.linrex.analysis;

import dev.linrex.syntax.CodePointSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The epsilon-free form of an {@link EpsilonNfa}: one state per character position, and an edge
 * p → q for each way a backtracker can get from having matched p to trying q without reading a
 * character. Parallel ways are kept as a multiplicity (capped at 2, all the analysis needs): in
 * {@code (x+)+} the position {@code x} reaches itself twice, once round each loop, and that
 * doubling per character is the exponential blow-up.
 *
 * <p>State 0 is the initial state (nothing matched yet); states 1.. are positions. An epsilon path
 * may not end a loop iteration that consumed nothing (java.util.regex stops looping then), which
 * also keeps the path count finite.
 */
final class PositionNfa {
    /** Limit on epsilon-path steps for the whole pattern; beyond it the analysis gives up. */
    static final int STEP_BUDGET = 2_000_000;

    /** Thrown when the pattern has too many epsilon paths to enumerate within the budget. */
    static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex() {
            super("too many paths to analyse", null, false, false);
        }
    }

    /** Per state: the characters it matches (null for the initial state). */
    final CodePointSet[] sets;
    /** Per state: successor states. */
    final int[][] targets;
    /** Per state, parallel to targets: number of distinct epsilon paths, 1 or 2. */
    final int[][] multiplicity;

    /** The state of find()'s implicit retry loop (any character), or -1 for matches(). */
    final int retryState;

    private PositionNfa(CodePointSet[] sets, int[][] targets, int[][] multiplicity, int retryState) {
        this.retryState = retryState;
        this.sets = sets;
        this.targets = targets;
        this.multiplicity = multiplicity;
    }

    int size() {
        return sets.length;
    }

    private int[] parents;

    /**
     * Breadth-first search tree from the initial state: each state's parent on a shortest path
     * (the initial state is its own parent, -1 for unreachable states). Computed once.
     */
    int[] parentsFromStart() {
        if (parents == null) {
            int[] parent = new int[size()];
            java.util.Arrays.fill(parent, -1);
            parent[0] = 0;
            int[] queue = new int[size()];
            int head = 0;
            int tail = 0;
            queue[tail++] = 0;
            while (head < tail) {
                int s = queue[head++];
                for (int t : targets[s]) {
                    if (parent[t] < 0) {
                        parent[t] = s;
                        queue[tail++] = t;
                    }
                }
            }
            parents = parent;
        }
        return parents;
    }

    static PositionNfa of(EpsilonNfa nfa) {
        int[] stateOf = new int[nfa.size()];
        Arrays.fill(stateOf, -1);
        List<Integer> nodes = new ArrayList<>();
        nodes.add(-1);
        for (int n = 0; n < nfa.size(); n++) {
            if (nfa.kind.get(n) == EpsilonNfa.CHAR) {
                stateOf[n] = nodes.size();
                nodes.add(n);
            }
        }
        int count = nodes.size();
        CodePointSet[] sets = new CodePointSet[count];
        int[][] targets = new int[count][];
        int[][] mult = new int[count][];
        int[] budget = {STEP_BUDGET};
        Closure closure = new Closure(nfa, stateOf, count, budget);
        for (int s = 0; s < count; s++) {
            int from;
            boolean initial = s == 0;
            if (initial) {
                from = nfa.start;
            } else {
                int node = nodes.get(s);
                sets[s] = nfa.set.get(node);
                from = nfa.next.get(node).get(0);
            }
            closure.run(from, initial);
            targets[s] = closure.targets();
            mult[s] = closure.multiplicities(targets[s]);
        }
        return new PositionNfa(sets, targets, mult, nfa.retryNode < 0 ? -1 : stateOf[nfa.retryNode]);
    }

    /** Counts epsilon paths from one node to each position (capped at 2), depth first. */
    private static final class Closure {
        private final EpsilonNfa nfa;
        private final int[] stateOf;
        private final int[] counts;
        private final int[] touched;
        private int touchedSize;
        private final int[] onPath;
        private final int[] budget;

        Closure(EpsilonNfa nfa, int[] stateOf, int states, int[] budget) {
            this.nfa = nfa;
            this.stateOf = stateOf;
            this.counts = new int[states];
            this.touched = new int[states];
            this.onPath = new int[nfa.size()];
            this.budget = budget;
        }

        void run(int from, boolean initial) {
            for (int i = 0; i < touchedSize; i++) {
                counts[touched[i]] = 0;
            }
            touchedSize = 0;
            // Explicit stack of (node, next edge index): no recursion on user-controlled depth.
            int[] nodeStack = new int[16];
            int[] edgeStack = new int[16];
            int depth = 0;
            if (!enter(from, initial)) {
                return;
            }
            nodeStack[0] = from;
            edgeStack[0] = 0;
            depth = 1;
            while (depth > 0) {
                if (--budget[0] < 0) {
                    throw new TooComplex();
                }
                int node = nodeStack[depth - 1];
                List<Integer> out = nfa.next.get(node);
                int e = edgeStack[depth - 1];
                if (nfa.kind.get(node) == EpsilonNfa.CHAR || e >= out.size()) {
                    onPath[node]--;
                    depth--;
                    continue;
                }
                edgeStack[depth - 1] = e + 1;
                int to = out.get(e);
                if (nfa.back.get(node).get(e) && onPath[to] > 0) {
                    continue; // would end an iteration that consumed nothing
                }
                if (!enter(to, initial)) {
                    continue;
                }
                if (depth == nodeStack.length) {
                    nodeStack = Arrays.copyOf(nodeStack, depth * 2);
                    edgeStack = Arrays.copyOf(edgeStack, depth * 2);
                }
                nodeStack[depth] = to;
                edgeStack[depth] = 0;
                depth++;
            }
        }

        /** Steps onto {@code node}; false if the path cannot continue there. */
        private boolean enter(int node, boolean initial) {
            int k = nfa.kind.get(node);
            if (k == EpsilonNfa.BEGIN_INPUT && !initial) {
                return false; // \A after a character never holds
            }
            if (k == EpsilonNfa.CHAR) {
                int s = stateOf[node];
                if (counts[s] == 0) {
                    touched[touchedSize++] = s;
                }
                if (counts[s] < 2) {
                    counts[s]++;
                }
            }
            onPath[node]++;
            return true;
        }

        int[] targets() {
            int[] t = Arrays.copyOf(touched, touchedSize);
            Arrays.sort(t);
            return t;
        }

        int[] multiplicities(int[] targets) {
            int[] m = new int[targets.length];
            for (int i = 0; i < targets.length; i++) {
                m[i] = counts[targets[i]];
            }
            return m;
        }
    }
}
