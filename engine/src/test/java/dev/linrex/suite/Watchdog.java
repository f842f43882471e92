package dev.linrex.suite;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a task on a worker thread and waits at most a given time. A task that overruns is abandoned
 * (its daemon thread keeps running until it ends on its own, or until {@link DeadlineText} stops
 * it) and the next task gets a fresh worker, so one runaway never blocks the rest of a run.
 */
final class Watchdog {
    /**
     * Stack of each worker: 0 means the JVM default (-Xss), what a user's thread has, so a JDK
     * StackOverflowError here is one a user would see too.
     */
    private static final long STACK_BYTES = 0;

    private final String name;
    private Worker worker;
    private int abandoned;

    Watchdog(String name) {
        this.name = name;
    }

    /** Workers given up on so far (each one is a thread that may still be burning CPU). */
    int abandoned() {
        return abandoned;
    }

    /**
     * The task's result.
     *
     * @throws TimeoutException after {@code millis}; the task is abandoned
     * @throws ExecutionException with whatever the task threw (Errors included)
     */
    <T> T call(Callable<T> task, long millis) throws TimeoutException, ExecutionException {
        if (worker == null) {
            worker = new Worker(name + "-" + abandoned);
        }
        Job<T> job = new Job<>(task);
        worker.submit(job);
        try {
            if (!job.done.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                worker.retire();
                worker = null;
                abandoned++;
                throw new TimeoutException(name + " task still running after " + millis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        }
        if (job.failure.get() != null) {
            throw new ExecutionException(job.failure.get());
        }
        return job.result;
    }

    private static final class Job<T> implements Runnable {
        final Callable<T> task;
        final java.util.concurrent.Semaphore done = new java.util.concurrent.Semaphore(0);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile T result;

        Job(Callable<T> task) {
            this.task = task;
        }

        @Override
        public void run() {
            try {
                result = task.call();
            } catch (Throwable t) { // Errors too: they are what we are looking for
                failure.set(t);
            } finally {
                done.release();
            }
        }
    }

    private static final class Worker implements Runnable {
        private final SynchronousQueue<Runnable> queue = new SynchronousQueue<>();
        private final Thread thread;
        private volatile boolean retired;

        Worker(String name) {
            thread = new Thread(null, this, name, STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        }

        void submit(Runnable job) {
            try {
                queue.put(job);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void retire() {
            retired = true;
            thread.interrupt();
        }

        @Override
        public void run() {
            while (!retired) {
                try {
                    queue.take().run();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
