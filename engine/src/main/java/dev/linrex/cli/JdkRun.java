package dev.linrex.cli;

/**
 * Times one java.util.regex search on a daemon thread, giving up after a time limit (for demo
 * and check). The input is read through a {@link StoppableText}, so giving up also stops the
 * thread soon after.
 */
final class JdkRun {
    private JdkRun() {}

    /** What happened: a time, a give-up, or an error such as StackOverflowError. */
    record Result(long nanos, boolean gaveUp, Throwable error, boolean found) {
        String describe(String limitText) {
            if (gaveUp) {
                return "gave up after " + limitText;
            }
            if (error != null) {
                return error.getClass().getSimpleName();
            }
            return Demo.millis(nanos);
        }
    }

    static Result time(java.util.regex.Pattern pattern, String text, boolean matches, long limitNanos) {
        StoppableText input = new StoppableText(text);
        long[] nanos = {-1};
        boolean[] found = {false};
        Throwable[] error = {null};
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                java.util.regex.Matcher m = pattern.matcher(input);
                found[0] = matches ? m.matches() : m.find();
                nanos[0] = System.nanoTime() - t0;
            } catch (StoppableText.Stopped e) {
                // given up on; nothing to report
            } catch (StackOverflowError | RuntimeException e) {
                error[0] = e;
            }
        }, "java.util.regex timed run");
        t.setDaemon(true);
        t.start();
        try {
            t.join(Math.max(1, limitNanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            input.stop();
            return new Result(-1, true, null, false);
        }
        // join() orders the thread's writes before these reads.
        return new Result(nanos[0], false, error[0], found[0]);
    }
}
