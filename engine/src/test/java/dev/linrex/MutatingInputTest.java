package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A CharSequence that changes or throws in the middle of a search gives an exception (its own,
 * unchanged) or a result that is a real match in some version of the text; it never corrupts
 * the Pattern's shared DFA cache: afterwards the same Pattern still gives the JDK's results on
 * fresh inputs.
 */
class MutatingInputTest {
    /** Patterns without assertions (each engine run reads each position once), each with the units of its inputs. */
    static final String[][] PLAIN = {
        {"([ab]*)a([ab]{3})", "abab x"}, {"(x+x+)+y", "xxxy a"}, {"(\\d+)-(\\d+)", "12-a"},
        {"[a-c]+(d|e)f?", "abcdef "}, {"(a|ab)(c|bcd)(d*)", "abcd "},
    };
    /** With assertions, which read positions more than once: only bounds and cache health are checked. */
    static final String[][] LOOKING = {
        {"\\b(\\w+)\\b", "ab -"}, {"(?m)^([ab]+)$", "abab\n"}, {"(\\d+)\\B\\w", "12a -"}, {"[ab]+\\z", "abc"},
    };

    /** Reads A until {@code switchAt} units were read, then B (same length). Counts reads. */
    static final class SwitchingText implements CharSequence {
        final String a;
        final String b;
        final long switchAt;
        long reads;

        SwitchingText(String a, String b, long switchAt) {
            this.a = a;
            this.b = b;
            this.switchAt = switchAt;
        }

        private String now() {
            return reads >= switchAt ? b : a;
        }

        @Override
        public int length() {
            return a.length();
        }

        @Override
        public char charAt(int index) {
            String s = now();
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return now().substring(start, end);
        }

        @Override
        public String toString() {
            return now();
        }
    }

    /** Throws {@link InputGone} at the {@code throwAt}-th read. */
    static final class ThrowingText implements CharSequence {
        final String s;
        final long throwAt;
        final InputGone error = new InputGone();
        long reads;

