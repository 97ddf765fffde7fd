package org.rulescape.fx.perturbation;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.rulescape.fx.app.BackgroundTasks;

/**
 * Runs each job on its own thread, like the FX implementation, but hands callbacks to the test
 * thread, which plays the FX thread by calling {@link #pump}.
 */
final class ThreadedTestTasks implements BackgroundTasks {
    private final ConcurrentLinkedQueue<Runnable> callbacks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();

    @Override
    public <T> TaskHandle run(String title, BackgroundJob<T> job, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Handle handle = new Handle();
        pending.incrementAndGet();
        Thread thread = new Thread(() -> {
            try {
                T result = job.call(handle);
                callbacks.add(() -> {
                    if (!handle.cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                callbacks.add(() -> onFailure.accept(e));
            } finally {
                handle.done.set(true);
                callbacks.add(pending::decrementAndGet);
            }
        }, "test-background-" + title);
        thread.setDaemon(true);
        thread.start();
        return handle;
    }

    /** Runs the callbacks that arrived so far on the calling thread. */
    void pump() {
        Runnable callback;
        while ((callback = callbacks.poll()) != null) {
            callback.run();
        }
    }

    /** True when every job has ended and its callbacks ran. */
    boolean idle() {
        return pending.get() == 0 && callbacks.isEmpty();
    }

    private static final class Handle implements TaskHandle, TaskProgress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();

        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public void onCancel(Runnable action) {
            cancelActions.add(action);
            if (cancelled.get()) {
                action.run();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
            cancelActions.forEach(Runnable::run);
        }

        @Override
        public boolean isDone() {
            return done.get();
        }
    }
}
