package dev.linrex.exec;

import java.util.List;

/**
 * Finds where one of a few literals (see {@code nfa.Literals}: each position allows a small set
 * of units) occurs, without any automaton. A single plain literal is found with
 * {@link String#indexOf(String, int)} (a JIT intrinsic); otherwise the search scans for the units
 * at one chosen offset (the rarest by a letter-frequency guess, as regex-automata's "rare byte"
 * prefilter does), and checks the literals in order at each candidate.
 *
 * <p>Immutable and thread-safe. Every loop here is a scan over the text with one step per unit.
 */
final class Prefilter implements LiteralSearch {
    /** ASCII letters from most to least frequent in English text (space first): a rarity guess. */
    private static final String FREQUENT = " etaoinsrhldcumfpgwybvkxjqz";

    /** The literals in priority order: {@code lits[k][i]} is the sorted set of units at position i. */
    private final char[][][] lits;
    private final int minLength;
    private final int maxLength;
    /** The single plain literal as a String, or null. */
    private final String needle;
    /** Offset (< minLength) whose units are scanned for. */
    private final int offset;
    /** Units that may occur at {@link #offset}, 1 to 3 of them in a, b, c (repeated), or a table. */
    private final char a;
    private final char b;
    private final char c;
    /** Membership of units at {@link #offset} when there are more than three: indexed by unit. */
    private final boolean[] table;
    /**
     * Per literal, when each of its positions allows one unit or a pair differing only in bit
     * 0x20 (an ASCII letter in both cases, as {@code (?i)} gives): the unit with that bit set
     * ({@code folded}) and the bit to force ({@code foldMask}), so that a position is checked with
     * {@code (u | foldMask[i]) == folded[i]} instead of a search of its set; null otherwise.
     */
    private final char[][] folded;
    private final char[][] foldMask;
    /** Per-literal {@link String#indexOf} needles for long String searches, or null (see {@link NeedleSet}). */
    private final NeedleSet needles;

