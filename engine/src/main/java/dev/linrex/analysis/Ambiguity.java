package dev.linrex.analysis;

import dev.linrex.syntax.CodePointSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the ambiguity in a {@link PositionNfa} that makes backtracking super-linear, after the
 * criteria of Weber and Seidl as used by ReDoS checkers (see NOTICE):
 *
 * <ul>
 *   <li><b>Exponential</b> (EDA): some state can return to itself along two different paths on the
 *       same text. Checked per character c on the subgraph of states that match c (an SCC that
 *       is more than a simple cycle), then for longer pumps on the product automaton (pairs of
 *       states reading the same text: an SCC holding both (p,p) and a pair of different paths).
 *   <li><b>Polynomial</b> (IDA): loops one after another that all match the same character c,
 *       each reachable from the previous on c: k loops can split c^n in about n^(k-1) ways,
 *       and with find()'s retry loop in front one more factor n. The degree is the longest such
 *       chain. Only single-character pumps are looked for here.
 * </ul>
 */
final class Ambiguity {
    private Ambiguity() {}

    /** Distinct character classes tried as single-character pumps. */
    static final int MAX_CANDIDATE_CHARS = 128;
    /** Product automaton limits (pairs of states, edges between them). */
    static final long MAX_PRODUCT_NODES = 4_000_000;
    static final long MAX_PRODUCT_EDGES = 300_000;
    /** Above this many edges in the automaton itself, the product is not attempted. */
    static final long MAX_BASE_EDGES_FOR_PRODUCT = 50_000;

    private static final String PREFERRED =
            "axyzbcdefghijklmnopqrstuvw0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ _-=.,;:!@#$%&*+/\\|'\"`~^?<>()[]{}\t\n\r";

    /**
     * The ambiguities found, worst first (exponential before polynomial, higher degree first,
     * at most one per pump character), and whether some check was skipped as too large.
     */
    record Outcome(List<Finding> findings, boolean partial) {}

    static Outcome analyze(PositionNfa nfa) {
        List<Finding> found = new ArrayList<>(singleCharacter(nfa));
        boolean partial = false;
        if (found.isEmpty() || found.get(0).complexity() != Finding.Complexity.EXPONENTIAL) {
            try {
                Finding multi = pairs(nfa);
                if (multi != null) {
                    found.add(0, multi);
                }
            } catch (TooBig e) {
                partial = true;
            }
        }
        return new Outcome(found, partial);
    }

    private static final java.util.Comparator<Finding> WORST_FIRST = java.util.Comparator
            .comparing((Finding f) -> f.complexity() != Finding.Complexity.EXPONENTIAL)
            .thenComparing(f -> -f.degree())
            .thenComparing(f -> f.prefix().length());

