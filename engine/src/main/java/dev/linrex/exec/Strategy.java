package dev.linrex.exec;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import dev.linrex.syntax.Ast;

/**
 * A compiled pattern's matching engines and the one place that decides which runs for a search.
 * Immutable and thread-safe; all mutable search state lives in a {@link Scratch} owned by one
 * Matcher, so no search can leave state behind that another input or thread would see.
 *
 * <p>Today every search runs on the {@link PikeVM}; faster engines plug in here.
 */
public final class Strategy {
    private final Program program;
    private final PikeVM pikeVM;

    private Strategy(Program program) {
        this.program = program;
        this.pikeVM = new PikeVM(program);
    }

    /** Compiles a parsed pattern. Throws {@code dev.linrex.PatternTooLargeException} past the size limit. */
    public static Strategy compile(Ast.Root root) {
        return new Strategy(Compiler.compile(root));
    }

    public int groupCount() {
        return program.groupCount;
    }

    public Program program() {
        return program;
    }

    /** Fresh per-Matcher scratch space. */
    public Scratch newScratch() {
        return new Scratch(pikeVM.newCache());
    }

    /**
     * Leftmost-first search from {@code from} (a position inside the region). On a match fills
     * {@code slots} (start/end of group 0, 1, ...; -1 when a group did not take part; only
     * {@code slots.length / 2} groups are wanted) and returns true.
     */
    public boolean search(SearchInput in, int from, Anchor anchor, int[] slots, Scratch scratch) {
        PikeVM.Cache cache = scratch.pike;
        boolean found = pikeVM.search(in, from, anchor, slots, cache);
        scratch.hitEnd = cache.hitEnd();
        scratch.requireEnd = found && cache.requireEnd();
        return found;
    }

    /** Per-Matcher mutable state: engine caches and what the last search observed. */
    public static final class Scratch {
        final PikeVM.Cache pike;
        boolean hitEnd;
        boolean requireEnd;

        Scratch(PikeVM.Cache pike) {
            this.pike = pike;
        }

        /** Whether the last search read (or asserted) at the end of the input/region. */
        public boolean hitEnd() {
            return hitEnd;
        }

        /** Whether more input could have turned the last positive result into a negative one. */
        public boolean requireEnd() {
            return requireEnd;
        }

        /** Work counted so far (instructions visited and threads stepped), for linearity tests. */
        public long steps() {
            return pike.steps();
        }
    }
}
