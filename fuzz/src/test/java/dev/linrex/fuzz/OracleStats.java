package dev.linrex.fuzz;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the oracle could not judge, reported at the end of each property: trials skipped because
 * java.util.regex ran past its deadline or overflowed its stack (linrex is not compared there; it
 * is linear and stackless by design, README "Deliberate differences"), and patterns the JDK
 * rejected (then linrex must reject them the same way, which is compared), and patterns linrex
 * declines by design that the generator does not avoid (groups nested in a repeated fixed-length group).
 */
final class OracleStats {
    static final AtomicLong trials = new AtomicLong();
    static final AtomicLong jdkTimeouts = new AtomicLong();
    static final AtomicLong jdkStackOverflows = new AtomicLong();
    static final AtomicLong jdkRejected = new AtomicLong();
    /** Patterns the JDK accepts and linrex rejects by its lookaround rules (README). */
    static final AtomicLong linrexRejectedLookarounds = new AtomicLong();
    /** Patterns linrex declines by design although the generator makes them (see Differential). */
    static final AtomicLong linrexDeclined = new AtomicLong();

    private OracleStats() {}

    static String summary() {
        return String.format("trials=%d jdkTimeouts=%d jdkStackOverflows=%d jdkRejectedPatterns=%d"
                        + " linrexDeclinedPatterns=%d linrexRejectedLookarounds=%d", trials.get(), jdkTimeouts.get(),
                jdkStackOverflows.get(), jdkRejected.get(), linrexDeclined.get(), linrexRejectedLookarounds.get());
    }
}
