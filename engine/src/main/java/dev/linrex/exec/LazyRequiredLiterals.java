package dev.linrex.exec;

import dev.linrex.nfa.RequiredLiterals;
import dev.linrex.syntax.Ast;
import dev.linrex.syntax.Parser;

/**
 * A pattern's {@link RequiredLiteralFilter}, built only once the pattern has searched enough text
 * for the analysis to pay off ({@link #warmUnits}): the analysis costs several times a small
 * pattern's whole compile, which most patterns, searched once on short text, never recover. The
 * tree is not kept for it (it would outweigh the compiled pattern): a Pattern's source is parsed
 * again. Thread-safe: racing threads build equal filters, and either is kept.
 */
final class LazyRequiredLiterals {
    /**
     * Units a pattern searches before its filter is built (system property
     * {@code linrex.requiredLiterals.warmUnits}; the fuzz properties and the filter's own tests
     * set 0, so that every search of the patterns they compile is filtered). Not final only so
     * that tests can set it around their patterns' compilation.
     */
    static long warmUnits = Long.getLong("linrex.requiredLiterals.warmUnits", 8192);
    /**
     * Searches of fewer units are not filtered (nor counted towards warming up): on a short text
     * the engines answer in about the time the scans and their memo take. A filter built at once
     * (warm-up 0, as in the test suites) filters every search, so that short tests exercise it.
     */
    static final int MIN_UNITS = 128;

    private static final Object NONE = new Object();

    /** The tree to analyse, if kept (trees given directly, as tests do); else the source is parsed again. */
    private final Ast.Root root;
    private final String pattern;
    private final int flags;
    private final long warmAfter;
    private final int minUnits;
    /** Units searched so far while not built (racy on purpose: an estimate is enough). */
    private long searched;
    /** Null until built; then {@link #NONE} or the filter. */
    private volatile Object filter;

    private LazyRequiredLiterals(Ast.Root root, String pattern, int flags, long warmAfter) {
        this.root = root;
        this.pattern = pattern;
        this.flags = flags;
        this.warmAfter = warmAfter;
        this.minUnits = warmAfter == 0 ? 0 : MIN_UNITS;
    }

    /** For a pattern given as its source and the flags it was compiled with. */
    static LazyRequiredLiterals ofSource(String pattern, int flags) {
        return new LazyRequiredLiterals(null, pattern, flags, warmUnits);
    }

    /** For a tree given directly (tests; the tree is kept). */
    static LazyRequiredLiterals ofTree(Ast.Root root) {
        return ofTree(root, warmUnits);
    }

    /** As {@link #ofTree(Ast.Root)}, built once {@code warmAfter} units have been searched. */
    static LazyRequiredLiterals ofTree(Ast.Root root, long warmAfter) {
        return new LazyRequiredLiterals(root, null, 0, warmAfter);
    }

    /** The filter if built, else null. */
    RequiredLiteralFilter built() {
        Object f = filter;
        return f == null || f == NONE ? null : (RequiredLiteralFilter) f;
    }

    /** The filter, or null: none (yet) for a search of {@code units} units. */
    RequiredLiteralFilter filter(int units) {
        if (units < minUnits) {
            return null;
        }
        Object f = filter;
        if (f == null) {
            searched += units;
            if (searched < warmAfter) {
                return null;
            }
            RequiredLiteralFilter built = null;
            try {
                built = RequiredLiteralFilter.of(RequiredLiterals.of(root != null ? root : Parser.parse(pattern, flags)));
            } catch (RuntimeException e) {
                // The source compiled once, so it parses again; should it not, go without the filter.
            }
            f = built == null ? NONE : built;
            filter = f;
        }
        return f == NONE ? null : (RequiredLiteralFilter) f;
    }
}