    private static final class TooBig extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooBig() {
            super(null, null, false, false);
        }
    }

    // ---- single-character pumps ----

    private static List<Finding> singleCharacter(PositionNfa nfa) {
        int n = nfa.size();
        List<Finding> all = new ArrayList<>();
        for (int c : candidateChars(nfa)) {
            Finding best = null;
            int bestPrefix = Integer.MAX_VALUE;
            boolean[] member = new boolean[n];
            for (int s = 1; s < n; s++) {
                member[s] = nfa.sets[s].contains(c);
            }
            int[][] adj = new int[n][];
            int[][] mul = new int[n][];
            for (int s = 0; s < n; s++) {
                if (!member[s]) {
                    adj[s] = new int[0];
                    mul[s] = new int[0];
                    continue;
                }
                int[] t = nfa.targets[s];
                int[] a = new int[t.length];
                int[] m = new int[t.length];
                int k = 0;
                for (int i = 0; i < t.length; i++) {
                    if (member[t[i]]) {
                        a[k] = t[i];
                        m[k++] = nfa.multiplicity[s][i];
                    }
                }
                adj[s] = Arrays.copyOf(a, k);
                mul[s] = Arrays.copyOf(m, k);
            }
            int[] comp = Scc.components(adj);
            int comps = 0;
            for (int s = 0; s < n; s++) {
                comps = Math.max(comps, comp[s] + 1);
            }
            int[] size = new int[comps];
            long[] internal = new long[comps];
            int[] anyMember = new int[comps];
            Arrays.fill(anyMember, -1);
            List<List<Integer>> membersOf = new ArrayList<>();
            for (int i = 0; i < comps; i++) {
                membersOf.add(new ArrayList<>());
            }
            for (int s = 1; s < n; s++) {
                if (!member[s]) {
                    continue;
                }
                int cs = comp[s];
                size[cs]++;
                anyMember[cs] = s;
                membersOf.get(cs).add(s);
                for (int i = 0; i < adj[s].length; i++) {
                    if (comp[adj[s][i]] == cs) {
                        internal[cs] += mul[s][i];
                    }
                }
            }
            String pump = new String(Character.toChars(c));
            // Exponential: a strongly connected part with more than one cycle through a state.
            for (int cs = 0; cs < comps; cs++) {
                if (size[cs] > 0 && internal[cs] > size[cs]) {
                    int s = anyMember[cs];
                    String prefix = pathTo(nfa, s);
                    if (prefix == null) {
                        continue;
                    }
                    Finding f = new Finding(Finding.Complexity.EXPONENTIAL, 0, prefix, pump, "", false,
                            "a state reads " + show(c) + " again along two different paths"
                                    + " (nested or overlapping loops)");
                    if (better(f, prefix.length(), best, bestPrefix)) {
                        best = f;
                        bestPrefix = prefix.length();
                    }
                }
            }
            // Polynomial: the longest chain of loops on c, components in completion order (sinks first).
            int[] degree = new int[comps];
            boolean[] viaRetry = new boolean[comps];
            for (int cs = 0; cs < comps; cs++) {
                if (size[cs] == 0) {
                    continue;
                }
                int bestNext = 0;
                boolean retry = false;
                for (int s : membersOf.get(cs)) {
                    for (int t : adj[s]) {
                        int ct = comp[t];
                        if (ct != cs && degree[ct] > bestNext) {
                            bestNext = degree[ct];
                            retry = viaRetry[ct];
                        }
                    }
                }
                boolean cyclic = internal[cs] > 0;
                degree[cs] = bestNext + (cyclic ? 1 : 0);
                viaRetry[cs] = retry || (cyclic && membersOf.get(cs).contains(nfa.retryState));
            }
            for (int cs = 0; cs < comps; cs++) {
                if (degree[cs] >= 2 && internal[cs] > 0) {
                    int s = anyMember[cs];
                    String prefix = pathTo(nfa, s);
                    if (prefix == null) {
                        continue;
                    }
                    String cause = degree[cs] + " loops in a row all read " + show(c)
                            + (viaRetry[cs] ? ", counting find()'s retry from each index" : "");
                    Finding f = new Finding(Finding.Complexity.POLYNOMIAL, degree[cs], prefix, pump, "", false, cause);
                    if (better(f, prefix.length(), best, bestPrefix)) {
                        best = f;
                        bestPrefix = prefix.length();
                    }
                }
            }
            if (best != null) {
                all.add(best);
            }
        }
        all.sort(WORST_FIRST);
        return all;
    }

    private static boolean better(Finding f, int prefixLength, Finding best, int bestPrefix) {
        if (best == null) {
            return true;
        }
        if (f.complexity() != best.complexity()) {
            return f.complexity() == Finding.Complexity.EXPONENTIAL;
        }
        if (f.degree() != best.degree()) {
            return f.degree() > best.degree();
        }
        return prefixLength < bestPrefix;
    }

    /** One character per distinct membership pattern across the states' sets, readable ones first. */
    private static List<Integer> candidateChars(PositionNfa nfa) {
        Set<Integer> raw = new LinkedHashSet<>();
        for (int i = 0; i < PREFERRED.length(); i++) {
            raw.add((int) PREFERRED.charAt(i));
        }
        for (int s = 1; s < nfa.size(); s++) {
            if (s == nfa.retryState) {
                continue;
            }
            CodePointSet set = nfa.sets[s];
            for (int r = 0; r < set.rangeCount(); r++) {
                raw.add(set.lo(r));
                if (set.hi(r) < CodePointSet.MAX) {
                    raw.add(set.hi(r) + 1);
                }
            }
        }
        // Membership is decided per distinct set: many states share one (each 'a' of a pattern).
        Set<CodePointSet> sets = new LinkedHashSet<>();
        for (int s = 1; s < nfa.size(); s++) {
            if (s != nfa.retryState) {
                sets.add(nfa.sets[s]);
            }
        }
        List<CodePointSet> distinct = new ArrayList<>(sets);
        Set<BitSet> seen = new HashSet<>();
        List<Integer> out = new ArrayList<>();
        for (int c : raw) {
            BitSet signature = new BitSet();
            for (int i = 0; i < distinct.size(); i++) {
                if (distinct.get(i).contains(c)) {
                    signature.set(i);
                }
            }
            if (!signature.isEmpty() && seen.add(signature)) {
                out.add(c);
                if (out.size() == MAX_CANDIDATE_CHARS) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Shortest text leading from the initial state to just before {@code target} reads its
     * character (so the caller's pump supplies that character), or null if unreachable.
     */
    private static String pathTo(PositionNfa nfa, int target) {
        int[] parent = nfa.parentsFromStart();
        if (parent[target] < 0) {
            return null;
        }
        List<Integer> states = new ArrayList<>();
        for (int s = parent[target]; s != 0; s = parent[s]) {
            states.add(s);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = states.size() - 1; i >= 0; i--) {
            sb.appendCodePoint(sample(nfa.sets[states.get(i)]));
        }
        return sb.toString();
    }

    /** A character of {@code set}, a readable one if there is one. */
    static int sample(CodePointSet set) {
        for (int i = 0; i < PREFERRED.length(); i++) {
            if (set.contains(PREFERRED.charAt(i))) {
                return PREFERRED.charAt(i);
            }
        }
        for (int r = 0; r < set.rangeCount(); r++) {
            if (set.lo(r) <= 0x7e && set.hi(r) >= 0x20) {
                return Math.max(set.lo(r), 0x20);
            }
        }
        return set.lo(0);
    }

    static String show(int c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + (char) c + "'";
        }
        return String.format("U+%04X", c);
    }

    // ---- multi-character pumps: the product automaton ----

    private static Finding pairs(PositionNfa nfa) {
        int n = nfa.size();
        long baseEdges = 0;
        for (int[] t : nfa.targets) {
            baseEdges += t.length;
        }
        if ((long) n * n > MAX_PRODUCT_NODES || baseEdges > MAX_BASE_EDGES_FOR_PRODUCT) {
            throw new TooBig();
        }
        // Only states on some cycle can start an exponential pump.
        int[] baseComp = Scc.components(nfa.targets);
        boolean[] onCycle = new boolean[n];
        int[] compSize = new int[n];
        for (int s = 0; s < n; s++) {
            compSize[baseComp[s]]++;
        }
        for (int s = 1; s < n; s++) {
            if (compSize[baseComp[s]] > 1) {
                onCycle[s] = true;
            }
            for (int t : nfa.targets[s]) {
                if (t == s) {
                    onCycle[s] = true;
                }
            }
        }
        int[] idOf = new int[n * n];
        Arrays.fill(idOf, -1);
        List<Integer> pairOf = new ArrayList<>();
        List<int[]> succ = new ArrayList<>();
        List<boolean[]> branching = new ArrayList<>();
        int[] to = new int[64];
        boolean[] br = new boolean[64];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int d = 1; d < n; d++) {
            if (onCycle[d] && d != nfa.retryState) {
                int key = d * n + d;
                idOf[key] = pairOf.size();
                pairOf.add(key);
                queue.add(key);
            }
        }
        long edges = 0;
        byte[][] overlap = new byte[n][];
        while (!queue.isEmpty()) {
            int key = queue.poll();
            int p = key / n;
            int q = key % n;
            int count = 0;
            for (int i = 0; i < nfa.targets[p].length; i++) {
                int p2 = nfa.targets[p][i];
                for (int j = 0; j < nfa.targets[q].length; j++) {
                    int q2 = nfa.targets[q][j];
                    if (!overlaps(nfa, overlap, p2, q2)) {
                        continue;
                    }
                    if (++edges > MAX_PRODUCT_EDGES) {
                        throw new TooBig();
                    }
                    int k2 = p2 * n + q2;
                    if (idOf[k2] < 0) {
                        idOf[k2] = pairOf.size();
                        pairOf.add(k2);
                        queue.add(k2);
                    }
                    if (count == to.length) {
                        to = Arrays.copyOf(to, count * 2);
                        br = Arrays.copyOf(br, count * 2);
                    }
                    to[count] = idOf[k2];
                    br[count++] = p == q && p2 == q2 && nfa.multiplicity[p][i] > 1;
                }
            }
            // Nodes are numbered in discovery order, which is also the order they are dequeued.
            succ.add(Arrays.copyOf(to, count));
            branching.add(Arrays.copyOf(br, count));
        }
        int[][] adj = succ.toArray(new int[0][]);
        int[] comp = Scc.components(adj);
        int count = adj.length;
        int comps = 0;
        for (int v = 0; v < count; v++) {
            comps = Math.max(comps, comp[v] + 1);
        }
        int[] diagonal = new int[comps];
        Arrays.fill(diagonal, -1);
        for (int v = 0; v < count; v++) {
            int key = pairOf.get(v);
            if (key / n == key % n) {
                diagonal[comp[v]] = v;
            }
        }
        for (int v = 0; v < count; v++) {
            int d = diagonal[comp[v]];
            if (d < 0) {
                continue;
            }
            int key = pairOf.get(v);
            int witnessFrom = -1;
            int witnessTo = -1;
            if (key / n != key % n) {
                witnessTo = v;
            } else {
                for (int i = 0; i < adj[v].length; i++) {
                    if (branching.get(v)[i] && comp[adj[v][i]] == comp[v]) {
                        witnessFrom = v;
                        witnessTo = adj[v][i];
                    }
                }
                if (witnessTo < 0) {
                    continue;
                }
            }
            // Pump: D → (witness) → D inside the component.
            StringBuilder pump = new StringBuilder();
            if (witnessFrom >= 0) {
                if (d != witnessFrom && !walk(nfa, adj, comp, pairOf, n, d, witnessFrom, pump)) {
                    continue;
                }
                pump.appendCodePoint(label(nfa, pairOf.get(witnessTo), n));
            } else if (!walk(nfa, adj, comp, pairOf, n, d, witnessTo, pump)) {
                continue;
            }
            if (witnessTo != d && !walk(nfa, adj, comp, pairOf, n, witnessTo, d, pump)) {
                continue;
            }
            int state = pairOf.get(d) / n;
            String before = pathTo(nfa, state);
            if (before == null) {
                continue;
            }
            String prefix = before + new String(Character.toChars(sample(nfa.sets[state])));
            return new Finding(Finding.Complexity.EXPONENTIAL, 0, prefix, pump.toString(), "", false,
                    "the text \"" + pump + "\" can be read in two different ways, repeatedly"
                            + " (overlapping alternatives or nested loops)");
        }
        return null;
    }

    /** Whether two states' sets intersect; cached (0 unknown, 1 no, 2 yes). */
    private static boolean overlaps(PositionNfa nfa, byte[][] cache, int p, int q) {
        if (cache[p] == null) {
            cache[p] = new byte[nfa.size()];
        }
        if (cache[p][q] == 0) {
            cache[p][q] = (byte) (nfa.sets[p].intersect(nfa.sets[q]).isEmpty() ? 1 : 2);
        }
        return cache[p][q] == 2;
    }

    /** A character both states of the pair read. */
    private static int label(PositionNfa nfa, int key, int n) {
        return sample(nfa.sets[key / n].intersect(nfa.sets[key % n]));
    }

    /** Appends the labels of a shortest path from → to (to's label included, from's not) inside one component. */
    private static boolean walk(PositionNfa nfa, int[][] adj, int[] comp, List<Integer> pairOf, int n,
                                        int from, int to, StringBuilder out) {
        int[] parent = new int[adj.length];
        Arrays.fill(parent, -1);
        parent[from] = from;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty() && parent[to] < 0) {
            int v = queue.poll();
            for (int w : adj[v]) {
                if (parent[w] < 0 && comp[w] == comp[from]) {
                    parent[w] = v;
                    queue.add(w);
                }
            }
        }
        if (parent[to] < 0) {
            return false;
        }
        List<Integer> path = new ArrayList<>();
        for (int v = to; v != from; v = parent[v]) {
            path.add(v);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            out.appendCodePoint(label(nfa, pairOf.get(path.get(i)), n));
        }
        return true;
    }
}
