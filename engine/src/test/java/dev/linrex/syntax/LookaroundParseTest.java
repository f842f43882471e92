package dev.linrex.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.UnsupportedPatternException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lookarounds parse into {@link Ast.Look}; a lookbehind is accepted or rejected exactly as
 * java.util.regex accepts it ("Look-behind group does not have an obvious maximum length", same
 * index), which depends on the JDK's length analysis with its int overflows
 * ({@link LookbehindLength}).
 */
class LookaroundParseTest {

    private static Ast.Look firstLook(Ast.Node n) {
        if (n instanceof Ast.Look l) {
            return l;
        } else if (n instanceof Ast.Concat c) {
            for (Ast.Node item : c.items()) {
                Ast.Look l = firstLook(item);
                if (l != null) {
                    return l;
                }
            }
        } else if (n instanceof Ast.Group g) {
            return firstLook(g.body());
        }
        return null;
    }

    @Test
    void lookaroundsBecomeLookNodes() {
        Ast.Look a = firstLook(Parser.parse("x(?=ab)", 0).node());
        assertFalse(a.behind());
        assertFalse(a.negated());
        assertEquals(1, a.index());
        Ast.Look n = firstLook(Parser.parse("(?!a)", 0).node());
        assertTrue(n.negated());
        Ast.Look b = firstLook(Parser.parse("(?<=ab|c)", 0).node());
        assertTrue(b.behind());
        assertEquals(1, b.minLength());
        assertEquals(2, b.maxLength());
        assertFalse(b.codePoints());
        Ast.Look nb = firstLook(Parser.parse("(?<!a{2,5})", 0).node());
        assertTrue(nb.negated());
        assertEquals(2, nb.minLength());
        assertEquals(5, nb.maxLength());
        Ast.Look wrapped = firstLook(Parser.parse("(?<=a.*)", 0).node());
        assertEquals(1 + Integer.MAX_VALUE, wrapped.maxLength(), "the JDK's unchecked int overflow");
        assertTrue(firstLook(Parser.parse("(?<=a)\uD83D\uDE00", 0).node()).codePoints(),
                "a supplementary char after the lookbehind makes the JDK count code points");
        Ast.Look groups = firstLook(Parser.parse("(a)(?=(b)(c))", 0).node());
        assertEquals(2, groups.groupsFrom());
        assertEquals(3, groups.groupsTo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?<=(?:ab)*)b", "(?<=x(?:a|b)*)y", "(?<=(?:ab)*", "(?<=a{0,}b{0,})", "(?<=\\R*)",
        "(?<=a+?b+?)", "(?<=(a|b){2})", "(?<=(ab){2})", "(?<=(ab){1073741824})", "(?<=a{2147483647}a)",
        "(?<=a*a*)", "(?<=(?=x*)y)", "(?<=a|b*)", "(?<=(?:a|b*){2})", "(?<=(?:ab)?)", "(?<=(?:a)*)",
        "(?<=(?:a*)*)", "(?<=x(?<=y*)*)", "(?<=\\Qab\\E*)", "(?<=(?i)a*b)", "((?<=a*(b*)))", "(?<=\\R{2})",
        "(?<=(?:\\R){2})", "(?<=a{3}?)", "(?<=(?:a){0,5})", "(?<=(?:ab){0,1}c{0,1})", "(?<=a{1,}b{2,}?)", "(?<=[ab]{0,}?)", "(?<=a|(?:b|c)*)d"})
    void lookbehindLengthErrorsAsTheJdk(String pattern) {
        sameOutcome(pattern);
    }

    /** Random lookbehind bodies: accepted or rejected exactly as the JDK does. */
    @Test
    void generatedLookbehindsAsTheJdk() {
        Random rnd = new Random(7);
        String[] atoms = {"a", "b", ".", "[ab]", "\\R", "\\b", "^", "(?=c)", "ab", "\\d"};
        String[] quants = {"", "", "", "*", "+", "?", "??", "*?", "+?", "{2}", "{0,3}", "{1,}", "{2,}?",
            "{1073741823}", "{2147483647}"};
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String body = genBody(rnd, atoms, quants, 2);
            String pattern = "x(?<" + (rnd.nextBoolean() ? "=" : "!") + body + ")y";
            String jdk = outcome(() -> Pattern.compile(pattern));
            String ours = outcome(() -> Parser.parse(pattern, 0));
            if (!jdk.equals(ours) && !ours.startsWith("unsupported")) {
                disagreements.add(pattern + ": jdk " + jdk + ", linrex " + ours);
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, e.g. " + disagreements.subList(0,
                Math.min(5, disagreements.size())));
    }

    private static String genBody(Random rnd, String[] atoms, String[] quants, int depth) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(depth > 0 ? 8 : 5);
            if (k < 5) {
                sb.append(atoms[rnd.nextInt(atoms.length)]);
            } else if (k == 5) {
                sb.append("(").append(genBody(rnd, atoms, quants, depth - 1)).append(")");
            } else if (k == 6) {
                sb.append("(?:").append(genBody(rnd, atoms, quants, depth - 1)).append("|")
                        .append(genBody(rnd, atoms, quants, depth - 1)).append(")");
            } else {
                sb.append("(?:").append(genBody(rnd, atoms, quants, depth - 1)).append(")");
            }
            sb.append(quants[rnd.nextInt(quants.length)]);
        }
        return sb.toString();
    }

    private static String outcome(Runnable compile) {
        try {
            compile.run();
            return "accepted";
        } catch (UnsupportedPatternException e) {
            return "unsupported " + e.getConstruct();
        } catch (PatternSyntaxException e) {
            return e.getDescription() + " @" + e.getIndex();
        }
    }

    private static void sameOutcome(String pattern) {
        String jdk = outcome(() -> Pattern.compile(pattern));
        String ours = outcome(() -> Parser.parse(pattern, 0));
        assertEquals(jdk, ours, pattern);
    }

    @Test
    void nestedLookaroundsParse() {
        Ast.Root r = Parser.parse("(?<=a(?=b(?!c(?<!d))))", 0);
        Ast.Look outer = firstLook(r.node());
        assertTrue(outer.behind());
        assertInstanceOf(Ast.Concat.class, outer.body());
    }

    @Test
    void leakingGroupsAreUnsupported() {
        for (String p : new String[] {"(?!(a))", "(?:(?=(a))|b)", "(?=(a))*", "(?=(a)?)b", "(?<=(a)|b)c", "a*(?!(b))"}) {
            Pattern.compile(p);
            UnsupportedPatternException e = org.junit.jupiter.api.Assertions.assertThrows(
                    UnsupportedPatternException.class, () -> Parser.parse(p, 0), p);
            assertTrue(e.getConstruct().contains("lookaround"), e.getConstruct());
        }
        for (String p : new String[] {"(?=(a))", "(?=(a)+)", "x(?<=(a)(b))", "(?=(?<=(a))b)", "((?=(a)))",
            "(?=(a)?)", ",(?=([^\"]*\"[^\"]*\")*[^\"]*$)", "^a(?!(b|c))\\w*", "(?<=(a)|b)x?"}) {
            Parser.parse(p, 0); // accepted
        }
    }
}
