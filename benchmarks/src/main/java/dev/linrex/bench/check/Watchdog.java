package dev.linrex.bench.check;

import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one workload on one engine on its own thread (default stack size, as an application
 * thread would have) with a time limit; a run past the limit is cancelled through
 * {@link CancellableText} and reported as {@link Outcome.Kind#LIMIT}.
 */
public final class Watchdog {

    private Watchdog() {
    }

    public static Outcome run(Engine engine, Workload w, long limitMillis) {
        CancellableText.Flag flag = new CancellableText.Flag();
        List<CharSequence> inputs = new ArrayList<>();
        for (String s : w.inputs()) {
            inputs.add(new CancellableText(s, flag));
        }
        AtomicReference<Outcome> result = new AtomicReference<>();
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            List<CompiledRegex> compiled = new ArrayList<>();
            try {
                for (String re : w.regexes()) {
                    compiled.add(engine.compile(re, w.flags()));
                }
            } catch (RuntimeException e) { // each engine has its own syntax exception type
                result.set(new Outcome(Outcome.Kind.UNSUPPORTED, null, describe(e), ms(t0)));
                return;
            } catch (Throwable e) {
                result.set(new Outcome(Outcome.Kind.ERROR, null, "compile: " + describe(e), ms(t0)));
                return;
            }
            try {
                Object v = w.operation().apply(compiled, inputs, w.argument());
                result.set(new Outcome(Outcome.Kind.VALUE, v, null, ms(t0)));
            } catch (CancellableText.Cancelled e) {
                result.set(new Outcome(Outcome.Kind.LIMIT, null, "> " + limitMillis + " ms", ms(t0)));
            } catch (Throwable e) {
                result.set(new Outcome(Outcome.Kind.ERROR, null, describe(e), ms(t0)));
            }
        }, "watchdog-" + engine.name());
        t.setDaemon(true);
        t.start();
        try {
            t.join(limitMillis);
            if (t.isAlive()) {
                flag.cancel();
                t.join(5_000);
                if (t.isAlive()) {
                    System.err.println("WARNING: " + engine.name() + " on " + w.key()
                            + " ignored cancellation and keeps running in the background");
                }
                return new Outcome(Outcome.Kind.LIMIT, null, "> " + limitMillis + " ms", ms(t0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return result.get();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        if (msg != null) {
            msg = msg.lines().findFirst().orElse("");
            if (msg.length() > 120) {
                msg = msg.substring(0, 120) + "…";
            }
        }
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
