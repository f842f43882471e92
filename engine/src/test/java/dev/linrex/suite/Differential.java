package dev.linrex.suite;

import dev.linrex.UnsupportedPatternException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

/**
 * Compares a candidate engine with java.util.regex on (pattern, flags, inputs).
 *
 * <p>Compile: if the JDK rejects a pattern the candidate must reject it too (any
 * PatternSyntaxException). If the candidate throws {@link UnsupportedPatternException} (a
 * deliberate "not in linear time") the pattern is recorded as rejected for that construct and not
 * compared; {@code dev.linrex.PatternTooLargeException} is recorded the same way. Any other
 * rejection of a pattern the JDK accepts, any other exception, and any {@link Error} is a failure.
 *
 * <p>Inputs: for each input the full {@code find()} sequence with every group's span,
 * {@code matches()}, {@code lookingAt()}, {@code replaceAll}, {@code split} (limits 0 and -1) and,
 * if asked, find in regions and {@code hitEnd/requireEnd}. The JDK runs on a watchdog thread with
 * a deadline; a JDK timeout or StackOverflowError means "no oracle" and the input is not compared.
 * The candidate runs under a longer limit: overrunning it is a failure.
 */
public final class Differential {

    /** Knobs; the defaults suit the hand-written table. */
    public static final class Options {
        /** The JDK's time per compile or per input. */
        public long jdkMillis = 2_000;
        /** The candidate's time per compile or per input; overrunning is a failure. */
        public long candidateMillis = 10_000;
        /** Longest find loop compared (a find loop on n chars has at most n+1 matches). */
        public int maxMatches = 1_000;
        public String replacement = "<$0>";
        public boolean split = true;
        /** hitEnd/requireEnd after the first find, compared unless -Dlinrex.diff.hitEnd=false (the corpus sets its own). */
        public boolean hitEnd = !"false".equals(System.getProperty("linrex.diff.hitEnd"));
        /** Regions to run a find loop in, per input (none by default). */
        public Function<String, List<RegexEngine.Region>> regions = s -> List.of();
        /** After the JDK times out on one input of a pattern, skip the pattern's other inputs. */
        public boolean skipRestAfterJdkTimeout = true;

        public Options copy() {
            Options o = new Options();
            o.jdkMillis = jdkMillis;
            o.candidateMillis = candidateMillis;
            o.maxMatches = maxMatches;
            o.replacement = replacement;
            o.split = split;
            o.hitEnd = hitEnd;
            o.regions = regions;
            o.skipRestAfterJdkTimeout = skipRestAfterJdkTimeout;
            return o;
        }
    }

    /** What happened to a pattern as a whole. */
    public enum Outcome {
        /** Both compiled; the inputs were compared (see the disagreements). */
        COMPARED(false),
        /** Both rejected it. */
        BOTH_REJECTED(false),
        /** The candidate rejected it on purpose (UnsupportedPatternException, PatternTooLarge). */
        CANDIDATE_UNSUPPORTED(false),
        /** The JDK did not finish compiling in time or threw an Error: no oracle. */
        JDK_FAILED(false),
        /** The JDK rejects it, the candidate compiled it. */
        CANDIDATE_ACCEPTS_INVALID(true),
        /** The JDK compiles it, the candidate rejected it without saying it is unsupported. */
        CANDIDATE_REJECTS_VALID(true),
        /** The candidate threw something other than PatternSyntaxException, an Error, or hung. */
        CANDIDATE_CRASHED(true);

        public final boolean failure;

        Outcome(boolean failure) {
            this.failure = failure;
        }
    }

