package dev.linrex;

import dev.linrex.exec.AhoCorasick;
import dev.linrex.exec.SearchInput;
import dev.linrex.exec.SetEngine;
import dev.linrex.exec.SetShard;
import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.FoldedLiterals;
import dev.linrex.nfa.Program;
import dev.linrex.nfa.RequiredFactors;
import dev.linrex.nfa.SetCompiler;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Many patterns matched at once: for an input, which of them match somewhere in it, found in
 * one pass over the input however many patterns the set holds. Built for rule sets such as a web
 * application firewall's, where looping over hundreds of patterns per request field is the cost.
 *
 * <p>Pattern {@code i} is reported by {@link #matches} exactly when
 * {@code Pattern.compile(pattern(i), flags(i)).matcher(input).find()} would return true (and so,
 * for every pattern linrex accepts, when java.util.regex's would). Each pattern keeps its own
 * flags, inline flags and anchors; {@code ^} means the start of the input (as in {@code find}).
 *
 * <pre>{@code
 * RegexSet set = RegexSet.builder()
 *         .add("(?i)union\\s+select")
 *         .add("<script", Pattern.CASE_INSENSITIVE)
 *         .add("(a|b)\\1")              // a backreference: rejected, the rest still loads
 *         .build();
 * set.rejected();                      // [#2 (a|b)\1: Backreference ...]
 * set.matches("q=1 UNION  SELECT pw"); // [0]
 * set.anyMatch("hello");               // false
 * }</pre>
 *
 * <p>How: the patterns are compiled into one NFA whose match instructions carry the pattern's
 * index, run by a lazy DFA with set semantics that keeps scanning after a match and collects the
 * indices its states reach; its states are cached within a bounded budget ({@code
 * linrex.setCacheBytes}, default 8 MiB, shared by all threads). Patterns that are tame alone can
 * multiply each other's DFA states; when the cache thrashes, the set is split into parts, each
 * searched in one pass (permanently: a set settles on as many parts as its patterns' interaction
 * needs). Patterns with required literals (strings one of which occurs, case-folded, in every
 * match) are split apart from the rest first; once a set has parts, one Aho–Corasick pass over
 * the input finds which of those patterns' literals occur, and only parts holding such
 * candidates (or patterns without literals) are searched, each until its candidates have all
 * matched; while that pass saves no work (on long inputs a literal often occurs without its
 * rule matching) it is left out for a while. A search drops the threads of the patterns it has
 * reported, so the rest of the input runs in the smaller DFA of the patterns still unmatched. Parts are scanned two at a time, their DFA walks
 * interleaved in one loop. A single pattern whose DFA still thrashes is gated by the literal factors all its
 * matches contain and otherwise runs on a Pike VM continuation. Time is linear in the input for a
 * given set. Patterns with lookarounds are matched one by one after that pass, with their own
 * {@link Pattern}. Where the DFA cannot decide a {@code \b} from the characters' classes (next to
 * surrogates or base-less combining marks) it computes that one step on the input.
 *
 * <p>Instances are immutable and safe for use by multiple threads.
 */
public final class RegexSet {
    private final List<String> patterns;
    private final int[] flags;
    private final Pattern[] compiled;
    private final List<Rejected> rejected;
    private final int acceptedCount;
    /** Scans {@link #matchesEach} interleaves in one loop: 4 (then pairs) or 2 ({@code linrex.setScansPerLoop}). */
    static final int SCANS_PER_LOOP = Integer.getInteger("linrex.setScansPerLoop", 4);
    /** Instructions of the combined program (the patterns' programs; {@link #matchesEach} pairs sets by it). */
    private final long combinedSize;
    private final SetShard root;
    /**
     * The folded required literals of the patterns that have them, tagged with the pattern's
     * index; null if none has. Once the set is split into parts, one pass of this automaton
     * tells which of those patterns can match (see {@link #search}).
     */
    private final AhoCorasick literals;
    /** Bit per pattern index in the set engines without required literals: always candidates. */
    private final long[] noLiterals;
    /**
     * Accepted patterns with lookarounds, matched one by one with their own Pattern: the set
     * engines do not model lookaround tables. One pass each, so a set holding k of them costs
     * k + 1 passes.
     */
    private final int[] alone;
    /**
     * The literal pass's record: searches in a row where it saved no work (see
     * {@code SetShard.candidatesSavedWork}), and searches left to run without it. On long
     * requests a literal rule's literal usually occurs without the rule matching, so its part
     * scans the whole input anyway and the pass (as costly as a DFA pass) is pure overhead;
     * after {@link #PREFILTER_MISSES} such searches it is left out for
     * {@link #PREFILTER_REST} searches, then tried again. Racy counters: they only steer speed,
     * every search's answer is exact either way.
     */
    private volatile int prefilterMisses;
    private volatile int prefilterRest;
    /** Literal passes run (tests, monitoring). */
    private final java.util.concurrent.atomic.AtomicLong literalPasses = new java.util.concurrent.atomic.AtomicLong();
    static final int PREFILTER_MISSES = 4;
    static final int PREFILTER_REST = 28;

    /** A pattern that could not join the set, and why. */
    public record Rejected(int index, String pattern, int flags, IllegalArgumentException reason) {
        @Override
        public String toString() {
            String msg = reason.getMessage();
            int nl = msg == null ? -1 : msg.indexOf('\n');
            return "#" + index + " " + pattern + ": " + (nl < 0 ? msg : msg.substring(0, nl));
        }
    }

    private RegexSet(Builder b) {
        int n = b.patterns.size();
        this.patterns = List.copyOf(b.patterns);
        this.flags = new int[n];
        this.compiled = new Pattern[n];
        List<Rejected> rej = new ArrayList<>();
        List<Program> progs = new ArrayList<>();
        List<Integer> aloneList = new ArrayList<>();
        int[] ids = new int[n];
        List<String> lits = new ArrayList<>();
        List<Integer> litTags = new ArrayList<>();
        long total = 0;
        int maxSize = b.maxProgramSize;
        for (int i = 0; i < n; i++) {
            String p = b.patterns.get(i);
            flags[i] = b.flags.get(i);
            try {
                Pattern compiledPattern = Pattern.compile(p, flags[i]);
                Program prog = compiledPattern.strategy().program();
                if (prog.hasLooks()) {
                    compiled[i] = compiledPattern;
                    aloneList.add(i);
                    continue;
                }
                if (total + prog.size() + 1 > maxSize) {
                    throw new PatternTooLargeException("Pattern does not fit into the set: the combined program would exceed "
                            + maxSize + " instructions (raise with -Dlinrex.maxSetProgramSize)", p, -1);
                }
                total += prog.size() + 1;
                compiled[i] = compiledPattern;
                ids[progs.size()] = i;
                progs.add(prog);
                List<String> required = b.literalPrefilter ? requiredLiterals(p, flags[i]) : null;
                if (required != null) {
                    for (String lit : required) {
                        lits.add(lit);
                        litTags.add(i);
                    }
                }
            } catch (IllegalArgumentException e) { // PatternSyntaxException and its subclasses, bad flags
                if (b.strict) {
                    throw e;
                }
                rej.add(new Rejected(i, p, flags[i], e));
            }
        }
        this.rejected = Collections.unmodifiableList(rej);
        this.combinedSize = total;
        this.alone = aloneList.stream().mapToInt(Integer::intValue).toArray();
        this.acceptedCount = progs.size() + alone.length;
        this.noLiterals = new long[(n + 63) >>> 6];
        long[] withLiterals = new long[noLiterals.length];
        for (int t : litTags) {
            withLiterals[t >>> 6] |= 1L << t;
        }
        for (int k = 0; k < progs.size(); k++) {
            int id = ids[k];
            if ((withLiterals[id >>> 6] & (1L << id)) == 0) {
                noLiterals[id >>> 6] |= 1L << id;
            }
        }
        this.literals = lits.isEmpty() ? null
                : new AhoCorasick(lits, litTags.stream().mapToInt(Integer::intValue).toArray());
        this.root = SetShard.root(progs, Arrays.copyOf(ids, progs.size()), n, b.cacheBytes, this::factors,
                id -> (withLiterals[id >>> 6] & (1L << id)) != 0);
    }

    /**
     * Compiles all of {@code patterns} (no flags) into a set; strict, like
     * {@link Pattern#compile}: the first pattern that linrex rejects is thrown.
     *
     * @throws java.util.regex.PatternSyntaxException the first rejected pattern's exception
     *         ({@link UnsupportedPatternException}, {@link PatternTooLargeException}, ...)
     */
    public static RegexSet compile(List<String> patterns) {
        Builder b = builder().strict(true);
        for (String p : patterns) {
            b.add(p);
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of patterns added, rejected ones included (indices run from 0 to size - 1). */
    public int size() {
        return patterns.size();
    }

    public String pattern(int index) {
        return patterns.get(index);
    }

    public int flags(int index) {
        Objects.checkIndex(index, flags.length);
        return flags[index];
    }

    /** The patterns that could not be compiled into the set (empty for a strict build), by index. */
    public List<Rejected> rejected() {
        return rejected;
    }

    /** Whether pattern {@code index} is in the set (was not rejected). */
    public boolean isAccepted(int index) {
        Objects.checkIndex(index, compiled.length);
        return compiled[index] != null;
    }

    /** The compiled pattern at {@code index}, or empty if it was rejected. */
    public Optional<Pattern> patternAt(int index) {
        Objects.checkIndex(index, compiled.length);
        return Optional.ofNullable(compiled[index]);
    }

    /** Indices, ascending, of the patterns that match somewhere in {@code input} ({@code find} semantics). */
    public int[] matches(CharSequence input) {
        return indices(search(input, false));
    }

    /** The set bits of {@code bits}, ascending (a BitSet stream costs more than a short search). */
    private static int[] indices(long[] bits) {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        int[] r = new int[n];
        int k = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long x = bits[w]; x != 0; x &= x - 1) {
                r[k++] = (w << 6) + Long.numberOfTrailingZeros(x);
            }
        }
        return r;
    }

    /** As {@link #matches}, as a bit set over pattern indices. */
    public BitSet matchSet(CharSequence input) {
        return BitSet.valueOf(search(input, false));
    }

    /** Whether any pattern matches somewhere in {@code input}; stops at the first match found. */
    public boolean anyMatch(CharSequence input) {
        return acceptedCount > 0 && !isZero(search(input, true));
    }

    /** Folded literals one of which occurs in every match of {@code pattern}, or null (see {@link FoldedLiterals}). */
    private static List<String> requiredLiterals(String pattern, int flags) {
        try {
            return FoldedLiterals.of(Parser.parse(pattern, flags), FoldedLiterals.MIN_LENGTH);
        } catch (RuntimeException e) {
            return null; // it compiled, so this is not expected; without literals it is searched every time
        }
    }

    /** The required-factor program of pattern {@code index}, or null if it has no useful factors. */
    private Program factors(int index) {
        Ast.Root f = RequiredFactors.of(Parser.parse(patterns.get(index), flags[index]));
        if (f == null) {
            return null;
        }
        try {
            return Compiler.compile(f);
        } catch (PatternTooLargeException e) {
            return null;
        }
    }

    /** Bit per pattern index that matches (or at least one, if {@code any}). */
    private long[] search(CharSequence input, boolean any) {
        long[] bits = new long[(patterns.size() + 63) >>> 6];
        if (acceptedCount > alone.length) {
            long[] candidates = null;
            if (literals != null && root.parts() > 1 && prefilterWanted()) {
                // A set in one part is one pass whatever the literals say. Once it is split (a
                // literal part apart from the rest first), one pass finds which patterns' literals
                // occur: only those patterns can match, so parts without them are skipped and a
                // part stops once its candidates have matched.
                candidates = noLiterals.clone();
                literals.scan(input, 0, input.length(), candidates);
                literalPasses.incrementAndGet();
            }
            root.search(SearchInput.of(input), any, bits, candidates);
            if (candidates != null && !any) {
                notePrefilter(root.candidatesSavedWork(candidates, bits));
            }
        }
        searchAlone(input, any, bits);
        return bits;
    }

    /** The patterns searched on their own (with lookarounds: not in the combined program). */
    private void searchAlone(CharSequence input, boolean any, long[] bits) {
        for (int i : alone) {
            if (any && !isZero(bits)) {
                break;
            }
            if (compiled[i].matcher(input).find()) {
                bits[i >>> 6] |= 1L << i;
            }
        }
    }

    /**
     * Whether this set's search is one DFA scan that {@link #matchesEach} can interleave with
     * another set's: it has patterns in the combined program and has not split into parts (a
     * split set's search runs the literal pass and its own pairs of parts).
     */
    private boolean scansOnce() {
        return acceptedCount > alone.length && root.parts() == 1;
    }

    /**
     * For each set, the patterns that match somewhere in its own input:
     * {@code matchesEach(sets, inputs)[i]} equals {@code sets.get(i).matches(inputs.get(i))}.
     * This is what a WAF does with rule groups that each apply to the request transformed their
     * own way. Sets are taken four at a time, then two, and their DFA scans interleaved in one
     * loop, unit by unit: a scan waits on one table load per unit, and independent scans overlap
     * those waits. Sets are grouped largest program first, so a set left out is the smallest; a
     * set that has split into parts is searched as by {@link #matches}.
     *
     * @throws IllegalArgumentException if the lists differ in size
     * @throws NullPointerException if a set or an input is null
     */
    public static int[][] matchesEach(List<RegexSet> sets, List<? extends CharSequence> inputs) {
        int n = sets.size();
        if (inputs.size() != n) {
            throw new IllegalArgumentException(n + " sets but " + inputs.size() + " inputs");
        }
        int[][] r = new int[n][];
        // Sets whose search is one scan, largest program first: neighbours in this order scan
        // for about as long as each other, and a set left over is the smallest.
        int[] order = new int[n];
        int scans = 0;
        for (int i = 0; i < n; i++) {
            RegexSet s = Objects.requireNonNull(sets.get(i), "set");
            CharSequence in = Objects.requireNonNull(inputs.get(i), "input");
            if (s.scansOnce()) {
                int j = scans++;
                for (; j > 0 && sets.get(order[j - 1]).combinedSize < s.combinedSize; j--) { // insertion sort, stable
                    order[j] = order[j - 1];
                }
                order[j] = i;
            } else {
                r[i] = indices(s.search(in, false));
            }
        }
        int k = 0;
        for (; SCANS_PER_LOOP >= 4 && k + 3 < scans; k += 4) {
            SetShard[] roots = new SetShard[4];
            SearchInput[] ins = new SearchInput[4];
            long[][] bits = new long[4][];
            for (int j = 0; j < 4; j++) {
                RegexSet s = sets.get(order[k + j]);
                roots[j] = s.root;
                ins[j] = SearchInput.of(inputs.get(order[k + j]));
                bits[j] = new long[(s.patterns.size() + 63) >>> 6];
            }
            SetShard.searchFour(roots, ins, bits);
            for (int j = 0; j < 4; j++) {
                RegexSet s = sets.get(order[k + j]);
                s.searchAlone(inputs.get(order[k + j]), false, bits[j]);
                r[order[k + j]] = indices(bits[j]);
            }
        }
        for (; k + 1 < scans; k += 2) {
            int a = order[k];
            int b = order[k + 1];
            RegexSet sa = sets.get(a);
            RegexSet sb = sets.get(b);
            CharSequence ia = inputs.get(a);
            CharSequence ib = inputs.get(b);
            long[] ba = new long[(sa.patterns.size() + 63) >>> 6];
            long[] bb = new long[(sb.patterns.size() + 63) >>> 6];
            SetShard.searchTogether(sa.root, SearchInput.of(ia), ba, sb.root, SearchInput.of(ib), bb);
            sa.searchAlone(ia, false, ba);
            sb.searchAlone(ib, false, bb);
            r[a] = indices(ba);
            r[b] = indices(bb);
        }
        if (k < scans) {
            r[order[k]] = sets.get(order[k]).matches(inputs.get(order[k]));
        }
        return r;
    }

    /** Whether this search runs the literal pass (see {@link #prefilterRest}). */
    private boolean prefilterWanted() {
        int rest = prefilterRest;
        if (rest > 0) {
            prefilterRest = rest - 1;
            return false;
        }
        return true;
    }

    private void notePrefilter(boolean savedWork) {
        if (savedWork) {
            prefilterMisses = 0;
        } else if (prefilterMisses + 1 >= PREFILTER_MISSES) {
            prefilterMisses = PREFILTER_MISSES - 1; // one more miss after the rest: rest again
            prefilterRest = PREFILTER_REST;
        } else {
            prefilterMisses++;
        }
    }

    private static boolean isZero(long[] bits) {
        for (long w : bits) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first match of pattern {@code index} in {@code input} (what {@code find()} reports),
     * found with that pattern alone; empty if it does not match or was rejected. Meant for the
     * few patterns {@link #matches} reported.
     */
    public Optional<MatchResult> firstMatch(int index, CharSequence input) {
        Objects.checkIndex(index, compiled.length);
        Pattern p = compiled[index];
        if (p == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(input);
        return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    /** Literal passes run so far (tests, monitoring). */
    long literalPasses() {
        return literalPasses.get();
    }

    /** The engines (tests, monitoring). */
    SetShard engines() {
        return root;
    }

    @Override
    public String toString() {
        return "RegexSet[" + acceptedCount + " of " + patterns.size() + " patterns]";
    }

    /**
     * Collects patterns, each with its own flags. Not thread-safe; {@link #build} can be called
     * more than once.
     */
    public static final class Builder {
        private final List<String> patterns = new ArrayList<>();
        private final List<Integer> flags = new ArrayList<>();
        private boolean strict;
        private boolean literalPrefilter = Boolean.parseBoolean(System.getProperty("linrex.setLiteralPrefilter", "true"));
        private long cacheBytes = SetEngine.configuredCacheBytes();
        private int maxProgramSize = SetCompiler.maxSetProgramSize();

        private Builder() {}

        /** Adds {@code regex} without flags; its index is the number of patterns added before it. */
        public Builder add(String regex) {
            return add(regex, 0);
        }

        /** Adds {@code regex} with match flags (as {@link Pattern#compile(String, int)}). */
        public Builder add(String regex, int flags) {
            patterns.add(Objects.requireNonNull(regex, "regex"));
            this.flags.add(flags);
            return this;
        }

        /**
         * Strict: {@link #build} throws the first rejected pattern's exception. Otherwise (the
         * default) rejected patterns are left out and listed by {@link RegexSet#rejected()}.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether patterns with required literals are searched only when a literal occurs (default
         * {@code linrex.setLiteralPrefilter}, else on; tests and benchmarks turn it off to compare).
         */
        Builder literalPrefilter(boolean on) {
            this.literalPrefilter = on;
            return this;
        }

        /** The lazy DFA's cache budget in bytes (default {@code linrex.setCacheBytes}, else 8 MiB). */
        public Builder cacheBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("cache bytes must be positive: " + bytes);
            }
            this.cacheBytes = bytes;
            return this;
        }

        /** Limit on the combined program's instructions (default {@code linrex.maxSetProgramSize}, else 4,000,000). */
        public Builder maxProgramSize(int instructions) {
            if (instructions <= 0) {
                throw new IllegalArgumentException("max program size must be positive: " + instructions);
            }
            this.maxProgramSize = instructions;
            return this;
        }

        /**
         * Builds the set.
         *
         * @throws java.util.regex.PatternSyntaxException in strict mode, the first rejected pattern's exception
         * @throws IllegalArgumentException in strict mode, for a pattern with unknown flag bits
         */
        public RegexSet build() {
            return new RegexSet(this);
        }
    }
}
