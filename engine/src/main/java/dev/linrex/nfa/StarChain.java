package dev.linrex.nfa;

import dev.linrex.syntax.Ast;
import dev.linrex.syntax.CodePointSet;

/**
 * A lookahead body of the form {@code S*C}: a greedy star over a set {@code S} that holds every
 * surrogate and every supplementary code point (such as {@code .}, {@code (?s).}, {@code [^,]}),
 * then a fixed chain {@code C} ({@link Lookaround#chain}'s kind) whose first check consumes a unit
 * that is never a surrogate, as in the password rules {@code (?=.*\d)}, {@code (?=.*[A-Z])}.
 *
 * <p>Such a body matches at {@code p} exactly when {@code C} matches at some {@code q >= p} and
 * every unit of {@code [p, q)} is in {@code S} (a surrogate always is, alone or in a pair): since
 * {@code C} begins with a non-surrogate, {@code q} is never inside a pair, so the star, which
 * steps by code point, reaches it whenever those units are all in {@code S}. That turns the
 * question into one forward scan ({@code exec.LookStarScan}) with no state set.
 */
public final class StarChain {
    /** The star's SPLIT: its first branch is {@link #step}, its second the chain. */
    public final int loop;
    /** The star's consuming instruction: a non-surrogate unit is in {@code S} iff it leads back to {@link #loop}. */
    public final int step;
    /** The chain's checks (pcs of the body program, as {@link Lookaround#chain}). */
    public final int[] chain;
    /** ASCII units in {@code S}: bit {@code c} of {@code asciiLow} (c &lt; 64) or of {@code asciiHigh} (c - 64). */
    public final long asciiLow;
    public final long asciiHigh;

    private StarChain(int loop, int step, int[] chain, long asciiLow, long asciiHigh) {
        this.loop = loop;
        this.step = step;
        this.chain = chain;
        this.asciiLow = asciiLow;
        this.asciiHigh = asciiHigh;
    }

    private static final CodePointSet ALWAYS_IN = CodePointSet.range(Character.MIN_SURROGATE, Character.MAX_SURROGATE)
            .union(CodePointSet.range(Character.MIN_SUPPLEMENTARY_CODE_POINT, CodePointSet.MAX));

    /** Whether non-surrogate unit {@code c} is in {@code S}. */
    public boolean passes(Program body, char c) {
        if (c < 64) {
            return (asciiLow >>> c & 1) != 0;
        }
        if (c < 128) {
            return (asciiHigh >>> (c - 64) & 1) != 0;
        }
        return body.next(step, c) == loop;
    }

    /** The form of lookahead body {@code node} compiled to {@code body}, or null if it has another shape. */
    static StarChain of(Ast.Node node, Program body) {
        Ast.Node first = firstItem(node);
        if (!(first instanceof Ast.Repeat r) || !(r.body() instanceof Ast.CharSet cs) || !r.greedy() || r.min() != 0
                || r.max() != Ast.UNBOUNDED || !ALWAYS_IN.subtract(cs.set()).isEmpty()) {
            return null;
        }
        int pc = body.start;
        for (int walked = 0; walked <= body.size() && (body.op[pc] == Program.SAVE || body.op[pc] == Program.NOP); walked++) {
            pc = body.out[pc];
        }
        if (body.op[pc] != Program.SPLIT) {
            return null;
        }
        int loop = pc;
        int step = body.out[loop];
        if (!loopsBackOnNonSurrogates(body, step, loop)) {
            return null;
        }
        int[] chain = LookCompiler.chainFrom(body, body.arg[loop]);
        if (chain == null || chain.length == 0) {
            return null;
        }
        int c0 = chain[0];
        if (body.op[c0] != Program.RANGE && body.op[c0] != Program.CLASS || acceptsSurrogate(body, c0)) {
            return null;
        }
        long low = 0;
        long high = 0;
        for (char c = 0; c < 128; c++) {
            if (body.next(step, c) == loop) {
                if (c < 64) {
                    low |= 1L << c;
                } else {
                    high |= 1L << (c - 64);
                }
            }
        }
        return new StarChain(loop, step, chain, low, high);
    }

    private static Ast.Node firstItem(Ast.Node n) {
        for (int depth = 0; depth < 64; depth++) {
            if (n instanceof Ast.Group g && g.index() == 0) {
                n = g.body();
            } else if (n instanceof Ast.Concat c && !c.items().isEmpty()) {
                n = c.items().get(0);
            } else {
                return n;
            }
        }
        return null;
    }

    /** Every non-surrogate unit {@code step} accepts leads straight back to {@code loop}. */
    private static boolean loopsBackOnNonSurrogates(Program body, int step, int loop) {
        switch (body.op[step]) {
            case Program.RANGE, Program.CLASS -> {
                return body.out[step] == loop;
            }
            case Program.DISPATCH -> {
                char[] r = body.classes[body.arg[step]];
                int[] t = body.targets[body.arg[step]];
                for (int i = 0; i < t.length; i++) {
                    boolean allSurrogates = r[2 * i] >= Character.MIN_SURROGATE && r[2 * i + 1] <= Character.MAX_SURROGATE;
                    if (!allSurrogates && t[i] != loop) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean acceptsSurrogate(Program body, int pc) {
        if (body.op[pc] == Program.RANGE) {
            return body.arg[pc] <= Character.MAX_SURROGATE && body.arg2[pc] >= Character.MIN_SURROGATE;
        }
        char[] r = body.classes[body.arg[pc]];
        for (int i = 0; i < r.length; i += 2) {
            if (r[i] <= Character.MAX_SURROGATE && r[i + 1] >= Character.MIN_SURROGATE) {
                return true;
            }
        }
        return false;
    }
}
