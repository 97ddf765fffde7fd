package org.rulescape.fx.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs as {@link Task}s on daemon threads. Must be used from the FX thread: {@link #run}
 * adds the task to {@link #tasks()} (which the status bar shows) and the callbacks run on the FX
 * thread. Failures are logged here, once, before the failure callback runs: a
 * {@link UserFacingException} as one INFO line, any other failure as a warning with its stack
 * trace. Callbacks show them to the user and need not log them again.
 */
public final class FxBackgroundTasks implements BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);

    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "workbench-background-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ObservableList<Task<?>> tasks = FXCollections.observableArrayList();
    // One wrapper for all callers: a wrapper holds only a weak listener on the list it wraps, so
    // listeners added to a discarded wrapper would stop firing once it is garbage-collected.
    private final ObservableList<Task<?>> readOnlyTasks = FXCollections.unmodifiableObservableList(tasks);

    /** Running tasks, oldest first; changed on the FX thread only. */
    public ObservableList<Task<?>> tasks() {
        return readOnlyTasks;
    }

    @Override
    public <T> TaskHandle run(String title, BackgroundJob<T> job, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        JobTask<T> task = new JobTask<>(title, job);
        task.setOnSucceeded(event -> {
            tasks.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            tasks.remove(task);
            Throwable error = task.getException();
            if (error instanceof UserFacingException) {
                LOG.info("Background job '{}' stopped: {}", title, error.getMessage());
            } else {
                LOG.warn("Background job '{}' failed", title, error);
            }
            onFailure.accept(error);
        });
        task.setOnCancelled(event -> {
            tasks.remove(task);
            LOG.info("Background job '{}' cancelled", title);
        });
        tasks.add(task);
        executor.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /** Stops accepting jobs; running ones continue on daemon threads until the JVM exits. */
    public void shutdown() {
        executor.shutdownNow();
    }

    private static final class JobTask<T> extends Task<T> implements TaskProgress {
        private final BackgroundJob<T> job;
        private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();

        JobTask(String title, BackgroundJob<T> job) {
            this.job = job;
            updateTitle(title);
            updateProgress(-1, 1);
        }

        @Override
        protected T call() throws Exception {
            return job.call(this);
        }

        @Override
        public void update(double fraction, String message) {
            if (fraction < 0) {
                updateProgress(-1, 1);
            } else {
                updateProgress(Math.min(1.0, fraction), 1.0);
            }
            updateMessage(message);
        }

        @Override
        public void onCancel(Runnable action) {
            cancelActions.add(action);
            if (isCancelled()) {
                action.run();
            }
        }

        @Override
        protected void cancelled() {
            cancelActions.forEach(Runnable::run);
        }
    }
}
