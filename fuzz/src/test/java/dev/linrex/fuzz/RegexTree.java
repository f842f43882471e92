package dev.linrex.fuzz;

import java.util.List;
import java.util.Set;

/**
 * A random pattern as the fuzzer builds it: a tree over java.util.regex's surface syntax (not
 * linrex's parsed {@code Ast}, so that the text both engines parse is produced independently of
 * linrex's parser). {@link #render()} prints it as a pattern string; every node renders in a form
 * that is also valid under {@code COMMENTS} (ASCII whitespace and {@code #} are always escaped).
 */
sealed interface RegexTree {

    /** Writes this node; {@code names} hands out group names so they stay unique. */
    void render(StringBuilder out, Names names);

    /** Adds the code points this node mentions (literals, range ends) to {@code pool}. */
    default void collect(Set<Integer> pool) {}

    /** True if a quantifier can follow the rendered text directly (otherwise it is wrapped in {@code (?:…)}). */
    default boolean atomic() {
        return true;
    }

    default String render() {
        StringBuilder sb = new StringBuilder();
        render(sb, new Names());
        return sb.toString();
    }

    /** Unique group names in rendering order. */
    final class Names {
        private int next;

        String next() {
            return "g" + (++next);
        }
    }

    /** How a literal code point is spelled in the pattern. */
    enum Spelling { RAW, HEX, UNICODE_ESCAPE, OCTAL }