    /** One difference: what the JDK said and what the candidate said for one operation. */
    public record Disagreement(String pattern, int flags, String input, String operation,
                               String jdk, String candidate) {
        /** A multi-line description with Java literals, ready to paste into a test. */
        public String describe(String candidateName) {
            StringBuilder b = new StringBuilder();
            b.append("pattern ").append(Fmt.quote(pattern, 300)).append("  flags ").append(Fmt.flags(flags)).append('\n');
            if (input != null) {
                b.append("  input   ").append(Fmt.quote(input, 300)).append('\n');
            }
            b.append("  op      ").append(operation).append('\n');
            b.append("  jdk     ").append(cut(jdk)).append('\n');
            b.append("  ").append(String.format("%-7s", candidateName)).append(' ').append(cut(candidate)).append('\n');
            return b.toString();
        }

        private static String cut(String s) {
            return s.length() <= 600 ? s : s.substring(0, 600) + "...(" + s.length() + " chars)";
        }
    }

    /** The result for one pattern. */
    public static final class PatternResult {
        public final String pattern;
        public final int flags;
        public Outcome outcome;
        /** For CANDIDATE_UNSUPPORTED: the category ("backreference", "lookaround", ...). */
        public String rejectCategory;
        /** For CANDIDATE_UNSUPPORTED: the construct as the exception names it. */
        public String rejectConstruct;
        public final List<Disagreement> disagreements = new ArrayList<>();
        public int inputsCompared;
        public int jdkTimeouts;
        public int jdkFailures;

        PatternResult(String pattern, int flags) {
            this.pattern = pattern;
            this.flags = flags;
        }

        /** A failure for the test: a failing outcome or any disagreement. */
        public boolean failed() {
            return outcome.failure || !disagreements.isEmpty();
        }
    }

    private final RegexEngine oracle;
    private final RegexEngine candidate;
    private final Options options;
    private final Watchdog jdkWatch = new Watchdog("jdk");
    private final Watchdog candidateWatch = new Watchdog("candidate");

    public Differential(RegexEngine oracle, RegexEngine candidate, Options options) {
        this.oracle = oracle;
        this.candidate = candidate;
        this.options = options;
    }

    public Differential(Options options) {
        this(Engines.oracle(), Engines.candidate(), options);
    }

    public RegexEngine candidate() {
        return candidate;
    }

    /** Workers abandoned after a timeout (threads that may still be running). */
    public int abandonedThreads() {
        return jdkWatch.abandoned() + candidateWatch.abandoned();
    }

    /** Compiles {@code pattern} with both engines and compares them on every input. */
    public PatternResult check(String pattern, int flags, List<String> inputs) {
        PatternResult r = new PatternResult(pattern, flags);
        long grace = 1_000;

        // --- the oracle compiles
        RegexEngine.Compiled jdk = null;
        PatternSyntaxException jdkRejection = null;
        try {
            jdk = jdkWatch.call(() -> oracle.compile(pattern, flags), options.jdkMillis + grace);
        } catch (TimeoutException e) {
            r.outcome = Outcome.JDK_FAILED;
            r.jdkTimeouts++;
            return r;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PatternSyntaxException pse) {
                jdkRejection = pse;
            } else {
                // StackOverflowError in a deeply nested pattern, or a JDK bug: no oracle.
                r.outcome = Outcome.JDK_FAILED;
                r.jdkFailures++;
                return r;
            }
        }

