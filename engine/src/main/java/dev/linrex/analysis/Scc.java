package dev.linrex.analysis;

import java.util.Arrays;

/**
 * Strongly connected components (Tarjan), iteratively so that deep graphs cannot overflow the
 * stack. Components are numbered in the order Tarjan completes them: a component's successors
 * all have smaller numbers (0 is a sink), which lets callers run dynamic programs over the DAG.
 */
final class Scc {
    private Scc() {}

    /** Component number of each node of the graph {@code adjacency} (node → successors). */
    static int[] components(int[][] adjacency) {
        int n = adjacency.length;
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            depth = 1;
            while (depth > 0) {
                int v = callNode[depth - 1];
                int e = callEdge[depth - 1];
                if (e < adjacency[v].length) {
                    callEdge[depth - 1] = e + 1;
                    int w = adjacency[v][e];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                        depth++;
                    } else if (comp[w] < 0) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        comp[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth > 0) {
                    int parent = callNode[depth - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return comp;
    }
}