        ThrowingText(String s, long throwAt) {
            this.s = s;
            this.throwAt = throwAt;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (reads++ == throwAt) {
                throw error;
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    static final class InputGone extends RuntimeException {
        InputGone() {
            super("input went away", null, false, false);
        }
    }

    static String randomText(Random rnd, String units, int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append(units.charAt(rnd.nextInt(units.length())));
        }
        return sb.toString();
    }

    static List<String[]> all() {
        List<String[]> all = new ArrayList<>(List.of(PLAIN));
        all.addAll(List.of(LOOKING));
        return all;
    }

    @Test
    void textChangingMidSearchGivesAMatchOfSomeVersion() {
        Random rnd = new Random(11);
        for (String[] c : PLAIN) {
            String re = c[0];
            String units = c[1];
            Pattern p = Pattern.compile(re);
            java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(re);
            int checked = 0;
            for (int round = 0; round < 400; round++) {
                String a = randomText(rnd, units, 20 + rnd.nextInt(300));
                char[] cs = a.toCharArray();
                cs[rnd.nextInt(cs.length)] = units.charAt(rnd.nextInt(units.length()));
                String b = new String(cs);
                // How many reads a full find loop makes, to put the switch anywhere in it.
                SwitchingText probe = new SwitchingText(a, a, Long.MAX_VALUE);
                FindLog.linrex(p.matcher(probe));
                SwitchingText text = new SwitchingText(a, b, rnd.nextLong(probe.reads + 1));
                Matcher m = p.matcher(text);
                int lastEnd = 0;
                try {
                    while (m.find()) {
                        assertTrue(m.start() >= lastEnd && m.end() <= a.length(), "span " + m.start() + "," + m.end());
                        String got = FindLog.describe(m);
                        if (!isMatchIn(jdk, a, m) && !isMatchIn(jdk, b, m)) {
                            throw new AssertionError("/" + re + "/ result " + got + " is a match in neither \""
                                    + a + "\" nor \"" + b + "\"");
                        }
                        checked++;
                        lastEnd = m.end();
                    }
                } catch (ConcurrentModificationException e) {
                    // The other allowed outcome: the engine noticed that the text changed under it.
                    assertTrue(!m.hasMatch());
                }
            }
            assertTrue(checked > 50, re + ": only " + checked + " matches checked");
            assertHealthy(p, re, units, rnd);
        }
    }

    /** Is {@code m}'s span, with the same groups, what java.util.regex matches there in {@code text}? */
    static boolean isMatchIn(java.util.regex.Pattern jdk, String text, Matcher m) {
        java.util.regex.Matcher j = jdk.matcher(text).region(m.start(), m.end())
                .useTransparentBounds(true).useAnchoringBounds(false);
        return j.matches() && FindLog.describe(j).equals(FindLog.describe(m));
    }

    @Test
    void textThrowingMidSearchPropagatesAndLeavesNoTrace() {
        Random rnd = new Random(12);
        for (String[] c : all()) {
            String re = c[0];
            String units = c[1];
            Pattern p = Pattern.compile(re);
            java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(re);
            int thrown = 0;
            for (int round = 0; round < 300; round++) {
                String s = randomText(rnd, units, 20 + rnd.nextInt(300));
                ThrowingText probe = new ThrowingText(s, -1);
                FindLog.linrex(p.matcher(probe));
                ThrowingText text = new ThrowingText(s, rnd.nextLong(probe.reads + 1));
                Matcher m = p.matcher(text);
                try {
                    while (m.find()) {
                        m.group();
                    }
                    m.hitEnd();
                } catch (InputGone e) {
                    assertSame(text.error, e, "the input's own exception, unchanged");
                    thrown++;
                    assertTrue(!m.hasMatch() && !m.hitEnd());
                    assertThrows(IllegalStateException.class, m::group);
                    // The same matcher, reset onto a good input, is right again.
                    assertEquals(FindLog.jdk(jdk, s), FindLog.linrex(m.reset(s)), re + " on " + FindLog.show(s));
                }
            }
            assertTrue(thrown > 100, re + ": only " + thrown + " throws");
            assertHealthy(p, re, units, rnd);
        }
    }

    @Test
    void bufferWrittenByAnotherThreadWhileSearching() throws Exception {
        Random rnd = new Random(13);
        for (String[] c : all()) {
            String re = c[0];
            String units = c[1];
            Pattern p = Pattern.compile(re);
            StringBuilder buffer = new StringBuilder(randomText(rnd, units, 2000));
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                Random w = new Random(14);
                while (!stop.get()) {
                    buffer.setCharAt(w.nextInt(buffer.length()), units.charAt(w.nextInt(units.length())));
                }
            });
            writer.start();
            try {
                Matcher m = p.matcher(buffer);
                for (int round = 0; round < 100; round++) {
                    m.reset();
                    int lastEnd = 0;
                    try {
                        while (m.find()) {
                            assertTrue(m.start() >= lastEnd && m.end() <= buffer.length());
                            for (int g = 1; g <= m.groupCount(); g++) {
                                assertTrue(m.start(g) == -1 || (m.start(g) >= m.start() && m.end(g) <= m.end()
                                        && m.start(g) <= m.end(g)), "group " + g);
                            }
                            lastEnd = m.end();
                        }
                    } catch (ConcurrentModificationException noticed) {
                        // Allowed: the match's groups were asked for after the text under it changed.
                        assertTrue(!m.hasMatch(), "a match left behind by an abandoned search");
                    }
                }
            } finally {
                stop.set(true);
                writer.join();
            }
            assertHealthy(p, re, units, rnd);
        }
    }

    /** The pattern, with its warm (possibly abused) caches, still agrees with the JDK on fresh inputs. */
    static void assertHealthy(Pattern p, String re, String units, Random rnd) {
        java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(re);
        for (int i = 0; i < 200; i++) {
            String s = randomText(rnd, i % 2 == 0 ? units : "abcdefxy0123-\n ", 1 + rnd.nextInt(400));
            assertEquals(FindLog.jdk(jdk, s), FindLog.linrex(p.matcher(s)), "after mutation: /" + re + "/ on " + FindLog.show(s));
        }
    }
}
