package dev.linrex.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Campaign mode ({@code -Dlinrex.fuzz.campaign=true}): a disagreement is recorded instead of
 * failing the try at once, so one long run counts every disagreement it meets (without jqwik's
 * shrinking, which needs the property to fail). {@link FuzzSettings} fails the property at its
 * end if any were recorded, listing the first few. Without campaign mode a disagreement fails
 * the property immediately and jqwik shrinks it to a minimal case.
 */
final class Campaign {
    private static final int KEEP = 25;
    private static final List<String> recorded = new ArrayList<>();
    private static long count;
    private static long tries;
    private static final long STARTED = System.nanoTime();

    private Campaign() {}

    static boolean enabled() {
        return Boolean.getBoolean("linrex.fuzz.campaign");
    }

    /** Fails now (normal mode) or records (campaign mode). */
    static synchronized void disagreement(String message) {
        if (!enabled()) {
            throw new AssertionError(message);
        }
        count++;
        if (recorded.size() < KEEP) {
            recorded.add(message);
            // also at once, so a long run can be acted on (or stopped) before it ends
            System.out.println("[linrex fuzz campaign] disagreement #" + count + ": " + message);
        }
    }

    /** In campaign mode, prints progress every 1,000 tries, so a run stopped early still has figures. */
    static synchronized void tick(String property) {
        if (enabled() && ++tries % 1000 == 0) {
            System.out.printf("[linrex fuzz campaign] %s: %d tries, %d disagreement(s), %.0f s, %s%n", property, tries, count,
                    (System.nanoTime() - STARTED) / 1e9, java.time.Instant.now());
        }
    }

    /** Disagreements recorded since the last call, and resets; null if none. */
    static synchronized String drain() {
        if (count == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(count + " disagreement(s); the first " + recorded.size() + ":");
        for (String r : recorded) {
            sb.append("\n  ").append(r);
        }
        count = 0;
        tries = 0;
        recorded.clear();
        return sb.toString();
    }

    static synchronized long count() {
        return count;
    }
}
