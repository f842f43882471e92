package dev.linrex.syntax;

/**
 * Character classes {@code [...]}: members, ranges, escapes, properties, nested classes
 * (union) and {@code &&} (intersection), with the JDK's precedence and quirks ({@code []a]},
 * {@code [a-]}, {@code [&&a]}, {@code [^a&&b]} negating the whole intersection, {@code [a&&^b]}
 * where {@code ^} is a literal, ...). It reads with the {@link Parser}'s cursor primitives so
 * errors carry the JDK's indices.
 *
 * <p>One JDK detail shapes the code: single Latin-1 members go into a bit vector that is shared
 * by reference, so members added after an {@code &&} still count in expressions built before
 * it. A class value is therefore kept as a function of the final bit vector ({@link Lazy}) and
 * evaluated when the class closes.
 */
final class ClassParser {
    private final Parser p;

    ClassParser(Parser p) {
        this.p = p;
    }

    /**
     * A set that depends on the class's final bit-vector contents B:
     * {@code (whenInBits ∩ B) ∪ (whenNotInBits \ B)}.
     */
    private static final class Lazy {
        final CodePointSet whenInBits;
        final CodePointSet whenNotInBits;
        /** java.util.regex's predicate for it is a BMP one (a union or intersection of BMP ones is). */
        final boolean bmp;

        Lazy(CodePointSet whenInBits, CodePointSet whenNotInBits, boolean bmp) {
            this.whenInBits = whenInBits;
            this.whenNotInBits = whenNotInBits;
            this.bmp = bmp;
        }

        static final Lazy BITS = new Lazy(CodePointSet.ALL, CodePointSet.EMPTY, true);

        static Lazy of(CodePointSet s, boolean bmp) {
            return new Lazy(s, s, bmp);
        }

        /** Whether the bit vector does not matter (no {@code &&} has put it inside an expression). */
        boolean plain() {
            return whenInBits == whenNotInBits;
        }

        Lazy union(Lazy o) {
            if (plain() && o.plain()) { // the common case: a union of members, computed once
                CodePointSet u = whenInBits.union(o.whenInBits);
                return new Lazy(u, u, bmp && o.bmp);
            }
            return new Lazy(whenInBits.union(o.whenInBits), whenNotInBits.union(o.whenNotInBits), bmp && o.bmp);
        }

        Lazy and(Lazy o) {
            return new Lazy(whenInBits.intersect(o.whenInBits), whenNotInBits.intersect(o.whenNotInBits), bmp && o.bmp);
        }

        CodePointSet eval(CodePointSet bits) {
            if (plain()) {
                return whenInBits; // (S ∩ B) ∪ (S \ B)
            }
            if (whenInBits == CodePointSet.ALL) {
                return bits.union(whenNotInBits); // B ∪ (N \ B), e.g. plain members plus the bit vector
            }
            return whenInBits.intersect(bits).union(whenNotInBits.subtract(bits));
        }
    }

    /**
     * Whether java.util.regex's predicate for the class {@link #parse} or {@link #clazz} returned
     * last, or for the member {@link #range} returned last, is a BMP one (see
     * {@link Ast.CharSet#codePoints}).
     */
    boolean lastBmp;

    /** Parses a class with the cursor on its {@code [}; consumes the closing {@code ]}. */
    CodePointSet parse() {
        return clazz(true);
    }

    /**
     * One class level. {@code consume} is false for the right operand of {@code &&} without
     * brackets ({@code [a-z&&def]}), which ends at, but does not consume, the outer {@code ]}.
     */
    private CodePointSet clazz(boolean consume) {
        p.enterNesting(p.cursor);
        Lazy prev = null;
        Lazy curr = null;
        BitVector bits = new BitVector();
        boolean negated = false;
        boolean hasBits = false;
        int ch = p.next();
        if (ch == '^' && p.temp[p.cursor - 1] == '[') {
            ch = p.next();
            negated = true;
        }
        for (;;) {
            switch (ch) {
                case '[': {
                    CodePointSet nested = clazz(true);
                    curr = Lazy.of(nested, lastBmp);
                    prev = prev == null ? curr : prev.union(curr);
                    ch = p.peek();
                    continue;
                }
                case '&':
                    ch = p.next();
                    if (ch == '&') {
                        ch = p.next();
                        CodePointSet right = null;
                        boolean rightBmp = true;
                        while (ch != ']' && ch != '&') {
                            CodePointSet operand;
                            if (ch == '[') {
                                operand = clazz(true);
                            } else {
                                p.unread();
                                operand = clazz(false);
                            }
                            right = right == null ? operand : right.union(operand);
                            rightBmp &= lastBmp;
                            ch = p.peek();
                        }
                        if (hasBits) {
                            if (prev == null) {
                                prev = curr = Lazy.BITS;
                            } else {
                                prev = prev.union(Lazy.BITS);
                            }
                            hasBits = false;
                        }
                        if (right != null) {
                            curr = Lazy.of(right, rightBmp);
                        }
                        if (prev == null) {
                            if (right == null) {
                                throw p.error("Bad class syntax");
                            }
                            prev = Lazy.of(right, rightBmp);
                        } else {
                            if (curr == null) {
                                throw p.error("Bad intersection syntax");
                            }
                            prev = prev.and(curr);
                        }
                    } else {
                        p.unread(); // a literal '&'
                        break;
                    }
                    continue;
                case 0:
                    if (p.cursor >= p.patternLength) {
                        throw p.error("Unclosed character class");
                    }
                    break;
                case ']':
                    if (prev != null || hasBits) {
                        if (consume) {
                            p.next();
                        }
                        Lazy all = prev == null ? Lazy.BITS : hasBits ? prev.union(Lazy.BITS) : prev;
                        CodePointSet value = all.eval(bits.set());
                        p.depth--;
                        lastBmp = all.bmp && !negated; // a negation is never a BMP predicate
                        return negated ? value.complement() : value;
                    }
                    break; // "[]" or "[^]" : ']' is a member
                default:
                    break;
            }
            CodePointSet member = range(bits);
            if (member == null) {
                hasBits = true;
                curr = null; // as the JDK: "the last operand" is then the bit vector, added at && or ]
            } else {
                curr = Lazy.of(member, lastBmp);
                prev = prev == null ? curr : prev.union(curr);
            }
            ch = p.peek();
        }
    }

