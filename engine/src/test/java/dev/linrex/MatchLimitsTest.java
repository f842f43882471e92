package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.MatchAbortedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines, work budgets and interrupts each stop a search on hostile patterns with the right
 * {@link Reason}, on the DFA path and on the Pike VM path; without limits the same searches
 * finish. Timing is never measured: a zero deadline is passed at the first check.
 */
class MatchLimitsTest {
    /**
     * Catastrophic for backtracking engines; linear here, but long enough to cross many checks.
     * Its last class is too wide for the required-literal filter, which would otherwise answer
     * "no match" on a text without a y in one vector scan, before any automaton runs.
     */
    static final String HOSTILE = "(x+x+)+[y\\d]";
    static final String XS = "x".repeat(300_000);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    /** The same pattern twice: default engines, and Pike VM only (a DFA budget too small for any DFA). */
    static Pattern[] bothPaths(String re) {
        Pattern pike = Pattern.compileWithDfaCacheBytes(re, 0, 512);
        assertEquals(0, pike.memoryUsage().dfaBytesUsed());
        return new Pattern[] {Pattern.compile(re), pike};
    }

    static MatchAbortedException abort(Matcher m) {
        return assertThrows(MatchAbortedException.class, m::find);
    }

    @Test
    void noLimitsNoException() {
        for (Pattern p : bothPaths(HOSTILE)) {
            Matcher m = p.matcher(XS);
            assertFalse(m.find());
            assertTrue(m.hitEnd());
            assertTrue(p.matcher(XS + "y").matches());
            assertEquals(MatchLimits.NONE, m.limits());
        }
    }

    @Test
    void zeroDeadlineTimesOut() {
        for (Pattern p : bothPaths(HOSTILE)) {
            Matcher m = p.matcher(XS).useLimits(MatchLimits.ofTimeout(Duration.ZERO));
            MatchAbortedException e = abort(m);
            assertEquals(Reason.TIMEOUT, e.reason());
            assertTrue(e.work() >= MatchLimits.CHECK_INTERVAL, "checked only every interval: " + e.work());
            // Documented: a search shorter than one check interval is not checked at all.
            assertTrue(p.matcher("xxy").useLimits(MatchLimits.ofTimeout(Duration.ZERO)).find());
        }
    }

    @Test
    void generousDeadlineLetsSearchFinish() {
        for (Pattern p : bothPaths(HOSTILE)) {
            Matcher m = p.matcher(XS + "y").useLimits(MatchLimits.ofTimeout(Duration.ofDays(365_000_000)));
            assertTrue(m.find());
            assertEquals(0, m.start());
            assertEquals(XS.length() + 1, m.end());
        }
    }

    @Test
    void workBudgetStopsAtTheBudget() {
        for (Pattern p : bothPaths(HOSTILE)) {
            for (long budget : new long[] {0, 1, 4095, 4096, 4097, 50_000}) {
                Matcher m = p.matcher(XS).useLimits(MatchLimits.ofWorkBudget(budget));
                MatchAbortedException e = abort(m);
                assertEquals(Reason.WORK_LIMIT, e.reason());
                assertTrue(e.work() > budget, e.work() + " vs " + budget);
                // DFA scans are exact to the unit; the Pike VM checks once per position (a few units here).
                assertTrue(e.work() <= budget + 64, e.work() + " vs " + budget);
            }
        }
    }

    @Test
    void workBudgetIsPerSearchAndEnoughBudgetFinishes() {
        for (Pattern p : bothPaths(HOSTILE)) {
            // Find how much one search costs, then allow exactly that much: it must pass; one less must not.
            long cost = costOf(p, XS);
            Matcher ok = p.matcher(XS).useLimits(MatchLimits.ofWorkBudget(cost + 64));
            assertFalse(ok.find());
            assertFalse(ok.find()); // a second search gets the whole budget again
            Matcher short1 = p.matcher(XS).useLimits(MatchLimits.ofWorkBudget(cost / 2));
            assertEquals(Reason.WORK_LIMIT, abort(short1).reason());
        }
    }