    Prefilter(List<char[][]> literals) {
        lits = literals.toArray(new char[0][][]);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (char[][] l : lits) {
            min = Math.min(min, l.length);
            max = Math.max(max, l.length);
        }
        minLength = min;
        maxLength = max;
        needle = lits.length == 1 ? plain(lits[0]) : null;
        folded = new char[lits.length][];
        foldMask = new char[lits.length][];
        for (int k = 0; k < lits.length; k++) {
            fold(lits[k], k);
        }
        int best = 0;
        long bestScore = Long.MAX_VALUE;
        for (int i = 0; i < minLength; i++) {
            long score = 0;
            for (char[][] l : lits) {
                for (char u : l[i]) {
                    score += frequency(u);
                }
            }
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        offset = best;
        needles = needle == null ? NeedleSet.of(lits) : null;
        java.util.TreeSet<Character> units = new java.util.TreeSet<>();
        for (char[][] l : lits) {
            for (char u : l[offset]) {
                units.add(u);
            }
        }
        if (units.size() <= 3) {
            Character[] u = units.toArray(new Character[0]);
            a = u[0];
            b = u[Math.min(1, u.length - 1)];
            c = u[u.length - 1];
            table = null;
        } else {
            a = b = c = 0;
            table = new boolean[units.last() + 1];
            for (char u : units) {
                table[u] = true;
            }
        }
    }

    /** Fills {@link #folded} and {@link #foldMask} for literal {@code k}, if each of its sets is one unit or a 0x20 pair. */
    private void fold(char[][] lit, int k) {
        char[] value = new char[lit.length];
        char[] mask = new char[lit.length];
        for (int i = 0; i < lit.length; i++) {
            char[] units = lit[i];
            if (units.length == 1) {
                value[i] = units[0];
            } else if (units.length == 2 && (units[0] ^ units[1]) == 0x20) {
                // (u | 0x20) == v, with v's bit 0x20 set, holds for exactly u = v and u = v ^ 0x20.
                value[i] = (char) (units[0] | 0x20);
                mask[i] = 0x20;
            } else {
                return;
            }
        }
        folded[k] = value;
        foldMask[k] = mask;
    }

    private static String plain(char[][] lit) {
        StringBuilder sb = new StringBuilder(lit.length);
        for (char[] units : lit) {
            if (units.length != 1) {
                return null;
            }
            sb.append(units[0]);
        }
        return sb.toString();
    }

    /** Higher is more common. ASCII letters by English frequency, other ASCII common, the rest rare. */
    static int frequency(char u) {
        char lower = Character.toLowerCase(u);
        int i = u < 128 ? FREQUENT.indexOf(lower) : -1;
        if (i >= 0) {
            return 1000 - 30 * i;
        }
        return u < 128 ? 300 : 100;
    }

    /** The length of the longest literal. */
    int maxLength() {
        return maxLength;
    }

    @Override
    public int literalCount() {
        return lits.length;
    }

    /**
     * The smallest {@code p >= from} at which some literal occurs entirely before {@code limit},
     * or -1.
     */
    @Override
    public int find(CharSequence text, int from, int limit) {
        if (needle != null) {
            // String.indexOf cannot stop at limit (Java 17): use it only when what lies past limit
            // is no longer than the span searched, so a search in a small region of a long text
            // stays linear in the region.
            if (text instanceof String s && s.length() - limit <= limit - from) {
                int p = s.indexOf(needle, from);
                return p >= 0 && p + needle.length() <= limit ? p : -1;
            }
            return findScan(text, from, limit);
        }
        return text instanceof String s ? findScan(s, from, limit) : findScan(text, from, limit);
    }

    /**
     * As {@link #find(CharSequence, int, int)}; a long search of a String uses the per-literal
     * needle scans, each remembered in {@code scratch} (per Matcher) so a find loop scans the
     * text once per needle.
     */
    @Override
    public int find(CharSequence text, int from, int limit, Strategy.Scratch scratch) {
        if (needles != null && text instanceof String s) {
            NeedleSet.Memo memo = scratch.needleMemo();
            if (needles.worthIt(s, from, limit, memo)) {
                return needles.find(s, from, limit, this, memo);
            }
        }
        return find(text, from, limit);
    }

    /** The candidate scan for a String (a separate copy so that charAt is monomorphic here). */
    private int findScan(String s, int from, int limit) {
        int last = limit - minLength + offset; // last position the offset unit may be at
        int i = from + offset;
        if (table == null) {
            char a = this.a;
            char b = this.b;
            char c = this.c;
            for (; i <= last; i++) {
                char u = s.charAt(i);
                if ((u == a || u == b || u == c) && firstAt(s, i - offset, limit) >= 0) {
                    return i - offset;
                }
            }
        } else {
            boolean[] t = table;
            for (; i <= last; i++) {
                char u = s.charAt(i);
                if (u < t.length && t[u] && firstAt(s, i - offset, limit) >= 0) {
                    return i - offset;
                }
            }
        }
        return -1;
    }

    private int findScan(CharSequence s, int from, int limit) {
        int last = limit - minLength + offset;
        for (int i = from + offset; i <= last; i++) {
            char u = s.charAt(i);
            boolean hit = table == null ? (u == a || u == b || u == c) : (u < table.length && table[u]);
            if (hit && firstAt(s, i - offset, limit) >= 0) {
                return i - offset;
            }
        }
        return -1;
    }

    /** The index of the first literal (in priority order) occurring at {@code p} before {@code limit}, or -1. */
    @Override
    public int firstAt(CharSequence text, int p, int limit) {
        for (int k = 0; k < lits.length; k++) {
            if (matchesAt(k, text, p, limit)) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the first literal (in priority order) spanning exactly {@code [p, limit)}, or -1. */
    @Override
    public int firstSpanning(CharSequence text, int p, int limit) {
        for (int k = 0; k < lits.length; k++) {
            if (lits[k].length == limit - p && matchesAt(k, text, p, limit)) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public int length(int literal) {
        return lits[literal].length;
    }

    /** Whether literal {@code k} occurs at {@code p} before {@code limit}. */
    boolean matchesAt(int k, CharSequence text, int p, int limit) {
        char[] value = folded[k];
        if (value == null) {
            return matchesAt(lits[k], text, p, limit);
        }
        if (p < 0 || p + value.length > limit) {
            return false;
        }
        char[] mask = foldMask[k];
        for (int i = 0; i < value.length; i++) {
            if ((text.charAt(p + i) | mask[i]) != value[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAt(char[][] lit, CharSequence text, int p, int limit) {
        if (p < 0 || p + lit.length > limit) {
            return false;
        }
        for (int i = 0; i < lit.length; i++) {
            char u = text.charAt(p + i);
            char[] allowed = lit[i];
            boolean ok = false;
            for (char x : allowed) {
                if (x == u) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
