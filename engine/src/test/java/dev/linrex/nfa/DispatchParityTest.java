package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Classes with several UTF-16 shapes (BMP units, lone high surrogates, surrogate-pair prefixes)
 * compile to one {@link Program#DISPATCH}; every engine must still give java.util.regex's answers,
 * also on inputs with lone surrogates, pairs cut by a region end, and long enough for the DFAs.
 */
class DispatchParityTest {
    static final String[] PATTERNS = {
        "\\p{L}", "\\p{L}{3}", "\\p{L}+", "(\\p{L}{4})|(\\p{L}{2})", "[^u-z]{2}x", "[\\x{10000}-\\x{10FFFF}a-z\\uD800-\\uD83D]+",
        "[\\uD83D\\x{1F600}]", "[\\uD83D\\x{1F600}-\\x{1F601}b]+?c?", "(?U)\\w+", "(?U)\\b\\w\\b", ".{2}", "[^a]+$",
        "(?i)[\\x{10400}a]+", "[\\x{1F600}\\x{20000}-\\x{2FFFF}]", "x[^x]*x",
    };

    static final String[] UNITS = {"a", "b", "c", "x", "u", "\u00e9", "\u0434", " ", "\n", "\uD83D", "\uDE00", "\uDE01",
        "\uD83D\uDE00", "\uD801\uDC00", "\uD801\uDC28", "\uD840\uDC00", "\uDBFF\uDFFF", "1"};

    @Test
    void multiShapeClassesCompileToOneDispatch() {
        Program p = Compiler.compile(Parser.parse("\\p{L}", 0));
        int dispatches = 0;
        for (int pc = 0; pc < p.size(); pc++) {
            if (p.op[pc] == Program.DISPATCH) {
                dispatches++;
            }
            assertTrue(p.op[pc] != Program.SPLIT, p.dump()); // no chain of shapes
        }
        assertEquals(1, dispatches, p.dump());
    }

    @Test
    void aSharedSetIsSplitOnceAcrossCompiles() {
        Program a = Compiler.compile(Parser.parse("\\p{L}", 0));
        Program b = Compiler.compile(Parser.parse("x\\p{L}+", 0));
        assertTrue(java.util.Arrays.asList(b.classes).stream().anyMatch(c -> java.util.Arrays.asList(a.classes).contains(c)
                && java.util.Arrays.stream(a.classes).anyMatch(d -> d == c)), a.dump());
    }

    @Test
    void pairPrefixesWithEqualLowSurrogatesShareOneInstruction() {
        Program p = Compiler.compile(Parser.parse("\\p{L}", 0));
        java.util.Set<String> lowSets = new java.util.HashSet<>();
        for (int pc = 0; pc < p.size(); pc++) {
            if (p.op[pc] == Program.DISPATCH) {
                for (int t : java.util.Arrays.stream(p.targets[p.arg[pc]]).distinct().toArray()) {
                    if (p.op[t] == Program.RANGE) {
                        assertTrue(lowSets.add(p.arg[t] + "-" + p.arg2[t]), p.dump());
                    } else if (p.op[t] == Program.CLASS) {
                        assertTrue(lowSets.add(new String(p.classes[p.arg[t]])), p.dump());
                    }
                }
            }
        }
        assertTrue(lowSets.size() > 1, p.dump());
    }

    @Test
    void dispatchTargetsFollowTheUnit() {
        Program p = Compiler.compile(Parser.parse("[a\\uD83D\\x{1F600}]", 0));
        int d = -1;
        for (int pc = 0; pc < p.size(); pc++) {
            if (p.op[pc] == Program.DISPATCH) {
                d = pc;
            }
        }
        assertTrue(d >= 0, p.dump());
        int afterA = p.next(d, 'a');
        int afterHigh = p.next(d, '\uD83D');
        assertTrue(afterA >= 0 && afterHigh >= 0 && afterA != afterHigh, p.dump());
        assertEquals(-1, p.next(d, 'b'), p.dump());
        assertEquals(-1, p.next(d, '\uDE00'), p.dump()); // a lone low surrogate is not in the set
    }

    @Test
    void enginesAgreeWithTheJdk() {
        Random rnd = new Random(4_2026);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int len = i < 40 ? rnd.nextInt(12) : 100 + rnd.nextInt(200); // short: backtracker; long: DFAs
            StringBuilder sb = new StringBuilder();
            while (sb.length() < len) {
                sb.append(UNITS[rnd.nextInt(UNITS.length)]);
            }
            inputs.add(sb.toString());
        }
        int compared = 0;
        for (String re : PATTERNS) {
            java.util.regex.Pattern jp = java.util.regex.Pattern.compile(re);
            dev.linrex.Pattern lp = dev.linrex.Pattern.compile(re);
            for (String in : inputs) {
                for (int cut = 0; cut < 3; cut++) {
                    int end = cut == 0 ? in.length() : Math.max(0, in.length() - cut);
                    // hitEnd where the region end cuts a pair is a known open disagreement (fuzz/README).
                    boolean cutsPair = end > 0 && end < in.length() && Character.isHighSurrogate(in.charAt(end - 1))
                            && Character.isLowSurrogate(in.charAt(end));
                    assertEquals(transcript(jp.matcher(in).region(0, end), !cutsPair),
                            transcript(lp.matcher(in).region(0, end), !cutsPair),
                            "/" + re + "/ on " + escape(in) + " region end " + end);
                    compared++;
                }
            }
        }
        assertTrue(compared > 2000);
    }

    private static String transcript(java.util.regex.Matcher m, boolean flags) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(m.start(g)).append(',').append(m.end(g)).append(' ');
            }
            sb.append(flags ? m.hitEnd() + "" + m.requireEnd() : "").append(';');
        }
        return sb.append(flags ? m.hitEnd() : "").toString();
    }

    private static String transcript(dev.linrex.Matcher m, boolean flags) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(m.start(g)).append(',').append(m.end(g)).append(' ');
            }
            sb.append(flags ? m.hitEnd() + "" + m.requireEnd() : "").append(';');
        }
        return sb.append(flags ? m.hitEnd() : "").toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }
}
