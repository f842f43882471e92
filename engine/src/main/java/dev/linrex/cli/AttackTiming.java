package dev.linrex.cli;

import dev.linrex.analysis.Finding;
import dev.linrex.analysis.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link Finding}'s attack on java.util.regex with more and more pumps until one run
 * passes the cut-off (or the sizes run out), and times linrex on the last string tried. The JDK
 * runs on a watchdog thread ({@link JdkRun}), so a run that passes the cut-off costs the
 * cut-off and no more.
 */
final class AttackTiming {
    private AttackTiming() {}

    /** Pump counts tried for exponential findings: each step multiplies backtracking work. */
    private static final int[] EXPONENTIAL_PUMPS = {8, 12, 16, 20, 24, 28, 32, 40, 48, 64};
    static final int LAST_EXPONENTIAL_PUMPS = EXPONENTIAL_PUMPS[EXPONENTIAL_PUMPS.length - 1];
    /** Attack lengths (characters) tried for polynomial findings. */
    private static final int[] POLYNOMIAL_LENGTHS = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000};

    /** One java.util.regex run: how many pumps, how long the text, and its time (or that it was given up). */
    record Run(int pumps, int length, long jdkNanos, boolean gaveUp, String error) {}

    /** All runs, and linrex's time on the last text. */
    record Outcome(List<Run> runs, long linrexNanos) {
        Run last() {
            return runs.get(runs.size() - 1);
        }
    }

    static Outcome time(String regex, int flags, Finding f, Usage usage, long cutoffNanos) {
        java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(regex, flags);
        boolean matches = usage == Usage.MATCHES;
        List<Run> runs = new ArrayList<>();
        String text = null;
        for (int pumps : pumpCounts(f)) {
            text = f.attack(pumps);
            JdkRun.Result r = JdkRun.time(jdk, text, matches, cutoffNanos);
            String error = r.error() == null ? null : r.error().getClass().getSimpleName();
            runs.add(new Run(pumps, text.length(), r.nanos(), r.gaveUp(), error));
            if (r.gaveUp() || error != null) {
                break;
            }
        }
        return new Outcome(runs, linrexNanos(regex, flags, text, matches));
    }

    /**
     * Exponential findings start with few pumps; if java.util.regex resists (it memoises some
     * loop shapes), the long inputs used for polynomial findings follow, since find()'s retries
     * can still make it super-linear.
     */
    private static int[] pumpCounts(Finding f) {
        int fixed = f.prefix().length() + f.suffix().length();
        int[] counts = new int[POLYNOMIAL_LENGTHS.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.max(1, (POLYNOMIAL_LENGTHS[i] - fixed) / f.pump().length());
        }
        if (f.complexity() != Finding.Complexity.EXPONENTIAL) {
            return counts;
        }
        int[] all = java.util.Arrays.copyOf(EXPONENTIAL_PUMPS, EXPONENTIAL_PUMPS.length + counts.length);
        System.arraycopy(counts, 0, all, EXPONENTIAL_PUMPS.length, counts.length);
        return all;
    }

    /** linrex's time for one search on {@code text}, or -1 if linrex does not accept the pattern. */
    static long linrexNanos(String regex, int flags, String text, boolean matches) {
        dev.linrex.Pattern p;
        try {
            p = dev.linrex.Pattern.compile(regex, flags);
        } catch (RuntimeException e) {
            return -1;
        }
        long t0 = System.nanoTime();
        if (matches) {
            p.matcher(text).matches();
        } else {
            p.matcher(text).find();
        }
        return System.nanoTime() - t0;
    }
}