    record Literal(int codePoint, Spelling spelling) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            Chars.literal(out, codePoint, spelling, false);
        }

        @Override
        public void collect(Set<Integer> pool) {
            pool.add(codePoint);
        }
    }

    /** {@code .}, {@code \d \D \w \W \s \S \h \H \v \V \R}, {@code \p{…}} / {@code \P{…}}: anything rendered verbatim. */
    record Token(String text) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            out.append(text);
        }
    }

    /** {@code ^ $ \A \z \Z \b \B}. Quantifiable in java.util.regex, so also here. */
    record Anchor(String text) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            out.append(text);
        }
    }

    /** {@code \Q…\E}; the text has no {@code \E}. Not atomic: a quantifier binds its last character. */
    record Quote(String text) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            out.append("\\Q").append(text).append("\\E");
        }

        @Override
        public void collect(Set<Integer> pool) {
            text.codePoints().forEach(pool::add);
        }

        @Override
        public boolean atomic() {
            return false;
        }
    }

    /** An inline flag switch {@code (?i)}, {@code (?-s)}, …: applies to the rest of the enclosing group. */
    record InlineFlags(String on, String off) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            out.append("(?").append(on);
            if (!off.isEmpty()) {
                out.append('-').append(off);
            }
            out.append(')');
        }

        @Override
        public boolean atomic() {
            return false;
        }
    }

    record Empty() implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {}

        @Override
        public boolean atomic() {
            return false;
        }
    }

    record Concat(List<RegexTree> items) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            for (RegexTree t : items) {
                t.render(out, names);
            }
        }

        @Override
        public void collect(Set<Integer> pool) {
            items.forEach(t -> t.collect(pool));
        }

        @Override
        public boolean atomic() {
            return false;
        }
    }

    record Alternation(List<RegexTree> items) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append('|');
                }
                items.get(i).render(out, names);
            }
        }

        @Override
        public void collect(Set<Integer> pool) {
            items.forEach(t -> t.collect(pool));
        }

        @Override
        public boolean atomic() {
            return false;
        }
    }

    enum GroupKind { CAPTURING, NAMED, NON_CAPTURING, FLAGS }

    /** A group; {@code flags} is the {@code i-s} part of {@code (?i-s:…)} for {@link GroupKind#FLAGS}. */
    record Group(GroupKind kind, String flags, RegexTree body) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            switch (kind) {
                case CAPTURING -> out.append('(');
                case NAMED -> out.append("(?<").append(names.next()).append('>');
                case NON_CAPTURING -> out.append("(?:");
                case FLAGS -> out.append("(?").append(flags).append(':');
            }
            body.render(out, names);
            out.append(')');
        }

        @Override
        public void collect(Set<Integer> pool) {
            body.collect(pool);
        }
    }

    enum LookKind {
        AHEAD("(?="), NEGATIVE_AHEAD("(?!"), BEHIND("(?<="), NEGATIVE_BEHIND("(?<!");

        final String opening;

        LookKind(String opening) {
            this.opening = opening;
        }

        boolean behind() {
            return this == BEHIND || this == NEGATIVE_BEHIND;
        }
    }

    /** A lookaround {@code (?=…) (?!…) (?<=…) (?<!…)}; quantifiable in java.util.regex, so also here. */
    record Look(LookKind kind, RegexTree body) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            out.append(kind.opening);
            body.render(out, names);
            out.append(')');
        }

        @Override
        public void collect(Set<Integer> pool) {
            body.collect(pool);
        }
    }

    /** {@code body{min,max}} written as {@code * + ? {n} {n,} {n,m}}, optionally lazy; max -1 = unbounded. */
    record Repeat(RegexTree body, int min, int max, boolean lazy, boolean braces) implements RegexTree {
        @Override
        public void render(StringBuilder out, Names names) {
            if (body.atomic()) {
                body.render(out, names);
            } else {
                out.append("(?:");
                body.render(out, names);
                out.append(')');
            }
            if (!braces && min == 0 && max == -1) {
                out.append('*');
            } else if (!braces && min == 1 && max == -1) {
                out.append('+');
            } else if (!braces && min == 0 && max == 1) {
                out.append('?');
            } else if (max == -1) {
                out.append('{').append(min).append(",}");
            } else if (max == min) {
                out.append('{').append(min).append('}');
            } else {
                out.append('{').append(min).append(',').append(max).append('}');
            }
            if (lazy) {
                out.append('?');
            }
        }

        @Override
        public void collect(Set<Integer> pool) {
            body.collect(pool);
        }

        @Override
        public boolean atomic() {
            return false;
        }
    }

    /** A bracket class {@code [^…&&…]}: operands (each a list of items) joined by {@code &&}. */
    record CharClass(boolean negated, List<List<ClassItem>> operands) implements RegexTree, ClassItem {
        @Override
        public void render(StringBuilder out, Names names) {
            out.append('[');
            if (negated) {
                out.append('^');
            }
            for (int i = 0; i < operands.size(); i++) {
                if (i > 0) {
                    out.append("&&");
                }
                for (ClassItem item : operands.get(i)) {
                    item.renderInClass(out);
                }
            }
            out.append(']');
        }

        @Override
        public void renderInClass(StringBuilder out) {
            render(out, new Names());
        }

        @Override
        public void collect(Set<Integer> pool) {
            operands.forEach(op -> op.forEach(item -> item.collect(pool)));
        }
    }

    /** Something inside a bracket class. */
    sealed interface ClassItem permits CharClass, ClassChar, ClassRange, ClassToken {
        void renderInClass(StringBuilder out);

        default void collect(Set<Integer> pool) {}
    }

    record ClassChar(int codePoint, Spelling spelling) implements ClassItem {
        @Override
        public void renderInClass(StringBuilder out) {
            Chars.literal(out, codePoint, spelling, true);
        }

        @Override
        public void collect(Set<Integer> pool) {
            pool.add(codePoint);
        }
    }

    /** {@code lo-hi} with {@code lo <= hi}. */
    record ClassRange(int lo, int hi, Spelling spelling) implements ClassItem {
        @Override
        public void renderInClass(StringBuilder out) {
            Chars.literal(out, lo, spelling, true);
            out.append('-');
            Chars.literal(out, hi, spelling, true);
        }

        @Override
        public void collect(Set<Integer> pool) {
            pool.add(lo);
            pool.add(hi);
            pool.add(lo + (hi - lo) / 2);
        }
    }

    /** {@code \d}, {@code \p{L}}, … inside a class. */
    record ClassToken(String text) implements ClassItem {
        @Override
        public void renderInClass(StringBuilder out) {
            out.append(text);
        }
    }
}
