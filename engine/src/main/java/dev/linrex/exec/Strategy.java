package dev.linrex.exec;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.EndAnchor;
import dev.linrex.nfa.GreedyLeadingDotStar;
import dev.linrex.nfa.LeadingDotStar;
import dev.linrex.nfa.Literals;
import dev.linrex.nfa.Program;
import dev.linrex.nfa.ReverseProgram;
import dev.linrex.nfa.TrailingDotStar;
import dev.linrex.syntax.Ast;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A compiled pattern's matching engines and the one place that decides which runs for a search.
 * Immutable and thread-safe (the DFA caches are shared but safe, see {@link DfaCache}); all
 * per-search mutable state lives in a {@link Scratch} owned by one Matcher, so no search can
 * leave state behind that another input or thread would see.
 *
 * <p>A search runs, as RE2 and regex-automata's {@code meta} do (each rule has a one-line reason
 * where it is applied, in {@code run}):
 * <ol>
 *   <li>an unanchored search of a pattern that is one class, alone or greedily repeated
 *       ({@code \pL}, {@code \d+}, {@code a*}), reads code points ({@link ClassRunSearch}): a find
 *       loop of many tiny matches pays no automaton set-up per match;</li>
 *   <li>a pattern whose matches all end at the region end (or before a final line terminator)
 *       fails at once when no unit there is one a match can end with ({@code (a+)+$} on
 *       {@code "aaa…!"}), before any engine sets up;</li>
 *   <li>a literal set (of literals up to 16 units) that also has such a filter (below) is first looked for within
 *       {@link #NEAR_UNITS} units of the search start ({@code (?i)keyword} at the start of a
 *       text, or the next of close matches): found there, the search skips the filter;</li>
 *   <li>a pattern that is one class of plain BMP units greedily repeated at least twice
 *       ({@code [一-龥]{3,}}) is first looked for within {@link #NEAR_UNITS} units of the search
 *       start by reading its runs ({@link LongRunLook}): a find at a match near the start needs
 *       neither DFA; a miss there goes on below;</li>
 *   <li>a String text whose rest of the region lacks something every match contains is answered
 *       "no match" by the {@link RequiredLiteralFilter} (vector scans, remembered across the
 *       searches of a find loop), built once the pattern has searched enough text;</li>
 *   <li>a pattern that is a literal set ({@code nfa.Literals#exact}) is answered by a
 *       {@link Prefilter} alone, no automaton;</li>
 *   <li>an anchored search that wants groups or is short (up to {@link #SHORT_REGION} units), of
 *       a pattern that is one-pass, runs on the {@link OnePass} engine alone: one deterministic
 *       scan gives the match and its groups; a short unanchored one runs it anchored at each
 *       start where a match can begin (with a work cap);</li>
 *   <li>a short region (up to {@link #SHORT_REGION} units) runs on the {@link Backtracker},
 *       which gives the match and its groups in one pass, until the pattern's short searches
 *       have cost more than building the DFAs would: from then on those that want no groups
 *       now run on the DFAs as below ({@link ShortSearchPolicy});</li>
 *   <li>otherwise the forward {@link LazyDfa} finds where the match ends (with prefix literals:
 *       anchored at each place a prefilter finds one), then for {@code find} the reverse lazy DFA
 *       from that end finds where it starts (for {@code lookingAt}/{@code matches}, and for
 *       patterns that begin with {@code ^}/{@code \A}, the start is the search start); a
 *       pattern {@code (?s).*R(?s).*} matches the rest of the region if it matches at all, so
 *       its scan stops at the first match end;</li>
 *   <li>only if groups are wanted, the {@link OnePass} engine (one-pass patterns), the
 *       backtracker (short spans) or the {@link PikeVM} anchored
 *       on exactly that span; it sees the whole input, so assertions and captures are those of a
 *       full run. {@link #searchLazily} leaves this step to {@link #deferredCaptures}, which a
 *       Matcher calls only when a group is asked for.</li>
 * </ol>
 * When a DFA quits or gives up, the whole search runs on the backtracker if the region is small
 * enough for it, else on the Pike VM ({@link #fallbacks()}).
 * Patterns with lookarounds run on the Pike VM (the backtracker on short inputs), reading each
 * lookaround from the {@link LookTables} of the input (kept in the Scratch across searches on the
 * same input), and recover groups set inside lookarounds with {@link LookCaptures}. An
 * unanchored Pike VM search skips, whenever no thread is alive, to the next place a match may
 * start ({@link LookStartSkip}), and lookarounds asked about at few positions are answered one
 * at a time ({@link LookProbes}) rather than by a table pass over the input; a lookaround whose
 * body is a fixed chain is walked where asked ({@link LookChain}). A long unanchored search of a
 * pattern with barriers (units no match contains) runs on the backtracker one segment at a time
 * ({@link LookSegments}) before falling back to the Pike VM. Four shapes skip most of that:
 * a pattern {@code ^(?=A)(?!B)R} asks its leading lookarounds once and searches {@code R} without
 * lookarounds ({@link LeadingLookarounds}); a pattern {@code (?<=S)R} with a fixed string
 * {@code S} runs {@code R} anchored after each occurrence of {@code S} ({@link LeadingLookbehind});
 * a pattern that is a row of assertions and lookarounds
 * asks them position by position ({@link ZeroWidthChain}); and lookaheads {@code S*C} and over a
 * run of one class are answered by scans ({@link LookStarScan}, {@link LookRunScan}).
 *
 * <p>{@link Scratch#hitEnd()} and {@link Scratch#requireEnd()} are the Pike VM's answers, which
 * follow java.util.regex's: what the search examined at the end of the input before it settled on
 * its result, in priority order. After a DFA search they are computed on first request by a Pike
 * VM run of the same search, so only callers who ask pay for them. Such a deferred run reads the
 * text again: a caller that mutated its CharSequence in between gets the flags for the new content.
 */
public final class Strategy {
    private final Program program;
    private final PikeVM pikeVM;
    private final Backtracker backtracker;
    private final long dfaCacheBytes;
    /**
     * The DFAs, built on the first search rather than at compile time (building the alphabet and
     * the reverse program costs far more than compiling a small pattern, and many compiled
     * patterns are used once or never). {@link Dfas#NONE} when the budget is too small.
     */
    private volatile Dfas dfas;
    /** What the pattern's literals allow (computed at compile time: one cheap walk of the tree). */
    private final Literals literals;
    /** Built on the first search from {@link #literals}; {@link #NO_PREFILTERS} when there are none. */
    private volatile Prefilters prefilters;
    /** Counted with {@link #FALLBACKS} (a field, not an AtomicLong per compiled pattern). */
    private volatile long fallbacks;
    /** What short searches of this pattern have cost and needed: picks their engine (see {@link #shortSearchOnDfas}). */
    private final ShortSearchPolicy shortWork = new ShortSearchPolicy();
    /** Whether long anchored searches that want groups skip the DFA pass ({@link DirectCaptures}). */
    private final DirectCaptures directCaptures = new DirectCaptures();
    /** Counted with {@link #INCONSISTENCIES}. */
    private volatile long inconsistencies;

    private static final VarHandle FALLBACKS;
    private static final VarHandle INCONSISTENCIES;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            FALLBACKS = l.findVarHandle(Strategy.class, "fallbacks", long.class);
            INCONSISTENCIES = l.findVarHandle(Strategy.class, "inconsistencies", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The one-pass capture engine, built on the first search that wants groups (null before;
     * {@link #NOT_ONE_PASS} when the pattern is not one-pass or its table would be too large).
     */
    private volatile OnePassSlot onePass;

    private record OnePassSlot(OnePass engine) {}

    private static final OnePassSlot NOT_ONE_PASS = new OnePassSlot(null);

    /** The one-pass engine, or null if this pattern has none. */
    OnePass onePass() {
        OnePassSlot o = onePass;
        if (o == null) {
            OnePass e = OnePass.of(program); // a race builds it twice at worst; both are equal
            o = e == null ? NOT_ONE_PASS : new OnePassSlot(e);
            onePass = o;
        }
        return o.engine;
    }

    private record Dfas(LazyDfa forward, LazyDfa reverse) {
        static final Dfas NONE = new Dfas(null, null);
    }

    /** {@code exact}: the pattern is this literal set; {@code prefix}: every match starts with one of these. */
    private record Prefilters(LiteralSearch exact, Prefilter prefix) {}

    private static final Prefilters NO_PREFILTERS = new Prefilters(null, null);

    private Prefilters prefilters() {
        Prefilters p = prefilters;
        if (p == null) {
            LiteralSearch exact = null;
            Prefilter prefix = null;
            // Literal units never are surrogates, so no literal match starts mid-pair; the
            // pair-midpoint guard program.start adds is then moot, but check it to be safe.
            if (program.start == program.startAtFrom && literals.exact() != null) {
                exact = new Prefilter(literals.exact());
            } else if (program.start == program.startAtFrom && literals.largeExact() != null) {
                // A literal set too large to try literal by literal (a dictionary): Aho–Corasick.
                exact = LiteralSetSearch.of(literals.largeExact());
            }
            if (exact == null && literals.prefixes() != null) {
                prefix = new Prefilter(literals.prefixes());
            }
            p = exact == null && prefix == null ? NO_PREFILTERS : new Prefilters(exact, prefix);
            prefilters = p; // racing threads build equal objects; either is fine
        }
        return p;
    }

    /** Every match ends at the end of the input ({@link EndAnchor}): searched backwards from there. */
    private final boolean endAnchored;
    /** {@code ^} then lookarounds without groups, none after them ({@link LeadingLookarounds}); else null. */
    private final LeadingLookarounds leading;
    /** A positive lookbehind for a fixed string first, no other lookaround ({@link LeadingLookbehind}); else null. */
    private final LeadingLookbehind leadingBehind;
    /** The pattern is a row of assertions and lookarounds, consuming nothing ({@link ZeroWidthChain}); else null. */
    private final ZeroWidthChain zeroWidth;
    /** {@code program.hasLooks()}, read on every search. */
    private final boolean hasLooks;
    /** Whether the program has word boundaries, whose checks need a per-Matcher {@link Assertions.BaseCharMemo}. */
    private final boolean usesBaseCharMemo;
    /** The pattern begins with {@code (?s).*} ({@link LeadingDotStar}): the leftmost match starts at the search start. */
    private final boolean startsWithDotStar;
    /**
     * The pattern is {@code (?s).*R(?s).*} ({@link LeadingDotStar} and {@link TrailingDotStar}): a
     * search from {@code from} matches exactly {@code [from, regionEnd)} if it matches at all.
     */
    private final boolean spansToRegionEnd;
    /** The pattern begins with a greedy {@code (?s).*} outside any group ({@link GreedyLeadingDotStar}): groups from the match's tail. */
    private final boolean greedyDotStarFirst;

    /**
     * Rejects searches whose text lacks what every match contains; null for a pattern that is one
     * plain literal or a dictionary (their own search is a vector scan, or one pass for all).
     */
    private final LazyRequiredLiterals required;

    /** The search of a pattern that is one class, alone or greedily repeated ({@link ClassRunSearch}); else null. */
    private final ClassRunSearch classRun;
    /** A literal set with a required-literal filter: looked for near the search start first ({@link #nearLiteralSearch}). */
    private final boolean nearLiterals;
    /** A greedy {@code C{n,m}} over plain BMP units: its match looked for near the search start first; else null. */
    private final LongRunLook longRun;

    /**
     * Whether searches are offered to a required-literal filter: not for a pattern that is one
     * plain literal or a dictionary, whose own search is a vector scan, or one pass for all
     * (decided before the filter's holder is made, so those patterns make none).
     */
    private static boolean filtered(Literals literals) {
        return !RequiredLiteralFilter.redundantFor(literals.exact()) && literals.largeExact() == null;
    }

    /** The required-literal filter if built (tests). */
    RequiredLiteralFilter requiredFilter() {
        return required == null ? null : required.built();
    }

    private Strategy(Program program, Literals literals, boolean endAnchored, Ast.Root root,
                     long dfaCacheBytes, int shortRegion, LazyRequiredLiterals required) {
        this.required = required;
        this.literals = literals;
        this.endAnchored = endAnchored;
        Ast.Node node = root.node();
        this.startsWithDotStar = LeadingDotStar.of(node);
        this.spansToRegionEnd = startsWithDotStar && TrailingDotStar.of(node);
        this.greedyDotStarFirst = startsWithDotStar && GreedyLeadingDotStar.of(node); // (implies the former)
        this.leading = program.hasLooks() ? LeadingLookarounds.of(root, program) : null;
        this.leadingBehind = program.hasLooks() ? LeadingLookbehind.of(root) : null;
        this.zeroWidth = program.hasLooks() ? ZeroWidthChain.of(program) : null;
        this.shortRegion = shortRegion;
        this.program = program;
        this.hasLooks = program.hasLooks();
        this.usesBaseCharMemo = Assertions.usesBaseCharMemo(program);
        this.pikeVM = new PikeVM(program);
        this.backtracker = new Backtracker(program);
        this.dfaCacheBytes = dfaCacheBytes;
        this.classRun = shortRegion < 0 ? null : ClassRunSearch.of(node, program); // (not when testing the DFAs)
        this.nearLiterals = required != null && literals.exact() != null;
        this.longRun = shortRegion < 0 ? null : LongRunLook.of(node, program);
        this.quickChecks = nearLiterals || longRun != null || !hasLooks;
    }

    /**
     * The DFAs for a search from {@code from}, or {@link Dfas#NONE} when it starts at the midpoint
     * of a surrogate pair (after an empty match): the DFAs start every attempt with the pair guard,
     * from which such a search is exempt, and only the Pike VM models that.
     */
    private Dfas dfasFrom(SearchInput in, int from) {
        return program.start != program.startAtFrom && Assertions.isPairMidpoint(in.text, from) ? Dfas.NONE : dfas();
    }

    private Dfas dfas() {
        Dfas d = dfas;
        if (d == null) {
            synchronized (this) {
                d = dfas;
                if (d == null && program.hasLooks()) {
                    d = Dfas.NONE; // lookarounds run on the Pike VM with their tables
                    dfas = d;
                } else if (d == null) {
                    LazyDfa f = LazyDfa.forward(program, dfaCacheBytes);
                    LazyDfa r = f == null ? null : f.reverse(ReverseProgram.of(program));
                    d = r == null ? Dfas.NONE : new Dfas(f, r);
                    dfas = d;
                }
            }
        }
        return d;
    }

    /**
     * {@link LazyDfa#configuredCacheBytes()}, read once (the property is set on the command line):
     * a property lookup per compile costs as much as compiling a short pattern.
     */
    private static final long CONFIGURED_DFA_CACHE_BYTES = LazyDfa.configuredCacheBytes();

    /** Compiles a parsed pattern. Throws {@code dev.linrex.PatternTooLargeException} past the size limit. */
    public static Strategy compile(Ast.Root root) {
        Program program = Compiler.compile(root); // (first: Literals reads the sets it converted)
        Literals literals = Literals.of(root);
        return new Strategy(program, literals, EndAnchor.endsAtEndOfInput(root.node()),
                root,
                CONFIGURED_DFA_CACHE_BYTES, SHORT_REGION, filtered(literals) ? LazyRequiredLiterals.ofTree(root) : null);
    }

    /**
     * As {@link #compile(Ast.Root)} for a pattern parsed from {@code root.pattern()} under
     * {@code flags}, which analyses that later need are parsed from again rather than kept.
     */
    public static Strategy compileReparsable(Ast.Root root, int flags) {
        Program program = Compiler.compile(root); // (first: Literals reads the sets it converted)
        Literals literals = Literals.of(root);
        return new Strategy(program, literals, EndAnchor.endsAtEndOfInput(root.node()),
                root,
                CONFIGURED_DFA_CACHE_BYTES, SHORT_REGION,
                filtered(literals) ? LazyRequiredLiterals.ofSource(root.pattern(), flags) : null);
    }

    /** As {@link #compile(Ast.Root)}, with or without the required-literal filter at once (tests). */
    static Strategy compile(Ast.Root root, boolean requiredLiterals) {
        Program program = Compiler.compile(root); // (first: Literals reads the sets it converted)
        Literals literals = Literals.of(root);
        return new Strategy(program, literals, EndAnchor.endsAtEndOfInput(root.node()),
                root,
                CONFIGURED_DFA_CACHE_BYTES, SHORT_REGION,
                requiredLiterals && filtered(literals) ? LazyRequiredLiterals.ofTree(root, 0) : null);
    }

    /**
     * As {@link #compile(Ast.Root)} with an explicit DFA cache budget per direction (tests,
     * tuning); short inputs go to the DFAs too (no backtracker shortcut) and no required-literal
     * filter answers first, so tests of the DFAs can use any text.
     */
    public static Strategy compile(Ast.Root root, long dfaCacheBytes) {
        return new Strategy(Compiler.compile(root), Literals.of(root), EndAnchor.endsAtEndOfInput(root.node()),
                root,
                dfaCacheBytes, -1, null);
    }

    public int groupCount() {
        return program.groupCount;
    }

    public Program program() {
        return program;
    }

    /** The forward lazy DFA, or null if this pattern runs on the Pike VM only. */
    public LazyDfa forwardDfa() {
        return dfas().forward;
    }

    /** The reverse lazy DFA, or null if this pattern runs on the Pike VM only. */
    public LazyDfa reverseDfa() {
        return dfas().reverse;
    }

    /** How short searches pick their engine (tests warm it up or read it). */
    ShortSearchPolicy shortSearchPolicy() {
        return shortWork;
    }

    /** Whether long anchored searches that want groups went back to the DFAs ({@link DirectCaptures}; tests). */
    boolean directCapturesCostly() {
        return directCaptures.costly();
    }

    /** Searches that started on the DFAs and finished on the Pike VM. */
    public long fallbacks() {
        return fallbacks;
    }

    /**
     * Searches where the engines disagreed (reverse DFA found no start, or the Pike VM no match
     * on the DFAs' span) and the Pike VM's full answer was used. Always 0 unless there is a bug
     * or the input's content changed during a search; tests assert it.
     */
    public long inconsistencies() {
        return inconsistencies;
    }

    /** The DFA cache budget of each direction (forward, reverse), in bytes. */
    public long dfaCacheBudget() {
        return dfaCacheBytes;
    }

    /**
     * Bytes the DFA caches of both directions account for now (at most twice
     * {@link #dfaCacheBudget()}); 0 before the first search. Does not build the DFAs.
     */
    public long dfaBytesUsed() {
        Dfas d = dfas;
        return d == null || d.forward == null ? 0 : d.forward.memoryBytes() + d.reverse.memoryBytes();
    }

    /** Fresh per-Matcher scratch space. */
    public Scratch newScratch() {
        return new Scratch(this);
    }

    /**
     * Leftmost-first search from {@code from} (a position inside the region). On a match fills
     * {@code slots} (start/end of group 0, 1, ...; -1 when a group did not take part; only
     * {@code slots.length / 2} groups are wanted) and returns true.
     */
    public boolean search(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        scratch.groupsDeferred = false;
        return quickChecks ? quickOrRun(in, from, anchor, slots, scratch) : run(in, from, anchor, slots, scratch);
    }

    /** {@link #searchLazily}: no match. */
    public static final int NO_MATCH = 0;
    /** {@link #searchLazily}: a match, all wanted slots filled. */
    public static final int MATCH = 1;
    /** {@link #searchLazily}: a match, only group 0 filled; {@link #captures} gives the rest. */
    public static final int MATCH_BOUNDS = 2;

    /**
     * As {@link #search}, but engines that find only the match bounds leave the other groups to a
     * later {@link #captures} call (which a caller that never asks for groups never makes).
     */
    public int searchLazily(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        if (classRun != null && anchor == Anchor.UNANCHORED) {
            return classRunSearch(in, from, slots, scratch) ? MATCH : NO_MATCH; // no groups to defer
        }
        scratch.deferGroups = true;
        scratch.groupsDeferred = false;
        try {
            if (!(quickChecks ? quickOrRun(in, from, anchor, slots, scratch) : run(in, from, anchor, slots, scratch))) {
                return NO_MATCH;
            }
            if (scratch.groupsDeferred) {
                shortWork.capturesDeferred();
                return MATCH_BOUNDS;
            }
            return MATCH;
        } finally {
            scratch.deferGroups = false;
        }
    }

    /** Regions up to this long are searched with the backtracker alone (when it fits). */
    static final int SHORT_REGION = 100;
    /** {@link #SHORT_REGION}, or -1 to send every search to the DFAs first (tests of the DFAs). */
    private final int shortRegion;

    /** Anchored searches up to this long are still offered to the required-literal filter. */
    static final int ANCHORED_FILTER_UNITS = 1024;

    private boolean run(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        if (classRun != null && anchor == Anchor.UNANCHORED) {
            return classRunSearch(in, from, slots, scratch);
        }
        scratch.startSearch();
        // ^, \A or a leading (?s).*: the engines search anchored (the deferred hit-end run keeps the caller's anchor).
        Anchor engineAnchor = engineAnchor(anchor);
        // Not for an end-anchored pattern (the reverse search reads only the match), nor for a long
        // search anchored at its start by ^ or the caller (the automaton usually stops after a few
        // units, where the filter would scan the whole region).
        if (required != null && in.text instanceof String s && !endAnchored
                && (engineAnchor == Anchor.UNANCHORED || startsWithDotStar
                    || in.regionEnd - from <= ANCHORED_FILTER_UNITS)) {
            // Something every match contains is missing from the rest of the region: no match,
            // without running an automaton (the hit-end flags come from a deferred Pike VM run).
            RequiredLiteralFilter f = required.filter(in.regionEnd - from);
            if (f != null && !f.mayMatch(s, from, in.regionEnd, scratch.requiredMemoAfterFirst(), scratch)) {
                required.rejected(in.regionEnd - from);
                scratch.defer(in, from, anchor);
                return false;
            }
        }
        // The DFAs start every attempt with the pair-midpoint guard; a search that itself starts
        // mid-pair (after an empty match) is exempt from it, which only the Pike VM models.
        if (leading != null) {
            // ^(?=A)(?!B)R with no lookaround in R: A and B at the one start, then R without tables.
            boolean found = leading.search(in, from, anchor, slots, scratch);
            scratch.defer(in, from, anchor);
            return found;
        }
        if (leadingBehind != null) {
            // (?<=\$)R: R anchored right after each occurrence of the lookbehind's string, unless
            // that proved costly for this pattern (then the general search below).
            int r = leadingBehind.search(in, from, anchor, slots, scratch);
            if (r != LeadingLookbehind.GAVE_UP) {
                scratch.defer(in, from, anchor);
                return r > 0;
            }
        }
        if (zeroWidth != null && engineAnchor == Anchor.UNANCHORED) {
            // \B(?=(\d{3})+(?!\d)): the empty match at the first position where the checks hold.
            boolean found = zeroWidthSearch(in, from, slots, scratch);
            scratch.defer(in, from, anchor);
            return found;
        }
        if (hasLooks) {
            // Lookarounds are assertions read from per-position tables, which only the Pike VM
            // consults (the DFAs, prefilters and backtracker do not model them). An unanchored
            // search skips, whenever no thread is alive, to where a match may start (the skip
            // reads lookarounds as always true, so it never passes a real match); the hit-end
            // flags, which skipped starts would have set, come from a deferred run without it.
            if (in.regionEnd - from <= shortRegion && backtracker.fits(from, in.regionEnd)
                    && (slots.length <= 2 || program.captureLooks.length == 0)) {
                // A short input (a line of a grep): the backtracker, reading the same tables, finds
                // the Pike VM's match and groups with far less work per step (groups set inside
                // lookarounds need the Pike VM's full row, so those stay with it).
                Backtracker.Cache bc = scratch.backtrackCache();
                bc.looks = backtracker.needsLookTables() ? scratch.lookTables(in) : null; // (literal lookaheads are compared in place)
                boolean found;
                try {
                    found = backtracker.search(in, from, in.regionEnd, engineAnchor, slots, bc);
                } catch (RuntimeException e) {
                    scratch.lookTables = null; // an abort may leave a table pass half done
                    throw e;
                }
                scratch.defer(in, from, anchor);
                return found;
            }
            LookStartSkip skip = engineAnchor == Anchor.UNANCHORED ? lookStartSkip() : null;
            if (skip != null) {
                // Long input: the backtracker, one segment between barriers at a time (LookSegments).
                int r = lookSegmentSearch(in, from, slots, scratch, skip);
                if (r != LookSegments.GAVE_UP) {
                    scratch.defer(in, from, anchor);
                    return r == LookSegments.FOUND;
                }
                // No barrier, or a segment too long for the backtracker: the Pike VM with the skip.
                PikeVM.Cache cache = scratch.pikeCache();
                cache.skip = skip;
                try {
                    lookSearch(in, from, anchor, slots, scratch, cache);
                } finally {
                    cache.skip = null;
                }
                scratch.defer(in, from, anchor);
                return cache.found;
            }
            return pikeSearch(in, from, anchor, slots, scratch);
        }
        if (engineAnchor != Anchor.UNANCHORED && !backtracker.canBeginAt(in, from)) {
            // An anchored attempt whose first unit no match can begin with fails at once, before
            // any engine sets up (the DFA would compute an uncached edge transition to learn it).
            scratch.defer(in, from, anchor);
            return false;
        }
        Prefilters pf = prefilters();
        OnePass onePass;
        // (A literal set wanting no groups is compared directly, below: no engine cache to set up.)
        if (engineAnchor != Anchor.UNANCHORED && onePassFirst(in.regionEnd - from, slots)
                && (onePass = onePass()) != null) {
            // An anchored search of a one-pass pattern that wants groups, or is short, or whose
            // matches are all short (so the scan stops within a few units whatever the input's length): one
            // deterministic scan finds the match and its groups, where a DFA would find the end and
            // a second engine then the groups, and the backtracker (short input) would pay for
            // its visited set and stack. A long search for group 0 only is left to the DFA.
            boolean found = onePass.search(in, from, in.regionEnd, engineAnchor, slots, scratch.onePassCache(onePass));
            scratch.defer(in, from, anchor);
            return found;
        }
        if (engineAnchor != Anchor.UNANCHORED && pf.exact == null && shortRegion >= 0 && in.regionEnd - from > shortRegion
                && !startsWithDotStar // (?s).*R: the DFAs read up to R's first end, the groups its tail (LastRestStart)
                && directCaptures.wanted(slots.length, scratch.deferGroups, shortWork) && backtracker.fits(from, in.regionEnd)) {
            // A long anchored search whose groups are wanted: one backtracking pass, no DFA pass (DirectCaptures).
            Backtracker.Cache bc = scratch.backtrackCache();
            long steps0 = bc.steps;
            boolean found = backtracker.search(in, from, in.regionEnd, engineAnchor, slots, bc);
            scratch.defer(in, from, anchor);
            directCaptures.note(bc.steps - steps0, in.regionEnd - from);
            return found;
        }
        boolean shortOnBacktracker = pf.exact == null && in.regionEnd - from <= shortRegion
                && !shortSearchOnDfas(slots, scratch);
        if (shortOnBacktracker && engineAnchor == Anchor.UNANCHORED && (onePass = onePass()) != null) {
            // A short unanchored search of a one-pass pattern: one-pass attempts at the starts
            // where a match can begin cost a table lookup per unit, less than the backtracker's
            // visited set; past the backtracker's own work bound they give up and it runs.
            int r = onePass.find(in, from, in.regionEnd, slots, scratch.onePassCache(onePass));
            if (r != OnePass.GAVE_UP) {
                scratch.defer(in, from, anchor);
                return r > 0;
            }
        }
        if (shortOnBacktracker && backtracker.fits(from, in.regionEnd)) {
            // A short input: one backtracking pass finds the match and its groups at once, where
            // DFAs not built yet would cost more to set up than the whole pass.
            Backtracker.Cache bc = scratch.backtrackCache();
            long steps0 = bc.steps;
            boolean found = backtracker.search(in, from, in.regionEnd, engineAnchor, slots, bc);
            scratch.defer(in, from, anchor);
            // The units it searched: up to the match end (a find loop's next search goes on from there).
            shortWork.note(bc.steps - steps0, (found && slots.length > 1 ? slots[1] : in.regionEnd) - from,
                    found && slots.length > 1 ? slots[1] - slots[0] : 0);
            return found;
        }
        if (pf.exact != null) {
            // A literal set needs no automaton: the first literal at the leftmost place is the match.
            int r = literalSearch(pf.exact, in, from, engineAnchor, slots, scratch);
            if (r != LazyDfa.GAVE_UP) {
                scratch.defer(in, from, anchor);
                return r > 0;
            }
            FALLBACKS.getAndAdd(this, 1L);
            return pikeSearch(in, from, anchor, slots, scratch);
        }
        WindowedSearch ws = engineAnchor == Anchor.UNANCHORED ? windowedSearch() : null;
        if (ws != null && ws.preferred()) {
            // A bounded-length pattern whose DFA thrashes: each start on its own short window.
            return windowSearch(ws, true, in, from, anchor, slots, scratch);
        }
        // (Whether the search starts mid-pair is read only here, where it decides: most searches end before.)
        Dfas d = dfasFrom(in, from);
        if (d.forward != null) {
            // A pattern whose matches all end at the end of the input is searched backwards from
            // there (the work is the matching suffix, not the input: \s+$ on a line of spaces).
            // With required prefix literals, skip to where one occurs and try an anchored match
            // there; else the unanchored forward DFA finds the end and the reverse DFA the start.
            int r = spansToRegionEnd
                    ? spanToRegionEndSearch(d, in, from, slots, scratch)
                    : endAnchored && engineAnchor == Anchor.UNANCHORED
                    ? endAnchoredSearch(d, in, from, slots, scratch)
                    : pf.prefix != null && engineAnchor == Anchor.UNANCHORED
                    ? prefixSearch(d, pf.prefix, in, from, slots, scratch)
                    : dfaSearch(d, in, from, engineAnchor, slots, scratch);
            if (ws != null && scratch.fwd != null) {
                ws.noteDfa(scratch.fwd, (r > 0 && slots.length > 1 ? slots[1] : in.regionEnd) - from);
            }
            if (r != LazyDfa.GAVE_UP) {
                scratch.defer(in, from, anchor);
                return r > 0;
            }
            FALLBACKS.getAndAdd(this, 1L);
            if (in.regionEnd - from <= shortRegion) {
                shortWork.dfaGaveUp(); // short searches go back to the backtracker
            }
        }
        if (backtracker.fits(from, in.regionEnd)) {
            // A short region: the backtracker finds the Pike VM's match with less work per step;
            // the hit-end flags, if asked for, come from a deferred Pike VM run.
            boolean found = backtracker.search(in, from, in.regionEnd, engineAnchor, slots, scratch.backtrackCache());
            scratch.defer(in, from, anchor);
            return found;
        }
        if (ws != null) {
            // Matches are short: the backtracker on a window per start beats the Pike VM's thread lists.
            return windowSearch(ws, false, in, from, anchor, slots, scratch);
        }
        return pikeSearch(in, from, anchor, slots, scratch);
    }

    /**
     * The checks that answer some searches before {@link #run} (kept out of it: {@code run} is
     * the biggest method here, and code added to it changes how the JIT compiles every search):
     * <ul>
     *   <li>a pattern whose matches all end at the region end or just before a final line
     *       terminator fails at once when no unit there is one a match can end with
     *       ({@code (a+)+$} on {@code "aaa…!"}): no engine to set up;</li>
     *   <li>a literal set with a required-literal filter is first looked for near the search
     *       start ({@link #nearLiteralSearch}), and a greedy {@code C{n,m}} over plain BMP
     *       units by a read of its runs there ({@link LongRunLook}: {@code [一-龥]{3,}} on a
     *       text that starts with CJK), each until it has missed twice in a row for this
     *       Matcher;</li>
     *   <li>an anchored search that {@code run} would give to the one-pass engine first goes
     *       to it directly ({@link #anchoredOnePass}).</li>
     * </ul>
     * Otherwise the search goes on in {@code run} (which starts the budget again).
     */
    private boolean quickOrRun(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        if (classRun == null || anchor != Anchor.UNANCHORED) {
            if (endAnchored && !hasLooks && noMatchCanEnd(in, from)) {
                scratch.startSearch();
                scratch.defer(in, from, anchor);
                return false;
            }
            if (anchor == Anchor.UNANCHORED && scratch.nearMisses < NEAR_MAX_MISSES) {
                int near = nearSearch(in, from, slots, scratch);
                if (near > 0) {
                    scratch.nearMisses = 0;
                    scratch.defer(in, from, anchor);
                    return true;
                }
                if (near == 0) {
                    scratch.nearMisses++;
                }
            }
            Anchor engineAnchor = engineAnchor(anchor);
            OnePass onePass = hasLooks ? null : anchoredOnePass(in, from, engineAnchor, slots);
            if (onePass != null) {
                scratch.startSearch();
                boolean found = onePass.search(in, from, in.regionEnd, engineAnchor, slots, scratch.onePassCache(onePass));
                scratch.defer(in, from, anchor);
                return found;
            }
        }
        return run(in, from, anchor, slots, scratch);
    }

    /**
     * The anchor the engines search with: every match of a pattern that begins with {@code ^}
     * or {@code \A} starts where that assertion holds, a single position no later than the
     * region start, and the leftmost match of a pattern that begins with {@code (?s).*} starts at
     * the search start (the repeat takes whatever precedes a later one), so an unanchored search
     * of either is an anchored one.
     */
    private Anchor engineAnchor(Anchor anchor) {
        return anchor == Anchor.UNANCHORED && (program.beginAnchored || startsWithDotStar) ? Anchor.START : anchor;
    }

    /**
     * Whether an anchored search of {@code units} units goes to the one-pass engine (if the
     * pattern has one) before the others: it wants groups, or it is short, or no match is long,
     * and the pattern is not a literal set wanting group 0 only (compared directly).
     */
    private boolean onePassFirst(int units, int[] slots) {
        return slots.length > 2 || prefilters().exact == null && (units <= shortRegion || shortMatchesOnly());
    }

    /**
     * The one-pass engine when {@code run} would pick it for this search before any other
     * engine ({@link #onePassFirst} with an anchored {@code engineAnchor}) and the
     * required-literal filter would not run first or is skipped as costing more than it saves
     * (a short region: the scan stops within it anyway); else null. A call on a short text
     * ({@code matches()} of a phone number, {@code find()} of {@code ^GET ...} on a request
     * line) then skips {@code run}'s checks for the engines it does not use.
     */
    private OnePass anchoredOnePass(SearchInput in, int from, Anchor engineAnchor, int[] slots) {
        if (engineAnchor == Anchor.UNANCHORED) {
            return null;
        }
        int n = in.regionEnd - from;
        if (required != null && n > shortRegion && (n <= ANCHORED_FILTER_UNITS || startsWithDotStar)) {
            return null; // the filter may reject the search without an engine: run() decides
        }
        return onePassFirst(n, slots) ? onePass() : null;
    }

    /**
     * The look near the search start that {@link #quickOrRun} makes for this pattern, if any:
     * the literal set's ({@link #nearLiteralSearch}, literals up to half the window) or the
     * class run's ({@link LongRunLook}). Returns 1 (the leftmost-first match, slots filled), 0
     * (none found there: the search goes on in {@code run}) or -1 (no look for this pattern).
     */
    private int nearSearch(SearchInput in, int from, int[] slots, Scratch scratch) {
        if (nearLiterals && prefilters().exact instanceof Prefilter lits && lits.maxLength() <= NEAR_UNITS / 2) {
            scratch.startSearch();
            return nearLiteralSearch(lits, in, from, slots, scratch) ? 1 : 0;
        }
        if (longRun != null) {
            scratch.startSearch();
            long m = longRun.find(in.text, from, (int) Math.min(in.regionEnd, (long) from + NEAR_UNITS), in.regionEnd, scratch);
            return m >= 0 && fill(in, (int) (m >>> 32), (int) m, slots, scratch) ? 1 : 0;
        }
        return -1;
    }

    /**
     * Misses in a row after which a Matcher stops looking near the search start: a find loop
     * over matches further apart than {@link #NEAR_UNITS} (rebar's {@code (?i)the} over a novel)
     * would pay a unit-by-unit scan per find before the vector scans that find the match.
     */
    static final int NEAR_MAX_MISSES = 2;

    /** Whether {@link #quickOrRun} has a check for this pattern. */
    private final boolean quickChecks;

    /**
     * How far from the search start {@link #nearLiteralSearch} looks: room for a match right at
     * the start or one unit after the last (replaceAll over adjacent matches) of literals up to
     * half as long, and a short scan where none is near (a miss costs up to this many units).
     */
    static final int NEAR_UNITS = 32;

    /**
     * For a set of literals that also has a required-literal filter ({@code (?i)keyword_to_find}:
     * '_', k or K, y or Y): the literals looked for within {@link #NEAR_UNITS} of the search start
     * by the candidate scan alone, before the filter. A find at its match (one find on a text that
     * starts with it) or the next find of a loop over close matches (replaceAll) then skips the
     * filter, whose scans for each required unit cost more than such a match; a text without the
     * literals is still rejected by the filter. Fills the slots and returns true on a match that
     * is the leftmost-first one; false sends the search on its usual way (a miss costs at most
     * {@code NEAR_UNITS} units before it: at most twice the scanning of a find loop).
     */
    private boolean nearLiteralSearch(Prefilter lits, SearchInput in, int from, int[] slots, Scratch scratch) {
        int limit = (int) Math.min(in.regionEnd, (long) from + NEAR_UNITS);
        int start = lits.find(in.text, from, limit);
        scratch.charge((start < 0 ? limit : start) - from);
        // Only literals ending before limit were seen: a longer one starting at or before start
        // might have been missed unless every literal fits.
        if (start < 0 || limit < in.regionEnd && start + lits.maxLength() > limit) {
            return false;
        }
        int k = lits.literalCount() == 1 ? 0 : lits.firstAt(in.text, start, in.regionEnd);
        return fill(in, start, start + lits.length(k), slots, scratch);
    }

    /** One class, alone or repeated ({@code \pL}, {@code \d+}, {@code a*}): read code points, no automaton to set up. */
    private boolean classRunSearch(SearchInput in, int from, int[] slots, Scratch scratch) {
        scratch.startSearch();
        boolean found = classRun.find(in, from, slots, scratch);
        scratch.defer(in, from, Anchor.UNANCHORED);
        return found;
    }

    /** {@link #shortMatchesOnly}: not computed yet. */
    private static final int MAX_UNITS_UNKNOWN = -2;
    /** {@link MaxUnits#of} up to {@link #SHORT_REGION}, computed on first use (racing threads compute the same). */
    private int maxMatchUnits = MAX_UNITS_UNKNOWN;

    /**
     * Whether no match consumes more than {@link #SHORT_REGION} units ({@code ^a{2,5}$}): an
     * anchored one-pass scan then stops within that many units of its start however long the
     * region, and costs less to set up than the DFA (false while the DFAs are tested alone).
     */
    private boolean shortMatchesOnly() {
        int m = maxMatchUnits;
        if (m == MAX_UNITS_UNKNOWN) {
            m = MaxUnits.of(program, SHORT_REGION);
            maxMatchUnits = m;
        }
        return m != MaxUnits.UNBOUNDED && shortRegion >= 0;
    }

    /** Built on the first search that reaches the DFA stage; {@link #NO_SKIP} for a pattern with unbounded matches. */
    private volatile Object windowedSearch;

    /** The windowed search of this pattern, or null (package-private for tests). */
    WindowedSearch windowedSearch() {
        Object w = windowedSearch;
        if (w == null) {
            WindowedSearch k = WindowedSearch.of(program, backtracker);
            w = k == null ? NO_SKIP : k;
            windowedSearch = w; // racing threads build equal objects; either is fine
        }
        return w == NO_SKIP ? null : (WindowedSearch) w;
    }

    /**
     * An unanchored search of a bounded-length pattern ({@link WindowedSearch}): the forward DFA
     * anchored at each start where a match can begin (its few anchored states stay cached), unless
     * {@code dfaFirst} is false or the DFA gives up; then the backtracker on a window per start.
     */
    private boolean windowSearch(WindowedSearch ws, boolean dfaFirst, SearchInput in, int from, Anchor anchor,
                                 int[] slots, Scratch scratch) {
        Dfas d = dfaFirst ? dfasFrom(in, from) : Dfas.NONE;
        if (d.forward != null) {
            ensureDfaScratch(d, scratch);
            long r = ws.dfaFind(d.forward, scratch.fwd, in, from);
            if (r == LazyDfa.NO_MATCH) {
                scratch.defer(in, from, anchor);
                return false;
            }
            if (r != LazyDfa.GAVE_UP && fill(in, (int) (r >>> 32), (int) r, slots, scratch)) {
                scratch.defer(in, from, anchor);
                return true;
            }
            FALLBACKS.getAndAdd(this, 1L);
        }
        boolean found = ws.search(in, from, slots, scratch.backtrackCache());
        scratch.defer(in, from, anchor);
        return found;
    }

    /**
     * Whether a short search (one the backtracker alone could answer) should run on the DFAs
     * instead: when no group is wanted now (the pattern has none, or the caller computes them
     * later and has seldom asked for them, {@link ShortSearchPolicy#capturesWanted}) or the
     * backtracker has proved costly per unit ({@link ShortSearchPolicy#costly}), and the DFAs
     * are worth having (already built for a longer search, or the backtracker's work on short
     * searches of this pattern has outgrown what building them costs). A warm DFA answers in a
     * few nanoseconds per unit, where the backtracker may visit every (instruction, position)
     * pair: {@code (x+){1,99}y} on 30 x's is thousands of steps for it and 31 transitions for
     * the DFA.
     */
    private boolean shortSearchOnDfas(int[] slots, Scratch scratch) {
        if (slots.length > 2 && (!scratch.deferGroups || shortWork.capturesWanted()) && !shortWork.costly(program.size())) {
            return false;
        }
        Dfas d = dfas;
        if (d != null) {
            return d.forward != null && !shortWork.dfaUnfit();
        }
        return shortWork.warm(program.size());
    }

    /** A search of a pattern that is exactly the literal set {@code lits}: 1, 0 or {@link LazyDfa#GAVE_UP}. */
    private int literalSearch(LiteralSearch lits, SearchInput in, int from, Anchor anchor, int[] slots,
                                  Scratch scratch) {
        CharSequence text = in.text;
        int limit = in.regionEnd;
        int start = from;
        int k;
        if (anchor == Anchor.UNANCHORED) {
            start = lits.find(text, from, limit, scratch);
            scratch.charge((start < 0 ? limit : start) - from); // the scan's work, after the fact
            if (start < 0) {
                return 0;
            }
            k = lits.literalCount() == 1 ? 0 : lits.firstAt(text, start, limit); // find checked a lone literal
        } else if (anchor == Anchor.START) {
            k = lits.firstAt(text, from, limit);
        } else {
            k = lits.firstSpanning(text, from, limit);
        }
        if (k < 0) {
            return 0;
        }
        return fill(in, start, start + lits.length(k), slots, scratch) ? 1 : LazyDfa.GAVE_UP;
    }

    /** {@link #prefixSearch}: after this many failed candidates, check how far apart they are... */
    static final int DENSE_CANDIDATES = 16;
    /** ...and if on average closer than this many units, search on with the unanchored DFAs. */
    static final int DENSE_SPACING = 32;

    /**
     * An unanchored search for a pattern whose matches all start with one of the literals in
     * {@code prefix}: the forward DFA runs anchored at each place a literal occurs. If those runs
     * read much more text than the literal search skips (candidates that rarely match), the rest
     * is searched with the unanchored DFAs, so the work stays linear; likewise when candidates
     * that fail come thick and fast (each anchored run has a fixed cost the unanchored DFA does
     * not pay per candidate).
     */
    private int prefixSearch(Dfas d, Prefilter prefix, SearchInput in, int from, int[] slots, Scratch scratch) {
        ensureDfaScratch(d, scratch);
        int limit = in.regionEnd;
        long work0 = scratch.fwd.steps;
        int p = from;
        int candidates = 0;
        while (true) {
            int c = prefix.find(in.text, p, limit, scratch);
            scratch.charge((c < 0 ? limit : c) - p); // the scan's work, after the fact
            if (c < 0) {
                return 0;
            }
            int end = d.forward.searchForward(in, c, Anchor.START, scratch.fwd);
            if (end == LazyDfa.GAVE_UP) {
                return LazyDfa.GAVE_UP;
            }
            if (end >= 0) {
                return fill(in, c, end, slots, scratch) ? 1 : LazyDfa.GAVE_UP;
            }
            // No match starts at c, nor (the literal search says) anywhere in [p, c).
            p = c + 1;
            candidates++;
            if (scratch.fwd.steps - work0 > 4L * (p - from) + 256
                    || candidates >= DENSE_CANDIDATES && p - from < (long) DENSE_SPACING * candidates) {
                // The anchored runs read much more than the literal search skips, or candidates are
                // so close together that a DFA start per candidate costs more than one unanchored pass.
                return dfaSearch(d, in, p, Anchor.UNANCHORED, slots, scratch);
            }
        }
    }

    /**
     * An unanchored search for an end-anchored pattern. Every match ends at the region end or
     * just before a final line terminator (at most two units earlier), so the leftmost start is
     * the smallest start the reverse DFA finds from those ends; the forward DFA anchored there then
     * gives the leftmost-first end. Reverse runs stop where the pattern can no longer match.
     */
    private int endAnchoredSearch(Dfas d, SearchInput in, int from, int[] slots, Scratch scratch) {
        if (scratch.rev == null) {
            scratch.rev = d.reverse.newScratch(scratch, scratch.memo());
        }
        CharSequence text = in.text;
        int end = in.regionEnd;
        int start = LazyDfa.NO_MATCH;
        for (int e = end; e >= Math.max(from, end - 2); e--) {
            // Only the region end, or a place a final terminator follows, can end a match.
            if (e < end && !isTerminatorTail(text, e, end)) {
                continue;
            }
            int s = d.reverse.searchReverse(in, from, e, scratch.rev);
            if (s == LazyDfa.GAVE_UP) {
                return LazyDfa.GAVE_UP;
            }
            if (s >= 0 && (start < 0 || s < start)) {
                start = s;
            }
        }
        if (start < 0) {
            return 0;
        }
        ensureDfaScratch(d, scratch);
        int matchEnd = d.forward.searchForward(in, start, Anchor.START, scratch.fwd);
        if (matchEnd < 0) {
            if (matchEnd == LazyDfa.NO_MATCH) {
                INCONSISTENCIES.getAndAdd(this, 1L); // the reverse DFA saw a match: a bug, kept safe
            }
            return LazyDfa.GAVE_UP;
        }
        return fill(in, start, matchEnd, slots, scratch) ? 1 : LazyDfa.GAVE_UP;
    }

    /**
     * A search (of any anchor) for a pattern {@code (?s).*R(?s).*}: its match from {@code from}, if
     * any, is {@code [from, regionEnd)}, and there is one exactly when some match from
     * {@code from} ends anywhere, so the forward DFA stops at the first match end it meets
     * instead of scanning to the region end for the leftmost-first one. The groups are those
     * of the span (deferred like any DFA match's).
     */
    private int spanToRegionEndSearch(Dfas d, SearchInput in, int from, int[] slots, Scratch scratch) {
        ensureDfaScratch(d, scratch);
        int end = d.forward.searchEarliest(in, from, Anchor.START, scratch.fwd);
        if (end < 0) {
            return end == LazyDfa.NO_MATCH ? 0 : LazyDfa.GAVE_UP;
        }
        return fill(in, from, in.regionEnd, slots, scratch) ? 1 : LazyDfa.GAVE_UP;
    }

    /** {@link #endUnits}: not computed yet, or computed and none (a match may be empty). */
    private static final Object END_UNITS_UNKNOWN = new Object();
    private static final Object NO_END_UNITS = new Object();
    /** The units a match can end with, computed on first use (racing threads compute equal ones). */
    private volatile Object endUnits = END_UNITS_UNKNOWN;

    /**
     * The units the last unit of a match can be: the first units of the reversed program (a
     * superset, see {@link FirstUnits}), or null when a match may be empty.
     */
    private FirstUnits endUnits() {
        Object u = endUnits;
        if (u == END_UNITS_UNKNOWN) {
            FirstUnits f = FirstUnits.of(ReverseProgram.of(program));
            u = f == null ? NO_END_UNITS : f;
            endUnits = u;
        }
        return u == NO_END_UNITS ? null : (FirstUnits) u;
    }

    /**
     * For a pattern whose matches all end at the region end or just before a final line
     * terminator ({@link EndAnchor}, the places {@link #endAnchoredSearch} tries): whether none of
     * those places follows a unit a match can end with, inside {@code [from, regionEnd)}.
     */
    private boolean noMatchCanEnd(SearchInput in, int from) {
        FirstUnits last = endUnits();
        if (last == null) {
            return false;
        }
        CharSequence text = in.text;
        int end = in.regionEnd;
        for (int e = end; e >= Math.max(from + 1, end - 2); e--) {
            if ((e == end || isTerminatorTail(text, e, end)) && last.contains(text.charAt(e - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Is {@code text[e, end)} (one or two units) a line terminator: any of java.util.regex's, or CR LF? */
    private static boolean isTerminatorTail(CharSequence text, int e, int end) {
        return end - e == 2
                ? text.charAt(e) == '\r' && text.charAt(e + 1) == '\n'
                : Assertions.isTerminator(text.charAt(e));
    }

    /**
     * Reports the match {@code [start, end)} in {@code slots}, with captures unless they may be
     * deferred. False if the captures engine finds no match on that span (the text changed under
     * the search, or a bug): the caller then runs the Pike VM on the whole search.
     */
    private boolean fill(SearchInput in, int start, int end, int[] slots, Scratch scratch) {
        if (slots.length > 2 && scratch.deferGroups) {
            slots[0] = start;
            slots[1] = end;
            scratch.groupsDeferred = true;
        } else if (slots.length > 2) {
            if (!spanCaptures(in, start, end, slots, scratch)) {
                INCONSISTENCIES.getAndAdd(this, 1L);
                return false;
            }
        } else if (slots.length > 0) {
            slots[0] = start;
            if (slots.length > 1) {
                slots[1] = end;
            }
        }
        return true;
    }

    private static void ensureDfaScratch(Dfas d, Scratch scratch) {
        if (scratch.fwd == null) {
            scratch.fwd = d.forward.newScratch(scratch, scratch.memo());
        }
    }

    /**
     * {@link #captures} as a search of its own (its own limits), for a caller that deferred the
     * groups of a match found by {@link #searchLazily}.
     */
    public void deferredCaptures(SearchInput in, int start, int end, int[] slots, Scratch scratch) {
        shortWork.capturesAsked();
        scratch.begin();
        captures(in, start, end, slots, scratch);
    }

    /**
     * Fills {@code slots} for the match the last search found at exactly {@code [start, end)}: the
     * captures of a run on the whole input, computed on the span only. One-pass patterns run on
     * {@link OnePass}, others on the {@link Backtracker} for short spans (no slot copying),
     * on the Pike VM for longer ones.
     */
    public void captures(SearchInput in, int start, int end, int[] slots, Scratch scratch) {
        if (!spanCaptures(in, start, end, slots, scratch)) {
            // The span no longer matches: the caller's CharSequence changed since the search, or
            // (a bug; tests assert the counter stays 0) the engines disagree. Never invent groups.
            INCONSISTENCIES.getAndAdd(this, 1L);
            throw new java.util.ConcurrentModificationException(
                    "the match at [" + start + ", " + end + ") is gone: the input changed during matching");
        }
    }

    /** The captures of the match at exactly {@code [start, end)}; false if there is none there. */
    private boolean spanCaptures(SearchInput in, int start, int end, int[] slots, Scratch scratch) {
        if (leadingBehind != null) {
            // The lookbehind holds at every match start and sets no group: the rest's groups.
            Strategy r = leadingBehind.rest();
            return r.spanCaptures(in, start, end, slots, scratch.nested(r));
        }
        if (hasLooks) {
            return lookSpanCaptures(in, start, end, slots, scratch);
        }
        if (greedyDotStarFirst) {
            // (?s).*R: the groups are R's at the last place it matches up to the end (LastRestStart).
            Dfas d = dfas();
            int q = d.reverse == null ? -1 : LastRestStart.of(d.reverse, in, start, end, scratch);
            if (q > start) {
                boolean found = wholeSpanCaptures(in, q, end, slots, scratch);
                slots[0] = start;
                return found;
            }
        }
        return wholeSpanCaptures(in, start, end, slots, scratch);
    }

    /** {@link #spanCaptures} by an engine run over the whole span. */
    private boolean wholeSpanCaptures(SearchInput in, int start, int end, int[] slots, Scratch scratch) {
        OnePass onePass = onePass();
        if (onePass != null) {
            // A one-pass pattern: a single deterministic scan of the span, no thread lists, no
            // visited set, no backtracking (built on the first capture request).
            return onePass.search(in, start, end, Anchor.BOTH, slots, scratch.onePassCache(onePass));
        }
        return backtracker.fits(start, end) && backtracker.search(in, start, end, Anchor.BOTH, slots, scratch.backtrackCache())
                || pikeVM.search(in, start, end, Anchor.BOTH, slots, scratch.pikeCache());
    }

    /** Returns 1 (match, slots filled), 0 (no match) or {@link LazyDfa#GAVE_UP}. */
    private int dfaSearch(Dfas d, SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        ensureDfaScratch(d, scratch);
        int end = d.forward.searchForward(in, from, anchor, scratch.fwd);
        if (end == LazyDfa.GAVE_UP) {
            return LazyDfa.GAVE_UP;
        }
        if (end == LazyDfa.NO_MATCH) {
            return 0;
        }
        int start = from;
        if (anchor == Anchor.UNANCHORED && end > from) {
            // (An empty match at the search start can only start there: no reverse run.)
            // No match starts before the last place the forward search had no thread alive; if the
            // match cannot be shorter than the span from there, it starts exactly there.
            int lowest = scratch.fwd.lastEmpty;
            int min = d.forward.minUnits();
            if (min > 0 && end - lowest == min) {
                return fill(in, lowest, end, slots, scratch) ? 1 : LazyDfa.GAVE_UP;
            }
            if (scratch.rev == null) {
                scratch.rev = d.reverse.newScratch(scratch, scratch.memo()); // anchored searches never need it
            }
            start = d.reverse.searchReverse(in, lowest, end, scratch.rev);
            if (start < 0) {
                if (start == LazyDfa.NO_MATCH) {
                    INCONSISTENCIES.getAndAdd(this, 1L); // the forward DFA saw a match: a bug, kept safe
                }
                return LazyDfa.GAVE_UP;
            }
        }
        return fill(in, start, end, slots, scratch) ? 1 : LazyDfa.GAVE_UP;
    }

    /** Built on the first search of a pattern with lookarounds; {@link #NO_SKIP} when it has none. */
    private volatile Object lookStartSkip;
    private static final Object NO_SKIP = new Object();

    private LookStartSkip lookStartSkip() {
        Object s = lookStartSkip;
        if (s == null) {
            LookStartSkip k = LookStartSkip.of(program, literals);
            s = k == null ? NO_SKIP : k;
            lookStartSkip = s; // racing threads build equal objects; either is fine
        }
        return s == NO_SKIP ? null : (LookStartSkip) s;
    }

    /** Built on the first long search of a pattern with lookarounds; {@link #NO_SKIP} when it has no barrier. */
    private volatile Object lookSegments;

    /** {@link LookSegments#search}, or {@link LookSegments#GAVE_UP} if the pattern has no barrier. */
    private int lookSegmentSearch(SearchInput in, int from, int[] slots, Scratch scratch, LookStartSkip skip) {
        Object s = lookSegments;
        if (s == null) {
            LookSegments k = LookSegments.of(program, dfaCacheBytes);
            s = k == null ? NO_SKIP : k;
            lookSegments = s; // racing threads build equal objects; either is fine
        }
        if (s == NO_SKIP) {
            return LookSegments.GAVE_UP;
        }
        Backtracker.Cache bc = scratch.backtrackCache();
        bc.looks = scratch.lookTables(in);
        try {
            int r = ((LookSegments) s).search(backtracker, skip, in, from, slots, bc, bc.looks);
            if (r == LookSegments.FOUND && slots.length > 2 && program.captureLooks.length > 0) {
                if (scratch.deferGroups) {
                    scratch.groupsDeferred = true; // groups inside lookarounds on request: lookSpanCaptures
                } else {
                    // The backtracker's row (captures, latch and position slots) is the Pike VM's.
                    LookCaptures.recover(program, bc.slots.clone(), slots, bc.looks);
                }
            }
            return r;
        } catch (RuntimeException e) {
            scratch.lookTables = null; // an abort may leave a table pass half done
            throw e;
        }
    }

    /** {@link ZeroWidthChain#find}, the match's groups deferred or recovered on its (empty) span. */
    private boolean zeroWidthSearch(SearchInput in, int from, int[] slots, Scratch scratch) {
        LookTables tables = scratch.lookTables(in);
        int q;
        try {
            q = zeroWidth.find(in, from, lookStartSkip(), tables, scratch);
        } catch (RuntimeException e) {
            scratch.lookTables = null; // an abort may leave a table pass half done
            throw e;
        }
        if (q < 0) {
            return false;
        }
        if (slots.length > 2 && scratch.deferGroups) {
            scratch.groupsDeferred = true; // lookSpanCaptures on request
        } else if (slots.length > 2) {
            return lookSpanCaptures(in, q, q, slots, scratch);
        }
        if (slots.length > 0) {
            slots[0] = q;
        }
        if (slots.length > 1) {
            slots[1] = q;
        }
        return true;
    }

    /**
     * {@link #spanCaptures} for a pattern with lookarounds (a segment search that deferred the
     * groups set inside lookarounds): the backtracker (or the Pike VM) on exactly the span, reading
     * the input's lookaround tables, then those groups recovered from its row.
     */
    private boolean lookSpanCaptures(SearchInput in, int start, int end, int[] slots, Scratch scratch) {
        LookTables tables = scratch.lookTables(in);
        try {
            int[] row;
            if (backtracker.fits(start, end)) {
                Backtracker.Cache bc = scratch.backtrackCache();
                bc.looks = tables;
                if (!backtracker.search(in, start, end, Anchor.BOTH, slots, bc)) {
                    return false;
                }
                row = bc.slots;
            } else {
                PikeVM.Cache cache = scratch.pikeCache();
                cache.looks = tables;
                if (!pikeVM.search(in, start, end, Anchor.BOTH, slots, cache)) {
                    return false;
                }
                row = cache.matchSlots;
            }
            if (slots.length > 2 && program.captureLooks.length > 0) {
                LookCaptures.recover(program, row.clone(), slots, tables);
            }
            return true;
        } catch (RuntimeException e) {
            scratch.lookTables = null; // an abort may leave a table pass half done
            throw e;
        }
    }

    /** A Pike VM search of a pattern with lookarounds, groups in lookarounds recovered; sets {@code cache.found}. */
    private void lookSearch(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch, PikeVM.Cache cache) {
        cache.looks = scratch.lookTables(in);
        try {
            boolean found = pikeVM.search(in, from, anchor, slots, cache);
            if (found && slots.length > 2 && program.captureLooks.length > 0) {
                LookCaptures.recover(program, cache.matchSlots.clone(), slots, cache.looks);
            }
            cache.found = found;
        } catch (RuntimeException e) {
            scratch.lookTables = null; // an abort may leave a table pass half done
            throw e;
        }
    }

    private boolean pikeSearch(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        PikeVM.Cache cache = scratch.pikeCache();
        boolean found;
        if (hasLooks) {
            lookSearch(in, from, anchor, slots, scratch, cache);
            found = cache.found;
        } else {
            found = pikeVM.search(in, from, anchor, slots, cache);
        }
        scratch.hitEnd = cache.hitEnd();
        scratch.requireEnd = cache.requireEnd(); // as the JDK: meaningful after a match, reported as computed
        scratch.deferredIn = null;
        return found;
    }

    /**
     * Per-Matcher mutable state: engine caches, what the last search observed, and the
     * {@link Budget} every engine of a search ticks. A search that throws (a limit, or the input's
     * own exception) leaves nothing the next search reads: each engine resets its part on entry.
     * The budget is the scratch itself (it extends {@link Budget}), so that a Matcher made for one
     * call allocates one object fewer; engine caches are made on first use.
     */
    public static final class Scratch extends Budget {
        private final Strategy owner;
        /** Engine caches, each created on first use (a Matcher often needs only one engine). */
        private PikeVM.Cache pike;
        private Backtracker.Cache backtrack;
        private OnePass.Cache onePass;
        LazyDfa.Scratch fwd;
        LazyDfa.Scratch rev;
        boolean hitEnd;
        boolean requireEnd;
        /** Set during {@link #searchLazily}: whether groups may be left out, and whether they were. */
        boolean deferGroups;
        boolean groupsDeferred;
        /** Non-null when hitEnd/requireEnd are still to be computed by a Pike VM run of this search. */
        private SearchInput deferredIn;
        private int deferredFrom;
        private Anchor deferredAnchor;
        /** Lookaround tables for the input of the last search (kept while the input is the same). */
        LookTables lookTables;
        /**
         * Work counted outside the engine caches: lookaround work outside the tables (and that of
         * tables replaced), and the units {@link ClassRunSearch} read. One field for both keeps
         * the per-Matcher scratch small.
         */
        long otherSteps;
        /** The base-character memo of {@code \b} checks, shared by this scratch's engines (one runs at a time). */
        private Assertions.BaseCharMemo memo;
        /** The scratch of a {@link LeadingLookarounds}' rest pattern, created on first use. */
        private Scratch nested;

        /** The scratch for {@code inner}'s searches within this one's, under the same limits. */
        Scratch nested(Strategy inner) {
            if (nested == null) {
                nested = inner.newScratch();
            }
            nested.useLimitsOf(this);
            return nested;
        }

        /** Where the required literals occur next in the current text ({@link RequiredLiteralFilter}). */
        private RequiredLiteralFilter.Memo requiredMemo;

        private NeedleSet.Memo needleMemo;
        /** Near-literal looks that missed since the last hit ({@link #NEAR_MAX_MISSES}). */
        int nearMisses;

        /**
         * The needle memo from this scratch's second needle search on; null for the first. A
         * Matcher made for one find() (the common case for a short text) then allocates no memo:
         * the memo only saves rescans in a find loop, and one search unremembered costs at most
         * one more scan per needle over the same stretch.
         */
        NeedleSet.Memo needleMemo() {
            NeedleSet.Memo m = needleMemo;
            if (m == null) {
                needleMemo = NeedleSet.Memo.FIRST_SEARCH_DONE;
                return null;
            }
            if (m == NeedleSet.Memo.FIRST_SEARCH_DONE) {
                m = new NeedleSet.Memo();
                needleMemo = m;
            }
            return m;
        }

        /**
         * The required-literal memo from this scratch's second filtered search on; null for the
         * first, as {@link #needleMemo}: a Matcher made for one find() allocates none, and the
         * unremembered search costs at most one more scan per needle over the same stretch.
         */
        RequiredLiteralFilter.Memo requiredMemoAfterFirst() {
            RequiredLiteralFilter.Memo m = requiredMemo;
            if (m == null) {
                requiredMemo = RequiredLiteralFilter.Memo.FIRST_SEARCH_DONE;
                return null;
            }
            return m == RequiredLiteralFilter.Memo.FIRST_SEARCH_DONE ? requiredMemo() : m;
        }

        /** The required-literal memo, made now if there is none yet (tests read its counts). */
        RequiredLiteralFilter.Memo requiredMemo() {
            if (requiredMemo == null || requiredMemo == RequiredLiteralFilter.Memo.FIRST_SEARCH_DONE) {
                requiredMemo = new RequiredLiteralFilter.Memo();
            }
            return requiredMemo;
        }

        Scratch(Strategy owner) {
            this.owner = owner;
        }

        /** The memo the DFAs and backtracker share; null when the program has no word boundary. */
        Assertions.BaseCharMemo memo() {
            if (memo == null && owner.usesBaseCharMemo) {
                memo = new Assertions.BaseCharMemo();
            }
            return memo;
        }

        PikeVM.Cache pikeCache() {
            if (pike == null) {
                pike = owner.pikeVM.newCache(this);
            }
            return pike;
        }

        OnePass.Cache onePassCache(OnePass engine) {
            if (onePass == null) {
                onePass = engine.newCache(this);
            }
            return onePass;
        }

        Backtracker.Cache backtrackCache() {
            if (backtrack == null) {
                backtrack = owner.backtracker.newCache(this, memo());
            }
            return backtrack;
        }

        /** The checker of this scratch's search limits ({@link Budget#configure} sets them). */
        public Budget budget() {
            return this;
        }

        /** A search starts: limits start again, and nothing of an earlier (perhaps aborted) search is deferred. */
        void startSearch() {
            begin();
            deferredIn = null;
        }

        /**
         * A search or deferred computation of this scratch threw (a limit, or the input's own
         * exception): drop everything kept from one search to the next, since it may be half
         * updated. Engine state that lives only within one search is reset on entry anyway; state
         * kept across searches (such as per-input tables) must be dropped here.
         */
        public void abandon() {
            deferredIn = null;
            lookTables = null; // a table pass may have been cut short
        }

        void defer(SearchInput in, int from, Anchor anchor) {
            deferredIn = in;
            deferredFrom = from;
            deferredAnchor = anchor;
        }

        private void resolve() {
            if (deferredIn != null) {
                begin(); // a search of its own, with its own limits
                // (Slots of its own: rare enough that keeping an array per Matcher costs more.)
                owner.pikeSearch(deferredIn, deferredFrom, deferredAnchor, new int[2], this);
            }
        }

        LookTables lookTables(SearchInput in) {
            if (lookTables == null || lookTables.in != in || lookTables.textLength != in.text.length()) {
                if (lookTables != null) {
                    otherSteps += lookTables.steps();
                }
                lookTables = new LookTables(in, owner.program.looks, this);
            }
            return lookTables;
        }

        /** Counts lookaround work done outside the tables (a question answered by one scan). */
        void countLookSteps(long steps) {
            otherSteps += steps;
            charge(steps);
        }

        /** Whether the last search read (or asserted) at the end of the input/region. */
        public boolean hitEnd() {
            resolve();
            return hitEnd;
        }

        /** Whether more input could have turned the last positive result into a negative one. */
        public boolean requireEnd() {
            resolve();
            return requireEnd;
        }

        /** Work counted so far (Pike VM instructions and threads, DFA units and closure steps), for linearity tests. */
        public long steps() {
            return (pike == null ? 0 : pike.steps()) + (backtrack == null ? 0 : backtrack.steps())
                    + (onePass == null ? 0 : onePass.steps())
                    + (fwd == null ? 0 : fwd.steps()) + (rev == null ? 0 : rev.steps())
                    + otherSteps + (lookTables == null ? 0 : lookTables.steps())
                    + (nested == null ? 0 : nested.steps());
        }

        /** Work counted so far by the backtracker only. */
        long backtrackSteps() {
            return backtrack == null ? 0 : backtrack.steps();
        }

        /** Work counted so far by the DFAs only. */
        public long dfaSteps() {
            return (fwd == null ? 0 : fwd.steps()) + (rev == null ? 0 : rev.steps());
        }
    }
}
