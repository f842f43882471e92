package dev.linrex.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.UnsupportedPatternException;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * The harness against deliberately broken candidates: each kind of fault must be caught and
 * classified, and nothing may hang. (JDK-vs-JDK agreeing proves little on its own.)
 */
class DifferentialSelfTest {

    /** The JDK with one method overridden by the test. */
    private static class Faulty implements RegexEngine {
        final JdkEngine jdk = new JdkEngine();

        @Override
        public String name() {
            return "faulty";
        }

        @Override
        public Compiled compile(String regex, int flags) {
            return wrap(jdk.compile(regex, flags));
        }

        Compiled wrap(Compiled c) {
            return c;
        }
    }

    /** Delegates everything; subclasses override one operation. */
    private static class Delegate implements RegexEngine.Compiled {
        final RegexEngine.Compiled d;

        Delegate(RegexEngine.Compiled d) {
            this.d = d;
        }

        @Override
        public int groupCount() {
            return d.groupCount();
        }

        @Override
        public List<int[]> findAll(CharSequence input, RegexEngine.Region region, int maxMatches) {
            return d.findAll(input, region, maxMatches);
        }

        @Override
        public int[] matches(CharSequence input) {
            return d.matches(input);
        }

        @Override
        public int[] lookingAt(CharSequence input) {
            return d.lookingAt(input);
        }

        @Override
        public String replaceAll(CharSequence input, String replacement) {
            return d.replaceAll(input, replacement);
        }

        @Override
        public String[] split(CharSequence input, int limit) {
            return d.split(input, limit);
        }

        @Override
        public boolean[] findThenHitEnd(CharSequence input) {
            return d.findThenHitEnd(input);
        }
    }

    private static Differential.Options fast() {
        Differential.Options o = new Differential.Options();
        o.jdkMillis = 300;
        o.candidateMillis = 500;
        return o;
    }

    private static Differential diff(RegexEngine candidate) {
        return new Differential(new JdkEngine(), candidate, fast());
    }

    @Test
    void jdkAgainstItselfAgrees() {
        Differential.PatternResult r = diff(new JdkEngine("again")).check("(a*)*", 0, List.of("aa", "", "baa"));
        assertEquals(Differential.Outcome.COMPARED, r.outcome);
        assertFalse(r.failed());
        assertEquals(3, r.inputsCompared);
    }

    @Test
    void aWrongGroupSpanIsADisagreement() {
        RegexEngine textbookPikeVm = new Faulty() {
            @Override
            Compiled wrap(Compiled c) {
                return new Delegate(c) {
                    @Override
                    public List<int[]> findAll(CharSequence input, RegexEngine.Region region, int max) {
                        List<int[]> all = d.findAll(input, region, max);
                        if (!all.isEmpty() && all.get(0).length > 2) {
                            all.get(0)[2] = 0; // g1 = (0,2) instead of the JDK's (2,2)
                        }
                        return all;
                    }
                };
            }
        };
        Differential.PatternResult r = diff(textbookPikeVm).check("(a*)*", 0, List.of("aa"));
        assertTrue(r.failed());
        Differential.Disagreement d = r.disagreements.get(0);
        assertEquals("find", d.operation());
        assertEquals("[0,2 g1=2,2][2,2 g1=2,2]", d.jdk());
        assertEquals("[0,2 g1=0,2][2,2 g1=2,2]", d.candidate());
        assertTrue(d.describe("faulty").contains("pattern \"(a*)*\"  flags 0"), d.describe("faulty"));
    }

    @Test
    void acceptingWhatTheJdkRejectsFails() {
        RegexEngine lenient = new Faulty() {
            @Override
            public Compiled compile(String regex, int flags) {
                try {
                    return jdk.compile(regex, flags);
                } catch (PatternSyntaxException e) {
                    return jdk.compile(java.util.regex.Pattern.quote(regex), flags);
                }
            }
        };
        Differential.PatternResult r = diff(lenient).check("a{2,1}", 0, List.of("a"));
        assertEquals(Differential.Outcome.CANDIDATE_ACCEPTS_INVALID, r.outcome);
        assertTrue(r.failed());
    }

