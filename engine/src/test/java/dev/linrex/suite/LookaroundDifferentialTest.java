package dev.linrex.suite;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.COMMENTS;
import static java.util.regex.Pattern.DOTALL;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.UNICODE_CHARACTER_CLASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Lookarounds against java.util.regex: a table of hand-picked patterns (every input also searched
 * in the region [1, len-1] with each combination of transparent and anchoring bounds), then
 * patterns generated at random from a small grammar with nested lookarounds. No expectation is
 * written down: the JDK decides. Patterns linrex rejects on purpose (captures the JDK leaks out
 * of lookarounds, see {@code syntax.LookaroundLimits}) are listed.
 */
class LookaroundDifferentialTest {
    private static final String EMOJI = "\uD83D\uDE00";

    private record Row(int flags, String pattern, List<String> inputs) {}

    private static final List<Row> ROWS = new ArrayList<>();

    private static void t(String pattern, String... inputs) {
        ROWS.add(new Row(0, pattern, List.of(inputs)));
    }

    private static void f(int flags, String pattern, String... inputs) {
        ROWS.add(new Row(flags, pattern, List.of(inputs)));
    }

    static {
        // password rules and other lookahead conjunctions
        t("^(?=.*\\d)(?=.*[a-z]).{8,}$", "abcdefg1", "abcdefgh", "12345678", "a1", "abc1efgh\n", "xxxxxxx1y");
        t("^(?=.*[A-Z])(?=.*[a-z])(?=.*\\d)(?=.*[^\\w\\s]).{8,64}$", "Passw0rd!", "password", "PASSWORD1!", "Pa1!");
        t("^(?!.*(.)\\1)", "ab");
        // leading lookarounds after ^ (checked at the start, the rest searched without tables)
        t("^(?=.*\\d)(?!.*x)(\\w+)(\\d)$", "ab12", "x12", "abc", EMOJI + "a1", "a1\n", "a1\nx");
        t("\\A(?=[^,]*,)(?<!a)(.*),(.*)", "a,b", "ab", "\n,x", ",");
        f(DOTALL, "^(?=.*\\n)(?=.*[A-Z]).+", "ab\nC", "abC", "\nA", "");
        t("^(?=.*" + EMOJI + ")(?=.*a).*", EMOJI + "a", "a" + EMOJI, "a\uD83D", "\uDE00a");
        t("^(?=.*(?=\\d)\\d)(?=.*(?<=a)b)\\w*", "ab1", "b1", "1ab");
        t("^(?=.*\\d)(?=.*[a-z])", "a1", "1", "");
        t("^(?=a)(?!ab)", "ab", "ac", "b");
        t("^(?=.*\\d)(?=.*[a-z]).{8,}$", "x".repeat(300) + "1", "x".repeat(300) + "\n1", "1" + "y".repeat(150));
        f(MULTILINE, "^(?=.*\\d)\\w+", "ab\nc1\n2");
        // a leading lookbehind for a fixed string (the rest anchored after each occurrence)
        t("(?<=\\$)\\d+(\\.\\d\\d)?", "$12.50 and $7 EUR 8 $$9.1 $.5 $", "$", "", "a$1", "$1.23$4.56", EMOJI + "$1" + EMOJI);
        t("(?<=ab)(c|b)*", "abcbc abab ab", "aab", "ababab", "ab");
        t("(?<=aa)a", "aaaaa", "aa", "a");
        t("(?<=x)(?:y[^z]*z|y)", "xyxyxyz xy", "xyy");
        t("(?<=\\$)", "$a$", "$$", "");
        t("(?<=" + EMOJI + ")a", EMOJI + "a" + EMOJI + "b", "a");
        f(CASE_INSENSITIVE, "(?<=a)b", "ab AB aB Ab");
        f(MULTILINE, "(?<=\\n)^\\w+$", "a\nbc\nd\n");
        t("(?<=\\$)\\b\\d+", "$1 $ 2 $$3");
        // lookaheads over a run of one class (answered by the run's length)
        t("\\B(?=(\\d{3})+(?!\\d))", "1234567", "$1234.56 and 12", "12345678901234567890123", "\uFF11\uFF12\uFF13\uFF14");
        f(UNICODE_CHARACTER_CLASS, "\\B(?=(\\d{3})+(?!\\d))", "1234\u0663\u0664\u0665", "\uFF11\uFF12\uFF13\uFF14");
        t("(?=(?:ab|ba)*(?![ab]))\\w", "abba x aab");
        t("(?=[ab]{2,}(?=[ab]))", "aab ab aaab");
        t("(?!(?:\\d\\d)+(?!\\d))\\d", "1 12 123 1234");
        t("(?=\\d{3})\\d", "12345 12 123");
        t("\\b(?=\\w{3}\\b)\\w+", "ab abc abcd xyz");
        // word not followed by / not preceded by
        t("foo(?!bar)", "foobar foobaz foo");
        t("\\w+(?!\\d)", "abc1 def");
        t("\\b\\w+\\b(?!\\s*=)", "a = 1, b, c=2");
        t("(?<!\\$)\\b\\d+", "cost $42 and 7 and $8");
        t("(?<![a-z])cat", "cat bobcat concat cat");
        t("q(?!u)", "qu qa q");
        t("(?!)", "ab");
        t("(?=)", "ab");
        t("a(?=b(?!c))", "abc abd ab");
        // lookbehinds: fixed, bounded variable, "unbounded" by int overflow
        t("(?<=\\$)\\d+", "cost $42 and 7");
        t("(?<=USD|EUR )\\d+", "USD 5, EUR 6, GBP 7, EUR 8");
        t("(?<=ab|c)d", "abd cd xd d");
        t("(?<=a.{0,3})b", "xaxxb axxxxb ab b");
        t("(?<=a.{0,50})b", "a" + "x".repeat(49) + "b" + "x".repeat(10) + "b");
        t("(?<=a.*)b", "xxab b bb", "b");
        t("(?<=a*)b", "aab b");
        t("(?<=x[ab]+)c", "xabc xc abc");
        t("(?<=x[ab]+?)c", "xabc xc");
        t("(?<=a{0,})b", "aab b");
        t("(?<=(?:ab){1,2})c", "ababc abc bc");
        t("(?<=a?b?)c", "abc c bc");
        t("(?<=\\R{2})x", "\r\n\nx \nx \r\n\r\nx");
        t("(?<=^|,)\\w*", "a,,b", ",x,");
        t("(?<=\\b)\\w", "ab cd");
        t("(?<!^)\\b", "ab cd");
        t("(?<=a|bc|def)x", "ax bcx defx cx efx");
        t("(?<=(?<=a)b)c", "abc bc ac");
        t("(?<=(?<!a)b)c", "abc bc xbc");
        t("(?<=a(?=b))\\w", "ab ac");
        t("(?<=a(?=bc))", "abc abd");
        // nested lookaheads
        t("(?=a(?=b(?=c)))\\w+", "abc abd ab");
        t("(?=(?!a)\\w)\\w", "ab ba");
        t("(?!(?=a))\\w", "ab ba");
        t("(?=(?<=a)b)b", "ab bb");
        // captures in positive lookarounds
        t("(?=(\\w+))\\w", "ab cd");
        t("(?=(a+)+b)", "aaab aa");
        t("(?=(\\d+)\\.(\\d+))\\d+", "1.23 4.5 6");
        t("(\\w)(?=(\\w))", "abc");
        t("(?<=(a|ab))c", "abc ac");
        t("(?<=(a+))b", "aab b");
        t("(?<=(?=(x))x)y", "xy");
        t("(?=(?<=(a))b)b", "ab");
        t("(?<=(\\w)(\\w))\\d", "ab1 c2");
        t("x(?=(a*)*)", "xaa x");
        t("(?=((a)|a)+)a", "aa"); // groups under alternation: rejected, counted
        t("(?=(a))?a", "a"); // quantified lookaround with a group: rejected
        // top-level lookarounds whose groups cannot leak (see LookaroundLimits)
        t(",(?=([^\"]*\"[^\"]*\")*[^\"]*$)", "a,b,\"c,d\",e", "\"x,\"\",y\",z,", ",,");
        t("(,|\\|)(?=([^\"]*\"[^\"]*\")*[^\"]*$)", "a|b,\"c|d\"", "\"|\"|");
        t("\\s(?=([^\"\\\\]*(\\\\.|\"([^\"\\\\]*\\\\.)*[^\"\\\\]*\"))*[^\"]*$)", "a b \"c d\" e", "x \"\\\" y\" z");
        t("^(?!(/|\\./|\\.\\./)).+", "/abc", "./x", "../y", "abc", "a/b");
        t("^(?!/(webjars|public)/).*", "/webjars/x", "/api/x");
        t("^a(?!(b|c))\\w*", "ab", "ad", "a");
        t("^(?=(a)?)\\w+", "ab", "b");
        t("(?<=(a)|b)x?", "axbx", "cx");
        t("\\b\\w(?=(\\d)?)", "a1 b c2");
        // quantified and alternated lookarounds without groups
        t("(?=a)*b", "ab b");
        t("(?:(?=a)|b)+c", "abc c bc");
        t("(?:a(?!b)|ab)+", "aabab aab");
        t("(?:(?<=a)b|c)+", "abcab cb");
        t("(a(?=b)|ab)c", "abc");
        // supplementary characters
        t("(?<=" + EMOJI + ")x", EMOJI + "x", "\uDE00x");
        t("(?<=\\uD83D\\uDE00)x", EMOJI + "x");
        t("(?<=.)x", EMOJI + "x", "ax");
        t("(?<=[^a]{2})x", "x" + EMOJI + "x", "bbx");
        t("(?<=" + EMOJI + ".)x", EMOJI + "ax" + EMOJI + "\uD83Dx");
        t("(?<=.." + EMOJI + ")x", "ab" + EMOJI + "x" + EMOJI + EMOJI + EMOJI + "x");
        t("(?=" + EMOJI + ")", "a" + EMOJI + EMOJI);
        t("(?<=\uD83D)", EMOJI + "\uD83Da");
        t("(?<!" + EMOJI + ")\\w", EMOJI + "a b");
        t("(?=.)", EMOJI + "a");
        // anchors and flags inside lookarounds
        f(MULTILINE, "(?<=^a)b", "ab\nab\r\nab");
        f(MULTILINE, "\\w(?=$)", "ab\ncd\r\nef");
        t("\\w(?=$)", "ab\ncd\n");
        t("(?<=\\A\\w)\\w", "abc");
        t("\\w(?=\\z)", "abc\n");
        t("\\w(?=\\Z)", "abc\n");
        t("(?=^)\\w", "ab");
        f(CASE_INSENSITIVE, "(?<=A)b", "aB Ab");
        f(DOTALL, "(?<=a.)b", "a\nb");
        f(COMMENTS, "(?<= a \\ )b  # comment", "a b");
        f(UNICODE_CHARACTER_CLASS, "(?<=\\w)\\b", "é ab");
        t("(?i:(?<=a))b", "Ab ab");
        t("(?<=(?i)a)B", "AB aB");
        // regions: lookarounds at the region's edges
        t("(?<=a)b", "abab", "bab");
        t("b(?=a)", "bab", "abab");
        t("(?<!a)b", "abab");
        t("b(?!a)", "baba");
        t("(?<=^)b", "ab", "bb");
        t("b(?=$)", "bb", "ba");
        t("(?=\\w\\b)\\w", "ab cd");
    }