        // --- the candidate compiles
        RegexEngine.Compiled cand = null;
        try {
            cand = candidateWatch.call(() -> candidate.compile(pattern, flags), options.candidateMillis);
        } catch (TimeoutException e) {
            r.outcome = Outcome.CANDIDATE_CRASHED;
            r.disagreements.add(new Disagreement(pattern, flags, null, "compile",
                    jdkRejection == null ? "compiles" : "rejects: " + oneLine(jdkRejection.getDescription()),
                    "still compiling after " + options.candidateMillis + " ms"));
            return r;
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof UnsupportedPatternException u) {
                r.outcome = jdkRejection != null ? Outcome.BOTH_REJECTED : Outcome.CANDIDATE_UNSUPPORTED;
                r.rejectConstruct = u.getConstruct();
                r.rejectCategory = RejectReasons.categorize(u.getConstruct());
                return r;
            }
            if (t instanceof PatternSyntaxException pse) {
                if (jdkRejection != null) {
                    r.outcome = Outcome.BOTH_REJECTED;
                } else if (t.getClass().getSimpleName().equals("PatternTooLargeException")) {
                    r.outcome = Outcome.CANDIDATE_UNSUPPORTED;
                    r.rejectConstruct = oneLine(pse.getDescription());
                    r.rejectCategory = "too large";
                } else {
                    r.outcome = Outcome.CANDIDATE_REJECTS_VALID;
                    r.disagreements.add(new Disagreement(pattern, flags, null, "compile", "compiles",
                            "rejects: " + oneLine(pse.getDescription()) + " at index " + pse.getIndex()));
                }
                return r;
            }
            r.outcome = Outcome.CANDIDATE_CRASHED;
            r.disagreements.add(new Disagreement(pattern, flags, null, "compile",
                    jdkRejection == null ? "compiles" : "rejects: " + oneLine(jdkRejection.getDescription()),
                    "threw " + stack(t)));
            return r;
        }
        if (jdkRejection != null) {
            r.outcome = Outcome.CANDIDATE_ACCEPTS_INVALID;
            r.disagreements.add(new Disagreement(pattern, flags, null, "compile",
                    "rejects: " + oneLine(jdkRejection.getDescription()) + " at index " + jdkRejection.getIndex(),
                    "compiles"));
            return r;
        }

        // --- both compiled: compare on every input
        r.outcome = Outcome.COMPARED;
        final RegexEngine.Compiled jdkC = jdk;
        final RegexEngine.Compiled candC = cand;
        Observation jdkCount = observeGroupCount(jdkC, jdkWatch, options.jdkMillis + grace);
        Observation candCount = observeGroupCount(candC, candidateWatch, options.candidateMillis);
        if (candCount.crash != null) {
            r.outcome = Outcome.CANDIDATE_CRASHED;
            r.disagreements.add(new Disagreement(pattern, flags, null, "groupCount()", jdkCount.values.toString(), candCount.crash));
            return r;
        }
        if (!jdkCount.values.equals(candCount.values)) {
            r.disagreements.add(new Disagreement(pattern, flags, null, "groupCount()",
                    jdkCount.values.get("groupCount()"), candCount.values.get("groupCount()")));
        }
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            Observation want;
            try {
                want = jdkWatch.call(() -> observe(jdkC, input, true), options.jdkMillis + grace);
            } catch (TimeoutException e) {
                want = Observation.timedOut();
            } catch (ExecutionException e) {
                want = Observation.failed(e.getCause());
            }
            if (want.jdkTimedOut) {
                r.jdkTimeouts++;
                if (options.skipRestAfterJdkTimeout) {
                    r.jdkTimeouts += inputs.size() - i - 1;
                    break;
                }
                continue;
            }
            if (want.jdkFailed) {
                r.jdkFailures++;
                continue;
            }
            Observation got;
            try {
                got = candidateWatch.call(() -> observe(candC, input, false), options.candidateMillis);
            } catch (TimeoutException e) {
                got = Observation.crashed("still running after " + options.candidateMillis + " ms");
            } catch (ExecutionException e) {
                got = Observation.crashed("threw " + stack(e.getCause()));
            }
            r.inputsCompared++;
            if (got.crash != null) {
                r.outcome = Outcome.CANDIDATE_CRASHED;
                r.disagreements.add(new Disagreement(pattern, flags, input, "matching", "(see other ops)", got.crash));
                continue;
            }
            for (Map.Entry<String, String> e : want.values.entrySet()) {
                String theirs = got.values.get(e.getKey());
                if (!e.getValue().equals(theirs)) {
                    r.disagreements.add(new Disagreement(pattern, flags, input, e.getKey(), e.getValue(), String.valueOf(theirs)));
                }
            }
        }
        return r;
    }

    /**
     * What one engine did on one input: operation name to printed result (or the exception's class,
     * which must then be the same on both sides). Errors end the observation: on the JDK side they
     * mean "no oracle", on the candidate side they are a failure.
     */
    static final class Observation {
        final Map<String, String> values = new LinkedHashMap<>();
        boolean jdkTimedOut;
        boolean jdkFailed;
        String crash;

        static Observation timedOut() {
            Observation o = new Observation();
            o.jdkTimedOut = true;
            return o;
        }

        static Observation failed(Throwable t) {
            Observation o = new Observation();
            o.jdkFailed = true;
            return o;
        }

        static Observation crashed(String what) {
            Observation o = new Observation();
            o.crash = what;
            return o;
        }
    }

    private Observation observeGroupCount(RegexEngine.Compiled c, Watchdog watch, long millis) {
        try {
            return watch.call(() -> {
                Observation o = new Observation();
                o.values.put("groupCount()", String.valueOf(c.groupCount()));
                return o;
            }, millis);
        } catch (TimeoutException e) {
            return Observation.crashed("groupCount() still running after " + millis + " ms");
        } catch (ExecutionException e) {
            return Observation.crashed("threw " + stack(e.getCause()));
        }
    }

    /** Runs every operation; {@code jdkSide} wraps the input in a {@link DeadlineText}. */
    private Observation observe(RegexEngine.Compiled c, String input, boolean jdkSide) {
        Observation o = new Observation();
        long budget = jdkSide ? options.jdkMillis : Long.MAX_VALUE / 4_000_000L;
        CharSequence text = jdkSide ? new DeadlineText(input, budget) : input;
        try {
            record(o, "find", () -> Fmt.spans(c.findAll(text, null, options.maxMatches)));
            record(o, "matches", () -> Fmt.spans(c.matches(text)));
            record(o, "lookingAt", () -> Fmt.spans(c.lookingAt(text)));
            record(o, "replaceAll(" + Fmt.quote(options.replacement) + ")",
                    () -> Fmt.quote(c.replaceAll(text, options.replacement)));
            if (options.split) {
                record(o, "split(limit 0)", () -> Fmt.strings(c.split(text, 0)));
                record(o, "split(limit -1)", () -> Fmt.strings(c.split(text, -1)));
            }
            for (RegexEngine.Region region : options.regions.apply(input)) {
                record(o, "find in " + region, () -> Fmt.spans(c.findAll(text, region, options.maxMatches)));
            }
            if (options.hitEnd) {
                record(o, "find; hitEnd, requireEnd", () -> {
                    boolean[] h = c.findThenHitEnd(text);
                    return h[0] + ", " + h[1];
                });
            }
        } catch (DeadlineText.Expired e) {
            o.jdkTimedOut = true;
        } catch (Error e) {
            if (jdkSide) {
                o.jdkFailed = true;
            } else {
                o.crash = "threw " + stack(e);
            }
        }
        return o;
    }

    private interface Op {
        String run();
    }

    /** Runtime exceptions are results (the other side must throw the same class); Errors propagate. */
    private static void record(Observation o, String name, Op op) {
        String v;
        try {
            v = op.run();
        } catch (DeadlineText.Expired e) {
            throw e;
        } catch (RuntimeException e) {
            v = "threw " + e.getClass().getName();
        }
        o.values.put(name, v);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("\r", "\\r").replace("\n", "\\n");
        return t.length() <= 200 ? t : t.substring(0, 200) + "...";
    }

    /** Exception class, message and the top frames: enough to find the bug from a report. */
    static String stack(Throwable t) {
        StringBuilder b = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            b.append(": ").append(oneLine(t.getMessage()));
        }
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(5, st.length); i++) {
            b.append("\n             at ").append(st[i]);
        }
        return b.toString();
    }
}
