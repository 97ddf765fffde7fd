package org.rulescape.fx.app;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands its outcome back. The FX implementation
 * ({@link FxBackgroundTasks}) wraps {@code javafx.concurrent.Task}, shows the work in the status
 * bar and calls the callbacks on the FX thread; {@link SameThreadBackgroundTasks} runs everything
 * at once on the calling thread, for tests.
 *
 * <p>Exactly one of the callbacks is called, once. A cancelled job calls neither.
 */
public interface BackgroundTasks {

    /**
     * Starts {@code job}.
     *
     * @param title     short description shown in the status bar, for example "Opening run debug"
     * @param job       the work; it should poll {@link TaskProgress#isCancelled()} between steps
     * @param onSuccess receives the job's result
     * @param onFailure receives the exception the job threw
     * @return a handle to cancel the job
     */
    <T> TaskHandle run(String title, BackgroundJob<T> job, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);

    /** Work that reports progress and may be cancelled. */
    @FunctionalInterface
    interface BackgroundJob<T> {
        T call(TaskProgress progress) throws Exception;
    }

    /** What a running job reports and polls; safe to call from the job's thread. */
    interface TaskProgress {
        /** Reports progress as a fraction in [0, 1] (negative for unknown) with a one-line message. */
        void update(double fraction, String message);

        /** Registers work to run when the user cancels, such as cancelling a training token. */
        void onCancel(Runnable action);

        boolean isCancelled();
    }

    /** Handle of a started job. */
    interface TaskHandle {
        /** Requests cancellation; the job stops at its next poll. */
        void cancel();

        boolean isDone();
    }
}