    /**
     * One member, range, escape or property. Returns null when the member went into the bit
     * vector {@code bits} instead.
     */
    private CodePointSet range(BitVector bits) {
        int ch = p.peek();
        if (ch == '\\') {
            ch = p.nextEscaped();
            if (ch == 'p' || ch == 'P') {
                CodePointSet s = p.property();
                lastBmp = p.lastSetBmp;
                return s;
            }
            boolean isRange = p.temp[p.cursor + 1] == '-';
            p.unread();
            ch = p.escape(true, true, isRange);
            if (ch == -1) {
                lastBmp = p.lastSetBmp;
                return p.escapeSet;
            }
        } else {
            p.next();
        }
        if (ch >= 0) {
            if (p.peek() == '-') {
                int endRange = p.temp[p.cursor + 1];
                if (endRange == '[') {
                    return member(bits, ch);
                }
                if (endRange != ']') {
                    p.next();
                    int m = p.peek();
                    if (m == '\\') {
                        m = p.escape(true, false, true);
                    } else {
                        p.next();
                    }
                    if (m < ch) {
                        throw p.error("Illegal character range");
                    }
                    // java.util.regex's Range is a BMP predicate when it stays clear of surrogates
                    // and supplementary characters; its case-insensitive ranges never are.
                    lastBmp = !p.has(Flags.CASE_INSENSITIVE)
                            && (m < Character.MIN_HIGH_SURROGATE
                                || ch > Character.MAX_LOW_SURROGATE && m < Character.MIN_SUPPLEMENTARY_CODE_POINT);
                    return CaseFolding.range(ch, m, p.flags0);
                }
            }
            return member(bits, ch);
        }
        throw p.error("Unexpected character '" + ((char) ch) + "'");
    }

    /** A single member: Latin-1 ones join the bit vector (see class comment). */
    private CodePointSet member(BitVector bits, int ch) {
        CodePointSet s = CaseFolding.classMember(ch, p.flags0);
        boolean unicodeCi = p.has(Flags.CASE_INSENSITIVE) && p.has(Flags.UNICODE_CASE);
        if (ch < 256 && !(unicodeCi && CaseFolding.isLatin1Exception(ch))) {
            bits.add(s);
            return null;
        }
        lastBmp = singleIsBmp(ch, p.flags0);
        return s;
    }

    /**
     * The class's bit vector of Latin-1 members: bits while the class is read, one set when it
     * closes (a set per member, each unioned in, cost a merge and two arrays per member).
     */
    private static final class BitVector {
        private final long[] words = new long[4];
        /** Members' case variants beyond Latin-1, if any (none under the current folding rules, kept for safety). */
        private CodePointSet beyond = CodePointSet.EMPTY;

        void add(CodePointSet s) {
            for (int i = 0; i < s.rangeCount(); i++) {
                for (int c = s.lo(i); c <= s.hi(i); c++) {
                    if (c < 256) {
                        words[c >>> 6] |= 1L << c;
                    } else {
                        beyond = beyond.union(CodePointSet.of(c));
                    }
                }
            }
        }

        CodePointSet set() {
            int[] pairs = null;
            int n = 0;
            for (int wi = 0; wi < words.length; wi++) {
                long w = words[wi];
                while (w != 0) { // each run of set bits: its start, its length
                    int b = Long.numberOfTrailingZeros(w);
                    long rest = ~(w >>> b);
                    int len = rest == 0 ? 64 : Long.numberOfTrailingZeros(rest);
                    w = b + len >= 64 ? 0 : w & (-1L << (b + len));
                    int lo = 64 * wi + b;
                    int hi = lo + len - 1;
                    if (n > 0 && pairs[n - 1] + 1 == lo) {
                        pairs[n - 1] = hi; // a run that goes on from the previous word
                        continue;
                    }
                    if (pairs == null) {
                        pairs = new int[16];
                    } else if (n == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, 2 * n);
                    }
                    pairs[n++] = lo;
                    pairs[n++] = hi;
                }
            }
            CodePointSet latin1 = pairs == null ? CodePointSet.EMPTY
                    : n == 2 && pairs[0] == pairs[1] ? CodePointSet.of(pairs[0]) : CodePointSet.fromPairs(pairs, n);
            return latin1.union(beyond);
        }
    }

    /**
     * Whether java.util.regex's {@code single(ch)} is a BMP predicate: not for a case-insensitive
     * Unicode member with case variants, nor for a supplementary character or a surrogate.
     */
    static boolean singleIsBmp(int ch, int flags) {
        if ((flags & Flags.CASE_INSENSITIVE) != 0 && (flags & Flags.UNICODE_CASE) != 0) {
            int upper = Character.toUpperCase(ch);
            if (upper != Character.toLowerCase(upper)) {
                return false;
            }
        }
        return ch < Character.MIN_SUPPLEMENTARY_CODE_POINT && !Character.isSurrogate((char) ch);
    }
}