    @Test
    void unsupportedIsRecordedNotFailed() {
        RegexEngine noBackrefs = new Faulty() {
            @Override
            public Compiled compile(String regex, int flags) {
                if (regex.contains("\\1")) {
                    throw new UnsupportedPatternException("backreference \\1", "not linear", regex, regex.indexOf("\\1"));
                }
                return jdk.compile(regex, flags);
            }
        };
        Differential.PatternResult r = diff(noBackrefs).check("(a)\\1", 0, List.of("aa"));
        assertEquals(Differential.Outcome.CANDIDATE_UNSUPPORTED, r.outcome);
        assertEquals("backreference", r.rejectCategory);
        assertFalse(r.failed());
        // an invalid pattern rejected as "unsupported" still counts as both rejecting
        assertEquals(Differential.Outcome.BOTH_REJECTED, diff(noBackrefs).check("(\\1", 0, List.of()).outcome);
    }

    @Test
    void rejectingAValidPatternFails() {
        RegexEngine strict = new Faulty() {
            @Override
            public Compiled compile(String regex, int flags) {
                throw new PatternSyntaxException("nope", regex, 0);
            }
        };
        Differential.PatternResult r = diff(strict).check("a", 0, List.of("a"));
        assertEquals(Differential.Outcome.CANDIDATE_REJECTS_VALID, r.outcome);
        assertTrue(r.failed());
    }

    @Test
    void anErrorOrAHangInTheCandidateIsACrash() {
        RegexEngine overflowing = new Faulty() {
            @Override
            Compiled wrap(Compiled c) {
                return new Delegate(c) {
                    @Override
                    public int[] matches(CharSequence input) {
                        throw new StackOverflowError();
                    }
                };
            }
        };
        Differential.PatternResult r = diff(overflowing).check("a", 0, List.of("a"));
        assertEquals(Differential.Outcome.CANDIDATE_CRASHED, r.outcome);
        assertTrue(r.disagreements.get(0).candidate().contains("StackOverflowError"));

        RegexEngine hanging = new Faulty() {
            @Override
            Compiled wrap(Compiled c) {
                return new Delegate(c) {
                    @Override
                    public int[] lookingAt(CharSequence input) {
                        while (true) {
                            Thread.onSpinWait();
                            if (Thread.currentThread().isInterrupted()) {
                                throw new IllegalStateException("interrupted"); // lets the test JVM settle
                            }
                        }
                    }
                };
            }
        };
        long t0 = System.nanoTime();
        Differential d = diff(hanging);
        Differential.PatternResult h = d.check("a", 0, List.of("a"));
        assertEquals(Differential.Outcome.CANDIDATE_CRASHED, h.outcome, () -> h.disagreements.toString());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000);
    }

    @Test
    void aDifferentExceptionIsADisagreement() {
        RegexEngine throwing = new Faulty() {
            @Override
            Compiled wrap(Compiled c) {
                return new Delegate(c) {
                    @Override
                    public String replaceAll(CharSequence input, String replacement) {
                        throw new IllegalStateException("boom");
                    }
                };
            }
        };
        Differential.PatternResult r = diff(throwing).check("a", 0, List.of("a"));
        assertTrue(r.failed());
        assertEquals("threw java.lang.IllegalStateException", r.disagreements.get(0).candidate());
    }

    @Test
    void aJdkTimeoutMeansNoOracleAndDoesNotHang() {
        long t0 = System.nanoTime();
        Differential.PatternResult r = diff(new JdkEngine("again"))
                .check("(.*a){12}$", 0, List.of("ab", "a".repeat(40) + "!", "a".repeat(50) + "!", "aab"));
        assertEquals(Differential.Outcome.COMPARED, r.outcome);
        assertFalse(r.failed());
        assertEquals(1, r.inputsCompared);
        assertEquals(3, r.jdkTimeouts); // the timed-out input and the two skipped after it
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3_000);
    }

    @Test
    void aJdkStackOverflowMeansNoOracle() {
        Differential.PatternResult r = diff(new JdkEngine("again")).check("(a|b)*", 0, List.of("ab".repeat(500_000)));
        assertEquals(Differential.Outcome.COMPARED, r.outcome);
        assertEquals(1, r.jdkFailures);
        assertEquals(0, r.inputsCompared);
    }
}
