package org.rulescape.fx.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs each job immediately on the calling thread and calls the callback before
 * {@link #run} returns. For tests of view models, which then need neither the FX thread nor waits.
 */
public final class SameThreadBackgroundTasks implements BackgroundTasks {
    private final List<String> titles = new ArrayList<>();

    @Override
    public <T> TaskHandle run(String title, BackgroundJob<T> job, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        titles.add(title);
        Progress progress = new Progress();
        T result;
        try {
            result = job.call(progress);
        } catch (Exception e) {
            onFailure.accept(e);
            return progress;
        }
        if (!progress.cancelled) {
            onSuccess.accept(result);
        }
        return progress;
    }

    /** Titles of every job run so far, in order. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    private static final class Progress implements TaskProgress, TaskHandle {
        private final List<Runnable> cancelActions = new ArrayList<>();
        private boolean cancelled;

        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public void onCancel(Runnable action) {
            cancelActions.add(action);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void cancel() {
            cancelled = true;
            cancelActions.forEach(Runnable::run);
        }

        @Override
        public boolean isDone() {
            return true;
        }
    }
}
