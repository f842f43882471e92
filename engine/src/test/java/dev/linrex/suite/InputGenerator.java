package dev.linrex.suite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Inputs made from a pattern, for suites that have none (and to widen those that do): the empty
 * string, the pattern's "skeleton" (its literal characters with the syntax taken out, a
 * representative char per escape class), variations of it, and random strings over the chars the
 * pattern mentions. Deterministic: the random source is seeded from the pattern and flags, so a
 * case gets the same inputs whatever runs before it.
 */
public final class InputGenerator {
    private final int maxLength;
    private final int randomCount;

    public InputGenerator(int maxLength, int randomCount) {
        this.maxLength = maxLength;
        this.randomCount = randomCount;
    }

    public List<String> generate(String pattern, int flags) {
        Random rnd = new Random(0x5EED_1E57L ^ ((long) pattern.hashCode() << 8) ^ flags);
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        String skel = cut(skeleton(pattern));
        out.add(skel);
        if (!skel.isEmpty()) {
            out.add(cut(skel + skel));
            out.add(cut("x" + skel.substring(0, skel.length() / 2 + 1) + "\n"));
            StringBuilder mutated = new StringBuilder(skel);
            int at = rnd.nextInt(skel.length());
            if (rnd.nextBoolean()) {
                mutated.deleteCharAt(at);
            } else {
                mutated.insert(at, skel.charAt(rnd.nextInt(skel.length())));
            }
            out.add(mutated.toString());
        }
        String alphabet = alphabet(pattern, skel);
        for (int i = 0; i < randomCount; i++) {
            int len = 1 + rnd.nextInt(Math.min(maxLength, 24));
            StringBuilder b = new StringBuilder(len);
            while (b.length() < len) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return new ArrayList<>(out);
    }

    private String cut(String s) {
        return s.length() <= maxLength ? s : s.substring(0, maxLength);
    }

    /** Distinct chars of skeleton and pattern, plus a few that exercise classes and anchors. */
    static String alphabet(String pattern, String skeleton) {
        StringBuilder b = new StringBuilder();
        Set<Character> seen = new LinkedHashSet<>();
        for (String s : new String[] {skeleton, pattern, "a Z0\n"}) {
            for (int i = 0; i < s.length() && seen.size() < 64; i++) {
                if (seen.add(s.charAt(i))) {
                    b.append(s.charAt(i));
                }
            }
        }
        return b.toString();
    }

    /**
     * The pattern with syntax removed: literals kept, escapes turned into a sample char of what
     * they match, classes reduced to their listed chars, quantifier counts and group openers
     * dropped. Rough by design: it only has to produce strings near what the pattern matches.
     */
    static String skeleton(String p) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        int n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = p.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'd' -> b.append('7');
                    case 'D' -> b.append('x');
                    case 'w' -> b.append('w');
                    case 'W', 'H', 'V', 'S' -> b.append('-');
                    case 's', 'h' -> b.append(' ');
                    case 'n', 'R', 'v' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'f' -> b.append('\f');
                    case 'e' -> b.append('\u001b');
                    case 'a' -> b.append('\u0007');
                    case 'b', 'B', 'A', 'z', 'Z', 'G' -> { }
                    case 'x' -> {
                        if (i < n && p.charAt(i) == '{') {
                            int close = p.indexOf('}', i);
                            i = close < 0 ? n : close + 1;
                        } else {
                            i = Math.min(n, i + 2);
                        }
                        b.append('x');
                    }
                    case 'u' -> i = Math.min(n, i + 4);
                    case 'c' -> i = Math.min(n, i + 1);
                    case 'p', 'P', 'N', 'k' -> {
                        if (i < n && (p.charAt(i) == '{' || p.charAt(i) == '<')) {
                            int close = p.indexOf(p.charAt(i) == '{' ? '}' : '>', i);
                            i = close < 0 ? n : close + 1;
                        } else {
                            i = Math.min(n, i + 1);
                        }
                        b.append(e == 'P' ? '-' : 'p');
                    }
                    case 'Q' -> {
                        int close = p.indexOf("\\E", i);
                        int end = close < 0 ? n : close;
                        b.append(p, i, end);
                        i = close < 0 ? n : close + 2;
                    }
                    default -> {
                        if (!Character.isLetterOrDigit(e)) {
                            b.append(e);
                        }
                    }
                }
                continue;
            }
            switch (c) {
                case '(' -> {
                    i++;
                    if (i < n && p.charAt(i) == '?') {
                        i++;
                        if (i < n && p.charAt(i) == '<' && i + 1 < n && Character.isLetter(p.charAt(i + 1))) {
                            int close = p.indexOf('>', i);
                            i = close < 0 ? n : close + 1;
                        } else {
                            while (i < n && (Character.isLetter(p.charAt(i)) || p.charAt(i) == '-')) {
                                i++;
                            }
                            while (i < n && "<:=!>)".indexOf(p.charAt(i)) >= 0 && p.charAt(i) != ')') {
                                i++;
                            }
                            if (i < n && p.charAt(i) == ')') {
                                i++;
                            }
                        }
                    }
                }
                case '{' -> {
                    int j = i + 1;
                    while (j < n && (Character.isDigit(p.charAt(j)) || p.charAt(j) == ',')) {
                        j++;
                    }
                    if (j < n && p.charAt(j) == '}' && j > i + 1) {
                        i = j + 1;
                    } else {
                        b.append(c);
                        i++;
                    }
                }
                case '[' -> {
                    i++;
                    if (i < n && p.charAt(i) == '^') {
                        i++;
                    }
                }
                case ')', ']', '|', '*', '+', '?', '^', '$' -> i++;
                case '.' -> {
                    b.append('.');
                    i++;
                }
                default -> {
                    b.append(c);
                    i++;
                }
            }
        }
        return b.toString();
    }
}
