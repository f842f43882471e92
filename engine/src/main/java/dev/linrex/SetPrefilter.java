package dev.linrex;

import dev.linrex.exec.SearchInput;
import dev.linrex.exec.SetEngine;
import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.nfa.RequiredFactors;
import dev.linrex.nfa.SetCompiler;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The plan for a set whose combined DFA thrashes (independent patterns with long-lived loops
 * multiply each other's states): one pass of a set DFA over each pattern's required factors
 * (see {@link RequiredFactors}; loop-free, so that DFA stays small), then each candidate
 * pattern, i.e. one whose factors occur or that has none, is run alone with its own
 * {@link Pattern}. Linear in the input for a given set (one pass, plus one per candidate);
 * exact, because candidates are confirmed by the real pattern.
 */
final class SetPrefilter {
    private final Pattern[] compiled;
    /** Set over the factor patterns, ids = pattern indices; null if no pattern has factors. */
    private final SetEngine factors;
    private final int factorCount;
    /** Accepted patterns without useful factors: always candidates. */
    private final int[] always;
    private final AtomicLong confirmations = new AtomicLong();

    SetPrefilter(Pattern[] compiled, int[] flags, long cacheBytes) {
        this.compiled = compiled;
        List<Program> progs = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        List<Integer> alwaysList = new ArrayList<>();
        for (int i = 0; i < compiled.length; i++) {
            Pattern p = compiled[i];
            if (p == null) {
                continue;
            }
            Ast.Root f = RequiredFactors.of(Parser.parse(p.pattern(), flags[i]));
            Program prog = null;
            if (f != null) {
                try {
                    prog = Compiler.compile(f);
                } catch (PatternTooLargeException e) {
                    prog = null;
                }
            }
            if (prog == null) {
                alwaysList.add(i);
            } else {
                progs.add(prog);
                ids.add(i);
            }
        }
        this.always = alwaysList.stream().mapToInt(Integer::intValue).toArray();
        this.factorCount = progs.size();
        if (progs.isEmpty()) {
            this.factors = null;
        } else {
            Program combined = SetCompiler.combine(progs, ids.stream().mapToInt(Integer::intValue).toArray(),
                    Integer.MAX_VALUE);
            this.factors = new SetEngine(combined, compiled.length, cacheBytes);
        }
    }

    /**
     * Completes a search: {@code bits} holds the ids already known to match ({@code known} of
     * them); adds the others that match, stopping at {@code want}.
     */
    long[] search(SearchInput in, int want, long[] bits, int known) {
        int count = known;
        if (count >= want) {
            return bits;
        }
        if (factors != null) {
            long[] cand = factors.search(in, Integer.MAX_VALUE);
            for (int w = 0; w < cand.length && count < want; w++) {
                long x = cand[w] & ~bits[w];
                while (x != 0 && count < want) {
                    int id = (w << 6) + Long.numberOfTrailingZeros(x);
                    x &= x - 1;
                    if (confirm(id, in)) {
                        bits[w] |= 1L << id;
                        count++;
                    }
                }
            }
        }
        for (int id : always) {
            if (count >= want) {
                break;
            }
            if ((bits[id >>> 6] & (1L << id)) == 0 && confirm(id, in)) {
                bits[id >>> 6] |= 1L << id;
                count++;
            }
        }
        return bits;
    }

    private boolean confirm(int id, SearchInput in) {
        confirmations.incrementAndGet();
        return compiled[id].matcher(in.text).find();
    }

    int factorPatterns() {
        return factorCount;
    }

    int alwaysCandidates() {
        return always.length;
    }

    long confirmations() {
        return confirmations.get();
    }

    SetEngine factorEngine() {
        return factors;
    }
}
