package dev.linrex.cli;

import dev.linrex.Pattern;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * {@code linrex demo}: java.util.regex against linrex on inputs that make a backtracking engine
 * slow, with the time each takes as the input grows.
 *
 * <p>java.util.regex runs on its own daemon thread over a {@link StoppableText}, so a run that
 * passes the time limit is stopped (the text throws on its next read) instead of spinning on.
 * Once a row gives up, larger inputs are not tried for java.util.regex.
 */
final class Demo implements Command {
    private static final double DEFAULT_LIMIT_SECONDS = 3;

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "time java.util.regex and linrex on patterns that make backtracking slow"
                + " (--quick: small inputs only)";
    }

    /** One table: a pattern, how its input grows, and whether the whole input must match. */
    private record Case(String title, String regex, String note, int[] sizes, IntFunction<String> input,
                        boolean matches) {}

    private static final String CLOUDFLARE =
            "(?:(?:\\\"|'|\\]|\\}|\\\\|\\d|(?:nan|infinity|true|false|null|undefined|symbol|math)|\\`|\\-|\\+)+[)]*;?"
                    + "((?:\\s|-|~|!|\\{\\}|\\|\\||\\+)*.*(?:.*=.*)))";

    private static List<Case> cases() {
        return List.of(
                new Case("Nested quantifier, lazy outer loop", "(x+)+?y",
                        "Plain (x+)+y is fast in java.util.regex: it memoises that one loop shape.\n"
                                + "Make the outer loop lazy (or counted, below) and it is exponential.",
                        new int[] {10, 15, 20, 25, 30}, n -> "x".repeat(n), false),
                new Case("Nested quantifier, counted outer loop", "(?:x+){1,99}y", null,
                        new int[] {10, 15, 20, 25, 30}, n -> "x".repeat(n), false),
                new Case("Cloudflare WAF rule (outage of 2 July 2019)", CLOUDFLARE,
                        "Input: \"math x=\" followed by n times \"x\". Quadratic in a backtracking engine.",
                        new int[] {1_000, 2_000, 5_000, 10_000, 20_000, 40_000},
                        n -> "math x=" + "x".repeat(n), false),
                new Case("Trailing whitespace (Stack Exchange outage of 20 July 2016)", "\\s+$",
                        "Input: n spaces, then \"x\". find() retries from every space: quadratic.",
                        new int[] {1_000, 2_000, 5_000, 10_000, 20_000, 40_000},
                        n -> " ".repeat(n) + "x", false));
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        boolean quick = false;
        double limitSeconds = DEFAULT_LIMIT_SECONDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--time-limit" -> {
                    if (i + 1 == args.length) {
                        err.println("demo: --time-limit needs a number of seconds");
                        return 2;
                    }
                    try {
                        limitSeconds = Double.parseDouble(args[++i]);
                    } catch (NumberFormatException e) {
                        err.println("demo: not a number of seconds: " + args[i]);
                        return 2;
                    }
                }
                default -> {
                    err.println("demo: unknown option " + args[i]
                            + " (options: --quick, --time-limit <seconds>)");
                    return 2;
                }
            }
        }
        long limitNanos = (long) (limitSeconds * 1e9);
        String limitText = formatSeconds(limitSeconds);

        out.println("linrex demo: java.util.regex (backtracking) against linrex (linear time).");
        out.println("Times are for one search on a fresh matcher; java.util.regex is stopped after "
                + limitText + ".");
        int number = 0;
        for (Case c : cases()) {
            number++;
            out.println();
            out.printf("%d. %s%n   pattern: %s%n", number, c.title(), c.regex());
            if (c.note() != null) {
                for (String line : c.note().split("\n")) {
                    out.println("   " + line);
                }
            }
            out.printf("   %8s  %20s  %12s%n", "n", "java.util.regex", "linrex");
            boolean jdkGaveUp = false;
            int[] sizes = quick ? new int[] {c.sizes()[0], c.sizes()[1]} : c.sizes();
            java.util.regex.Pattern jdk = java.util.regex.Pattern.compile(c.regex());
            Pattern ours = Pattern.compile(c.regex());
            for (int n : sizes) {
                String text = c.input().apply(n);
                String jdkCell;
                if (jdkGaveUp) {
                    jdkCell = "-";
                } else {
                    JdkRun.Result r = JdkRun.time(jdk, text, c.matches(), limitNanos);
                    jdkCell = r.describe(limitText);
                    jdkGaveUp = r.gaveUp();
                }
                long t0 = System.nanoTime();
                boolean found = c.matches() ? ours.matcher(text).matches() : ours.matcher(text).find();
                long nanos = System.nanoTime() - t0;
                out.printf("   %8s  %20s  %12s%s%n", group(n), jdkCell, millis(nanos), found ? "  (match)" : "");
            }
        }

        out.println();
        number++;
        int length = quick ? 100_000 : 1_000_000;
        out.printf("%d. Deep alternation loop: (a|b)* matches() on %s chars of \"abab...\"%n", number, group(length));
        String abab = "ab".repeat(length / 2);
        JdkRun.Result r = JdkRun.time(java.util.regex.Pattern.compile("(a|b)*"), abab, true, limitNanos);
        out.printf("   java.util.regex: %s%n", r.describe(limitText));
        long t0 = System.nanoTime();
        boolean ok = Pattern.compile("(a|b)*").matcher(abab).matches();
        out.printf("   linrex:          %s (%s)%n", millis(System.nanoTime() - t0), ok ? "match" : "no match");

        out.println();
        number++;
        out.printf("%d. Constructs that need backtracking are rejected when the pattern is compiled:%n", number);
        try {
            Pattern.compile("(a)\\1");
            out.println("   (a)\\1 compiled (unexpected)");
        } catch (java.util.regex.PatternSyntaxException e) {
            out.println("   Pattern.compile(\"(a)\\\\1\") throws " + e.getClass().getSimpleName() + ":");
            for (String line : e.getMessage().split("\n")) {
                out.println("     " + line);
            }
        }
        out.println();
        out.println("(java.util.regex reads its input through a wrapper that lets a run be stopped;"
                + " that costs it a little.)");
        return 0;
    }

    static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms)
                : ms < 1000 ? String.format(Locale.ROOT, "%.1f ms", ms)
                : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    private static String group(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String formatSeconds(double s) {
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f s", s) : String.format(Locale.ROOT, "%.1f s", s);
    }
}