    /** Work units of one failing find over {@code text}, found by bisection over budgets. */
    static long costOf(Pattern p, String text) {
        long lo = 0;
        long hi = 1L << 40;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            try {
                p.matcher(text).useLimits(MatchLimits.ofWorkBudget(mid)).find();
                hi = mid;
            } catch (MatchAbortedException e) {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Test
    void interruptedThreadStopsAndKeepsItsFlag() {
        for (Pattern p : bothPaths(HOSTILE)) {
            Thread.currentThread().interrupt();
            Matcher m = p.matcher(XS);
            MatchAbortedException e = abort(m);
            assertEquals(Reason.INTERRUPTED, e.reason());
            assertTrue(Thread.currentThread().isInterrupted(), "interrupt flag must stay set");
            // Still interrupted: the retry stops too.
            assertEquals(Reason.INTERRUPTED, abort(m).reason());
            assertTrue(Thread.interrupted());
            assertFalse(m.find()); // flag cleared: the retried search finishes
        }
    }

    @Test
    void interruptsIgnoredWhenAskedTo() {
        for (Pattern p : bothPaths(HOSTILE)) {
            Thread.currentThread().interrupt();
            Matcher m = p.matcher(XS).useLimits(MatchLimits.NONE.withInterruptible(false));
            assertFalse(m.find());
            assertTrue(Thread.interrupted());
        }
    }

    @Test
    void interruptFromAnotherThreadStopsALongRun() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        AtomicLong searches = new AtomicLong();
        Pattern p = Pattern.compile(HOSTILE);
        Thread worker = new Thread(() -> {
            Matcher m = p.matcher(XS);
            started.countDown();
            try {
                while (true) { // ends only by interruption
                    m.reset();
                    m.find();
                    searches.incrementAndGet();
                }
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        worker.start();
        started.await();
        worker.interrupt();
        worker.join(30_000);
        assertFalse(worker.isAlive(), "worker did not stop");
        MatchAbortedException e = assertInstanceOf(MatchAbortedException.class, outcome.get());
        assertEquals(Reason.INTERRUPTED, e.reason());
    }

    @Test
    void abortLeavesNoMatchAndFindRetriesTheSearch() {
        for (Pattern p : bothPaths("(?<tag>T\\d)-(x+x+)+y")) {
            String text = "T1-xxy T2-" + "x".repeat(100_000) + "y T3-xxy";
            Matcher m = p.matcher(text);
            assertTrue(m.find());
            assertEquals("T1-xxy", m.group());
            m.useLimits(MatchLimits.ofWorkBudget(10_000));
            abort(m);
            assertFalse(m.hasMatch());
            assertThrows(IllegalStateException.class, m::group);
            assertThrows(IllegalStateException.class, m::start);
            assertThrows(IllegalStateException.class, () -> m.group("tag"));
            assertFalse(m.hitEnd());
            assertFalse(m.requireEnd());
            assertThrows(IllegalStateException.class, () -> m.appendReplacement(new StringBuilder(), "-"));
            // The next find repeats the aborted search: with the limits lifted it finds T2's match.
            m.useLimits(MatchLimits.NONE);
            assertTrue(m.find());
            assertEquals("T2", m.group("tag"));
            assertEquals(7, m.start());
            assertTrue(m.find());
            assertEquals("T3-xxy", m.group());
            assertFalse(m.find());
            // find(int) aborted, then find() resumes at that start.
            m.useLimits(MatchLimits.ofWorkBudget(10_000));
            assertThrows(MatchAbortedException.class, () -> m.find(5));
            m.useLimits(MatchLimits.NONE);
            assertTrue(m.find());
            assertEquals("T2", m.group(1));
            // reset() starts over.
            m.reset();
            assertTrue(m.find());
            assertEquals("T1-xxy", m.group());
        }
    }

    @Test
    void hitEndAbortedAfterAMatchRepeatsTheSearchThatFoundIt() {
        Pattern p = Pattern.compile("c[ab]*");
        String text = "xc" + "ab".repeat(50_000) + " c";
        Matcher m = p.matcher(text);
        // Budget: enough for the DFAs' find (one unit a character), not for the Pike VM run hitEnd() needs.
        m.useLimits(MatchLimits.ofWorkBudget(2L * text.length() + 1000));
        assertTrue(m.find());
        assertEquals(1, m.start());
        assertThrows(MatchAbortedException.class, m::hitEnd);
        assertFalse(m.hasMatch());
        m.useLimits(MatchLimits.NONE);
        assertTrue(m.find()); // the same search again: the same match, not the next one
        assertEquals(1, m.start());
        assertTrue(m.find());
        assertEquals(text.length() - 1, m.start());
    }

    @Test
    void abortAfterAnEmptyMatchDoesNotRepeatIt() {
        Pattern p = Pattern.compile("x*");
        String text = "ab" + "x".repeat(100_000);
        Matcher m = p.matcher(text);
        assertTrue(m.find());
        assertEquals(0, m.end()); // empty match at 0
        assertTrue(m.find());
        assertEquals(1, m.start()); // empty match at 1
        m.useLimits(MatchLimits.ofWorkBudget(5_000));
        abort(m); // the search from 2 is long
        m.useLimits(MatchLimits.NONE);
        assertTrue(m.find());
        assertEquals(2, m.start()); // not the empty match at 1 again
        assertEquals(text.length(), m.end());
    }

    @Test
    void hitEndAfterADfaSearchRunsItsOwnLimitedSearch() {
        // No groups: the DFAs answer find(); hitEnd() then needs a Pike VM run of the same search,
        // which costs several units per character where the DFA spends one.
        Pattern p = Pattern.compile("[ab]*c");
        String text = "ab".repeat(50_000);
        long dfaCost = costOf(p, text);
        Matcher m = p.matcher(text).useLimits(MatchLimits.ofWorkBudget(dfaCost + 64));
        assertFalse(m.find());
        MatchAbortedException e = assertThrows(MatchAbortedException.class, m::hitEnd);
        assertEquals(Reason.WORK_LIMIT, e.reason());
        assertFalse(m.hitEnd()); // nothing left to compute: no match, flags cleared
        assertFalse(m.requireEnd());
        // find() repeats the search whose flags were being computed.
        m.useLimits(MatchLimits.NONE);
        assertFalse(m.find());
        assertTrue(m.hitEnd());
        m.useLimits(MatchLimits.NONE).reset();
        assertFalse(m.find());
        assertTrue(m.hitEnd());
    }

    @Test
    void matchesAndLookingAtAbortToo() {
        for (Pattern p : bothPaths(HOSTILE)) {
            Matcher m = p.matcher(XS).useLimits(MatchLimits.ofWorkBudget(1000));
            assertEquals(Reason.WORK_LIMIT, assertThrows(MatchAbortedException.class, m::matches).reason());
            assertEquals(Reason.WORK_LIMIT, assertThrows(MatchAbortedException.class, m::lookingAt).reason());
            assertThrows(MatchAbortedException.class, () -> m.replaceAll("z"));
            assertThrows(MatchAbortedException.class, () -> p.withLimits(MatchLimits.ofWorkBudget(1000)).split(XS));
            assertFalse(m.hasMatch());
        }
    }

    @Test
    void patternLimitsAreInheritedAndOverridable() {
        MatchLimits small = MatchLimits.ofWorkBudget(1000);
        Pattern limited = Pattern.compile(HOSTILE, 0, small);
        assertEquals(small, limited.limits());
        assertEquals(small, limited.matcher("").limits());
        assertThrows(MatchAbortedException.class, () -> limited.matcher(XS).find());
        assertThrows(MatchAbortedException.class, () -> limited.asPredicate().test(XS));
        assertFalse(limited.matcher(XS).useLimits(MatchLimits.NONE).find());

        // withLimits: a view with other defaults sharing the compiled engines and caches.
        Pattern free = limited.withLimits(MatchLimits.NONE);
        assertSame(limited.strategy(), free.strategy());
        assertSame(free, free.withLimits(MatchLimits.NONE));
        assertEquals(HOSTILE, free.pattern());
        assertFalse(free.matcher(XS).find());
        assertEquals(limited.memoryUsage(), free.memoryUsage());
        assertNotEquals(0, limited.memoryUsage().dfaBytesUsed());

        // usePattern: the new pattern's limits unless the matcher has its own.
        Matcher m = free.matcher(XS);
        m.usePattern(limited);
        assertEquals(small, m.limits());
        MatchLimits own = MatchLimits.ofTimeout(Duration.ofHours(1));
        m.useLimits(own).usePattern(free);
        assertEquals(own, m.limits());
        m.reset();
        assertEquals(own, m.limits());
    }

    @Test
    void limitsValueSemantics() throws Exception {
        MatchLimits l = MatchLimits.ofTimeout(Duration.ofMillis(5)).withWorkBudget(10).withInterruptible(false);
        assertEquals(Duration.ofMillis(5), l.timeout().orElseThrow());
        assertEquals(10, l.workBudget().orElseThrow());
        assertFalse(l.interruptible());
        assertTrue(l.withoutTimeout().timeout().isEmpty());
        assertTrue(l.withoutWorkBudget().workBudget().isEmpty());
        assertTrue(MatchLimits.NONE.interruptible());
        assertTrue(MatchLimits.NONE.timeout().isEmpty());
        assertTrue(MatchLimits.NONE.workBudget().isEmpty());
        assertEquals(l, MatchLimits.NONE.withInterruptible(false).withWorkBudget(10).withTimeout(Duration.ofMillis(5)));
        assertEquals(l.hashCode(), MatchLimits.ofWorkBudget(10).withTimeout(Duration.ofMillis(5)).withInterruptible(false).hashCode());
        assertThrows(IllegalArgumentException.class, () -> MatchLimits.ofWorkBudget(-1));
        assertThrows(IllegalArgumentException.class, () -> MatchLimits.ofTimeout(Duration.ofNanos(-1)));
        assertThrows(NullPointerException.class, () -> MatchLimits.ofTimeout(null));
        assertThrows(NullPointerException.class, () -> Pattern.compile("a").matcher("a").useLimits(null));
        assertThrows(NullPointerException.class, () -> Pattern.compile("a", 0, null));
        assertTrue(l.toString().contains("workBudget=10"));

        // A pattern's limits survive serialization.
        Pattern p = Pattern.compile("a+", Pattern.CASE_INSENSITIVE, l);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        Pattern back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Pattern) in.readObject();
        }
        assertEquals(l, back.limits());
        assertEquals(Pattern.CASE_INSENSITIVE, back.flags());
    }

    @Test
    void hugeDeadlineDoesNotOverflow() {
        Matcher m = Pattern.compile(HOSTILE).matcher(XS)
                .useLimits(MatchLimits.ofTimeout(Duration.ofSeconds(Long.MAX_VALUE)));
        assertFalse(m.find());
    }
}
