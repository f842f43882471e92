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

    /*
     * The parser's lastSetBmp says whether java.util.regex's predicate for the class parse or
     * clazz returned last, or for the member range returned last, is a BMP one (see
     * Ast.CharSet#codePoints): for escapes and properties it is theirs, for classes, ranges and
     * single members this class sets it.
     */

    /** {@link #range}'s result for a member that joins the bit vector: {@link #bitsMember}. */
    private static final CodePointSet BITS_MEMBER = CodePointSet.range(0, 0);
    private CodePointSet bitsMember;

    /** {@link #range}'s result, when accumulating, for a Latin-1 range built as no set: {@link #lastRange}. */
    private static final CodePointSet RANGE_ADDED = CodePointSet.range(0, 0);
    /** 'A'..'Z' and 'a'..'z' as bits of the word of code points 64..127. */
    private static final long ASCII_UPPER_BITS = mask('A', 'Z', 1);
    private static final long ASCII_LOWER_BITS = mask('a', 'z', 1);
    /** The range {@link #RANGE_ADDED} stands for: its low end times 256 plus its high end (both below 256). */
    private int lastRange;

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
        return level(consume);
    }

    private CodePointSet level(boolean consume) {
        // Until the first &&, the members that are not in the bit vector are unioned as they
        // come (a union of plain Lazy values is the plain union of their sets): Latin-1 ones as
        // bits u0..u3, others into wide; from the first && on, the Lazy algebra below. The bit
        // vector is b0..b3 plus beyond. So a class of ASCII members and ranges allocates nothing
        // but its result.
        long u0 = 0, u1 = 0, u2 = 0, u3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        CodePointSet wide = CodePointSet.EMPTY;
        /* Bit-vector members' case variants beyond Latin-1, if any (none under the current folding rules, kept for safety). */
        CodePointSet beyond = CodePointSet.EMPTY;
        boolean accumulating = true;
        boolean accAny = false;
        boolean accBmp = true;
        /** The last member (before the first &&): its set, or RANGE_ADDED, or null for a bit-vector member or none. */
        CodePointSet last = null;
        boolean lastMemberBmp = true;
        Lazy prev = null;
        Lazy curr = null;
        boolean negated = false;
        boolean hasBits = false;
        int ch = p.next();
        if (ch == '^' && p.cp[p.cursor - 1] == '[') {
            ch = p.next();
            negated = true;
        }
        for (;;) {
            switch (ch) {
                case '[': {
                    CodePointSet nested = clazz(true);
                    if (accumulating) {
                        if (isLatin1(nested)) {
                            for (int i = 0; i < nested.rangeCount(); i++) {
                                int lo = nested.lo(i), hi = nested.hi(i);
                                u0 |= mask(lo, hi, 0); u1 |= mask(lo, hi, 1); u2 |= mask(lo, hi, 2); u3 |= mask(lo, hi, 3);
                            }
                        } else {
                            wide = wide.union(nested);
                        }
                        accAny = true;
                        accBmp &= p.lastSetBmp;
                        last = nested;
                        lastMemberBmp = p.lastSetBmp;
                    } else {
                        curr = Lazy.of(nested, p.lastSetBmp);
                        prev = prev == null ? curr : prev.union(curr);
                    }
                    ch = p.peek();
                    continue;
                }
                case '&':
                    ch = p.next();
                    if (ch == '&') {
                        if (accumulating) {
                            accumulating = false;
                            prev = accAny ? Lazy.of(latin1(u0, u1, u2, u3).union(wide), accBmp) : null;
                            curr = last == null ? null
                                    : Lazy.of(last == RANGE_ADDED ? CaseFolding.range(lastRange >>> 8, lastRange & 0xFF, p.flags0) : last,
                                            lastMemberBmp);
                        }
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
                            rightBmp &= p.lastSetBmp;
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
                    if (accumulating ? accAny || hasBits : prev != null || hasBits) {
                        if (consume) {
                            p.next();
                        }
                        CodePointSet value;
                        boolean bmp;
                        if (accumulating) {
                            // (U ∪ B): the bit vector's final contents are the ones read
                            value = latin1(u0 | b0, u1 | b1, u2 | b2, u3 | b3).union(wide).union(beyond);
                            bmp = accBmp;
                        } else {
                            Lazy all = prev == null ? Lazy.BITS : hasBits ? prev.union(Lazy.BITS) : prev;
                            value = all.eval(latin1(b0, b1, b2, b3).union(beyond));
                            bmp = all.bmp;
                        }
                        p.depth--;
                        p.lastSetBmp = bmp && !negated; // a negation is never a BMP predicate
                        return negated ? value.complement() : value;
                    }
                    break; // "[]" or "[^]" : ']' is a member
                default:
                    break;
            }
            CodePointSet member = range(accumulating);
            if (member == BITS_MEMBER) {
                CodePointSet s = bitsMember;
                for (int i = 0; i < s.rangeCount(); i++) {
                    int lo = s.lo(i), hi = s.hi(i);
                    if (hi < 256) {
                        b0 |= mask(lo, hi, 0); b1 |= mask(lo, hi, 1); b2 |= mask(lo, hi, 2); b3 |= mask(lo, hi, 3);
                    } else {
                        for (int c = lo; c <= hi; c++) {
                            if (c < 256) {
                                b0 |= mask(c, c, 0); b1 |= mask(c, c, 1); b2 |= mask(c, c, 2); b3 |= mask(c, c, 3);
                            } else {
                                beyond = beyond.union(CodePointSet.of(c));
                            }
                        }
                    }
                }
                hasBits = true;
                curr = null; // as the JDK: "the last operand" is then the bit vector, added at && or ]
                last = null;
            } else if (accumulating) {
                int lo = lastRange >>> 8, hi = lastRange & 0xFF;
                if (member != RANGE_ADDED) {
                    if (isLatin1(member)) {
                        for (int i = 0; i < member.rangeCount(); i++) {
                            lo = member.lo(i);
                            hi = member.hi(i);
                            u0 |= mask(lo, hi, 0); u1 |= mask(lo, hi, 1); u2 |= mask(lo, hi, 2); u3 |= mask(lo, hi, 3);
                        }
                    } else {
                        wide = wide.union(member);
                    }
                } else {
                    u0 |= mask(lo, hi, 0); u2 |= mask(lo, hi, 2); u3 |= mask(lo, hi, 3);
                    long w1 = mask(lo, hi, 1);
                    if (p.has(Flags.CASE_INSENSITIVE)) {
                        // ASCII folding (CaseFolding.range without UNICODE_CASE): each letter's
                        // partner; all ASCII letters are in word 1, lower case 32 bits above upper
                        w1 |= ((w1 & ASCII_UPPER_BITS) << 32) | ((w1 & ASCII_LOWER_BITS) >>> 32);
                    }
                    u1 |= w1;
                }
                accAny = true;
                accBmp &= p.lastSetBmp;
                last = member;
                lastMemberBmp = p.lastSetBmp;
            } else {
                curr = Lazy.of(member, p.lastSetBmp);
                prev = prev == null ? curr : prev.union(curr);
            }
            ch = p.peek();
        }
    }

    /** Whether every member of {@code s} is below 256 (the empty set is not taken as such). */
    private static boolean isLatin1(CodePointSet s) {
        int n = s.rangeCount();
        return n > 0 && s.hi(n - 1) < 256;
    }

    /** The bits of word {@code w} (code points 64w..64w+63) that lie in lo..hi. */
    private static long mask(int lo, int hi, int w) {
        int base = w << 6;
        if (hi < base || lo > base + 63) {
            return 0;
        }
        int from = Math.max(lo, base) - base;
        int to = Math.min(hi, base + 63) - base;
        return (-1L << from) & (-1L >>> (63 - to));
    }

    /**
     * One member, range, escape or property. Returns {@link #BITS_MEMBER} when the member joins
     * the bit vector, and, when {@code accumulating}, {@link #RANGE_ADDED} for a Latin-1 range
     * built as no set.
     */
    private CodePointSet range(boolean accumulating) {
        int ch = p.peek();
        if (ch == '\\') {
            ch = p.nextEscaped();
            if (ch == 'p' || ch == 'P') {
                CodePointSet s = p.property();
                return s;
            }
            boolean isRange = p.cp[p.cursor + 1] == '-';
            p.unread();
            ch = p.escape(true, true, isRange);
            if (ch == -1) {
                return p.escapeSet;
            }
        } else {
            p.next();
        }
        if (ch >= 0) {
            if (p.peek() == '-') {
                int endRange = p.cp[p.cursor + 1];
                if (endRange == '[') {
                    return member(ch);
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
                    boolean caseless = p.has(Flags.CASE_INSENSITIVE);
                    // java.util.regex's Range is a BMP predicate when it stays clear of surrogates
                    // and supplementary characters; its case-insensitive ranges never are.
                    p.lastSetBmp = !caseless
                            && (m < Character.MIN_HIGH_SURROGATE
                                || ch > Character.MAX_LOW_SURROGATE && m < Character.MIN_SUPPLEMENTARY_CODE_POINT);
                    if (accumulating && m < 256 && !(caseless && p.has(Flags.UNICODE_CASE))) {
                        lastRange = ch << 8 | m;
                        return RANGE_ADDED;
                    }
                    return CaseFolding.range(ch, m, p.flags0);
                }
            }
            return member(ch);
        }
        throw p.error("Unexpected character '" + ((char) ch) + "'");
    }

    /** A single member: Latin-1 ones join the bit vector (see class comment). */
    private CodePointSet member(int ch) {
        if (ch < 256 && !p.has(Flags.CASE_INSENSITIVE)) {
            bitsMember = CodePointSet.of(ch);
            return BITS_MEMBER;
        }
        CodePointSet s = CaseFolding.classMember(ch, p.flags0);
        boolean unicodeCi = p.has(Flags.CASE_INSENSITIVE) && p.has(Flags.UNICODE_CASE);
        if (ch < 256 && !(unicodeCi && CaseFolding.isLatin1Exception(ch))) {
            bitsMember = s;
            return BITS_MEMBER;
        }
        p.lastSetBmp = singleIsBmp(ch, p.flags0);
        return s;
    }

    /**
     * The set of the Latin-1 code points whose bits are set, built in one exactly sized array;
     * the common ASCII classes ({@code [0-9] [a-z] [A-Za-z] [0-9a-fA-F]} ...) and single
     * characters come back as shared instances.
     */
    static CodePointSet latin1(long w0, long w1, long w2, long w3) {
        if ((w2 | w3) == 0) {
            if ((w0 | w1) == 0) {
                return CodePointSet.EMPTY;
            }
            CodePointSet common = CommonSets.ascii(w0, w1);
            if (common != null) {
                return common;
            }
        }
        long[] words = null;
        int runs = 0;
        int single = -1;
        for (int wi = 0; wi < 4; wi++) {
            long w = wi == 0 ? w0 : wi == 1 ? w1 : wi == 2 ? w2 : w3;
            // runs starting in this word: set bits whose lower neighbour is clear (bit 63 of the previous word for bit 0)
            long prevTop = wi == 0 ? 0 : ((wi == 1 ? w0 : wi == 2 ? w1 : w2) >>> 63);
            runs += Long.bitCount(w & ~((w << 1) | prevTop));
            if (w != 0) {
                single = Long.bitCount(w) == 1 && single == -1 ? (wi << 6) + Long.numberOfTrailingZeros(w) : -2;
            }
        }
        if (single >= 0) {
            return CodePointSet.of(single);
        }
        int[] ranges = new int[2 * runs];
        int k = 0;
        for (int wi = 0; wi < 4; wi++) {
            long w = wi == 0 ? w0 : wi == 1 ? w1 : wi == 2 ? w2 : w3;
            while (w != 0) { // each run of set bits in this word: its start, its length
                int b = Long.numberOfTrailingZeros(w);
                long rest = ~(w >>> b);
                int len = rest == 0 ? 64 : Long.numberOfTrailingZeros(rest);
                w = b + len >= 64 ? 0 : w & (-1L << (b + len));
                int lo = 64 * wi + b;
                int hi = lo + len - 1;
                if (k > 0 && ranges[k - 1] + 1 == lo) {
                    ranges[k - 1] = hi; // a run that goes on from the previous word
                    continue;
                }
                ranges[k++] = lo;
                ranges[k++] = hi;
            }
        }
        return CodePointSet.normalized(ranges);
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