    private static Differential differential(boolean regions) {
        Differential.Options o = new Differential.Options();
        o.hitEnd = false; // hitEnd/requireEnd do not account for reads inside lookaround bodies (README)
        if (regions) {
            o.regions = s -> s.length() < 2 ? List.of()
                    : List.of(RegexEngine.Region.of(1, s.length() - 1),
                            new RegexEngine.Region(1, s.length() - 1, true, true),
                            new RegexEngine.Region(1, s.length() - 1, true, false),
                            new RegexEngine.Region(1, s.length() - 1, false, false));
        }
        return new Differential(o);
    }

    @TestFactory
    Stream<DynamicTest> table() {
        Differential d = differential(true);
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(Fmt.quote(row.pattern(), 60), () -> {
            Differential.PatternResult r = d.check(row.pattern(), row.flags(), row.inputs());
            failOn(d, r);
        }));
    }

    /**
     * README "Deliberate differences": java.util.regex's {@code ^}/{@code \\A} (its Begin node) sets
     * the match start where it matches, also inside a lookbehind body, so with transparent bounds
     * (anchoring or not) {@code matches()} reports a start before the region. linrex reports the
     * region start, as {@code matches()} means; end, result and groups agree.
     */
    @Test
    void beginInsideALookbehindKeepsTheRegionStart() {
        for (String p : List.of("(?<=^a)b", "(?<=\\Aa)b", "(?<=(?=^)a)b")) {
          for (boolean anchoring : new boolean[] {false, true}) {
            java.util.regex.Matcher jdk = java.util.regex.Pattern.compile(p).matcher("ab").region(1, 2)
                    .useTransparentBounds(true).useAnchoringBounds(anchoring);
            dev.linrex.Matcher ours = dev.linrex.Pattern.compile(p).matcher("ab").region(1, 2)
                    .useTransparentBounds(true).useAnchoringBounds(anchoring);
            assertTrue(jdk.matches(), p);
            assertTrue(ours.matches(), p);
            assertEquals(0, jdk.start(), "the JDK quirk this difference is about: " + p);
            assertEquals(1, ours.start(), p);
            assertEquals(jdk.end(), ours.end(), p);
            assertTrue(ours.lookingAt(), p);
            assertEquals(1, ours.start(), p);
          }
        }
    }

    @Test
    void mostTablePatternsAreAccepted() {
        Differential d = differential(false);
        int compared = 0;
        List<String> unsupported = new ArrayList<>();
        for (Row row : ROWS) {
            Differential.PatternResult r = d.check(row.pattern(), row.flags(), List.of());
            if (r.outcome == Differential.Outcome.COMPARED) {
                compared++;
            } else if (r.outcome == Differential.Outcome.CANDIDATE_UNSUPPORTED) {
                unsupported.add(row.pattern());
            }
        }
        // a backreference, and the rows with groups java.util.regex may leak out of lookarounds
        assertEquals(List.of("^(?!.*(.)\\1)", "(?=((a)|a)+)a", "(?=(a))?a"), unsupported);
        assertTrue(compared > 80, "compared " + compared);
    }

    /**
     * Random patterns with nested lookarounds over a small alphabet, against random inputs
     * ({@code -Dlinrex.lookaroundTries=N} patterns, default 1500; {@code -Dlinrex.lookaroundSeed}).
     */
    @Test
    void generatedPatterns() {
        int tries = Integer.getInteger("linrex.lookaroundTries", 1500);
        Random rnd = new Random(Long.getLong("linrex.lookaroundSeed", 20261201L));
        Tally t = new Tally(differential(true));
        for (int i = 0; i < tries; i++) {
            String re = gen(rnd, 3);
            List<String> inputs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                inputs.add(input(rnd));
            }
            t.check(re, 0, inputs, false);
        }
        t.finish(tries, tries * 2 / 3, "generated patterns disagree", "[linrex lookaround fuzz]");
    }

    /**
     * As {@link #generatedPatterns}, on inputs longer than the backtracker-only cutoff (over 100
     * units), so that the long-input paths run: the backtracker by segments between barriers or
     * relaxed-DFA empty points (exec.LookSegments) and the Pike VM with the start skip
     * ({@code -Dlinrex.lookaroundLongTries=N}, default 300).
     */
    @Test
    void generatedPatternsOnLongInputs() {
        int tries = Integer.getInteger("linrex.lookaroundLongTries", 300);
        Random rnd = new Random(Long.getLong("linrex.lookaroundSeed", 20261201L) + 1);
        Tally t = new Tally(differential(true));
        for (int i = 0; i < tries; i++) {
            String re = gen(rnd, 3);
            List<String> inputs = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                StringBuilder sb = new StringBuilder();
                while (sb.length() < 110 + rnd.nextInt(150)) {
                    sb.append(input(rnd));
                }
                inputs.add(sb.toString());
            }
            t.check(re, 0, inputs, false);
        }
        t.finish(tries, tries / 2, "generated patterns disagree on long inputs", "[linrex lookaround fuzz, long inputs]");
    }

    /**
     * Groups set inside a lookaround, on a long input (the segment search defers them until a
     * group is read, then recovers them on the match's span), read after some finds and not
     * others, against java.util.regex.
     */
    @Test
    void lookaroundGroupsOnALongInputAreReadOnRequest() {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(5);
        for (int i = 0; i < 300; i++) {
            sb.append(i % 3 == 0 ? "$" : "x ").append(rnd.nextInt(10_000_000)).append(i % 5 == 0 ? ".5 " : " ");
        }
        String text = sb.toString();
        for (String re : new String[] {"\\B(?=(\\d{3})+(?!\\d))", "(?<=(\\$))\\d+(?=(\\.\\d|\\s))", "\\d(?=(\\d\\d)\\b)"}) {
            java.util.regex.Matcher want = java.util.regex.Pattern.compile(re).matcher(text);
            dev.linrex.Matcher got = dev.linrex.Pattern.compile(re).matcher(text);
            int k = 0;
            while (true) {
                boolean w = want.find();
                assertEquals(w, got.find(), re + " find #" + k);
                if (!w) {
                    break;
                }
                assertEquals(want.start() + "-" + want.end(), got.start() + "-" + got.end(), re + " match #" + k);
                if (k % 3 != 1) {
                    for (int g = 1; g <= want.groupCount(); g++) {
                        assertEquals(want.start(g) + "-" + want.end(g), got.start(g) + "-" + got.end(g), re + " group " + g + " #" + k);
                    }
                }
                k++;
            }
            assertTrue(k > 50, re + ": " + k + " matches");
        }
    }

    /**
     * Patterns {@code (?<=S)R}, a fixed string then a generated rest (exec.LeadingLookbehind runs R
     * anchored after each occurrence of S), on short and long inputs, with regions and bounds
     * ({@code -Dlinrex.lookaroundTries=N} scales it).
     */
    @Test
    void generatedLeadingLookbehinds() {
        int tries = Integer.getInteger("linrex.lookaroundTries", 1500) / 3;
        Random rnd = new Random(Long.getLong("linrex.lookaroundSeed", 20261201L) + 2);
        String[] strings = {"a", "ab", "x", "ba", "aa", "1", " ", "\\n", EMOJI};
        Tally t = new Tally(differential(true));
        for (int i = 0; i < tries; i++) {
            String re = "(?<=" + strings[rnd.nextInt(strings.length)] + ")" + gen(rnd, 2);
            List<String> inputs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                inputs.add(k < 3 ? input(rnd) : input(rnd).repeat(20) + input(rnd));
            }
            t.check(re, rnd.nextInt(4) == 0 ? MULTILINE : 0, inputs, true);
        }
        t.finish(tries, tries * 2 / 3, "generated patterns disagree", "[linrex leading lookbehind fuzz]");
    }

    /** Counts a generated run's compared patterns and keeps the first disagreements for the message. */
    private static final class Tally {
        private final Differential d;
        private final StringBuilder failures = new StringBuilder();
        private int compared;
        private int failed;

        Tally(Differential d) {
            this.d = d;
        }

        void check(String re, int flags, List<String> inputs, boolean namePattern) {
            Differential.PatternResult r = d.check(re, flags, inputs);
            if (r.outcome == Differential.Outcome.COMPARED) {
                compared++;
            }
            if (r.failed() && ++failed <= 5) {
                if (namePattern) {
                    failures.append(re).append(' ');
                }
                failures.append(r.outcome).append(' ');
                r.disagreements.stream().limit(2).forEach(x -> failures.append(x.describe(d.candidate().name())));
                failures.append('\n');
            }
        }

        void finish(int tries, int leastCompared, String what, String label) {
            if (failed > 0) {
                fail(failed + " " + what + ":\n" + failures);
            }
            assertTrue(compared > leastCompared, "compared only " + compared);
            System.out.println(label + " " + tries + " patterns, " + compared + " compared, 0 disagreements");
        }
    }

    private static final String[] ATOMS = {"a", "b", "c", ".", "[ab]", "\\w", "\\b", "^", "$", "\\d", EMOJI, "(?m:^)", "x"};

    private static String gen(Random rnd, int depth) {
        int n = 1 + rnd.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(depth > 0 ? 10 : 6);
            String atom;
            if (k < 5) {
                atom = ATOMS[rnd.nextInt(ATOMS.length)];
            } else if (k == 5) {
                atom = "(?:" + gen(rnd, depth - 1) + "|" + gen(rnd, depth - 1) + ")";
            } else if (k == 6) {
                atom = "(" + gen(rnd, depth - 1) + ")";
            } else {
                String[] kinds = {"(?=", "(?!", "(?<=", "(?<!"};
                atom = kinds[rnd.nextInt(4)] + gen(rnd, depth - 1) + ")";
            }
            sb.append(atom);
            int q = rnd.nextInt(8);
            if (q == 0) {
                sb.append(atom.startsWith("(?<") || atom.startsWith("(?=") || atom.startsWith("(?!") ? "" : "*");
            } else if (q == 1) {
                sb.append("?");
            } else if (q == 2) {
                sb.append("{1,2}");
            } else if (q == 3) {
                sb.append("+");
            }
        }
        return sb.toString();
    }

    private static String input(Random rnd) {
        String[] units = {"a", "b", "c", "x", "1", " ", "\n", EMOJI, "\uD83D"};
        int len = rnd.nextInt(9);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(units[rnd.nextInt(units.length)]);
        }
        return sb.toString();
    }

    private static void failOn(Differential d, Differential.PatternResult r) {
        if (r.failed()) {
            StringBuilder m = new StringBuilder(r.outcome + ", " + r.disagreements.size() + " disagreement(s):\n");
            r.disagreements.stream().limit(8).forEach(x -> m.append(x.describe(d.candidate().name())));
            fail(m.toString());
        }
    }
}
