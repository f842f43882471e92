package dev.linrex.bench.report;

import java.util.List;
import java.util.Locale;

/** Number formatting for the Markdown report. */
final class Format {

    private Format() {
    }

    /** A duration given in ns, with a unit that keeps 3 significant digits. */
    static String time(double nanos) {
        if (Double.isNaN(nanos)) {
            return "–";
        }
        if (nanos < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", nanos);
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.3g µs", nanos / 1e3);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.3g ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.3g s", nanos / 1e9);
    }

    static String ratio(double r) {
        if (Double.isNaN(r)) {
            return "–";
        }
        return r >= 100 ? String.format(Locale.ROOT, "%.0f×", r) : String.format(Locale.ROOT, "%.2f×", r);
    }

    /** Million UTF-16 chars per second. */
    static String throughput(long chars, double nanos) {
        if (Double.isNaN(nanos) || nanos <= 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f", chars / (nanos / 1e9) / 1e6);
    }

    static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "–";
        }
        if (b < 10_240) {
            return String.format(Locale.ROOT, "%.0f B", b);
        }
        if (b < 10 * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", b / 1024);
        }
        return String.format(Locale.ROOT, "%.1f MiB", b / 1024 / 1024);
    }

    static double geomean(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : xs) {
            s += Math.log(x);
        }
        return Math.exp(s / xs.size());
    }

    static double median(List<Double> xs) {
        return percentile(xs, 50);
    }

    static double percentile(List<Double> xs, double p) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = xs.stream().sorted().toList();
        double rank = p / 100 * (sorted.size() - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (rank - lo);
    }

    /** Markdown table cell text: pipes escaped. */
    static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
