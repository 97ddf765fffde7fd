package org.rulescape.fx.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.fx.app.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a training run as a background job: the job starts the session, reports overall
 * progress to the status bar, forwards a status-bar cancel to the session and, whatever
 * happens, tells the run's view model when the work ended.
 */
public final class RunLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(RunLauncher.class);
    private static final long POLL_MILLIS = 100;

    private final TrainingService service;
    private final BackgroundTasks tasks;

    public RunLauncher(TrainingService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /**
     * Creates the run's view model and starts training it. Returns at once with the FX
     * implementation of {@link BackgroundTasks}; with the same-thread one, after training ended.
     *
     * @param directory where the run is recorded
     */
    public RunViewModel launch(ExperimentConfig config, Path directory) {
        String name = directory.getFileName().toString();
        RunViewModel run = new RunViewModel(name, directory, config, RunStatus.RUNNING);
        long totalSteps = (long) config.seedCount() * config.metaSteps();
        LOG.info("Starting run {} in {}: {} seeds x {} meta-steps", name, directory, config.seedCount(),
                config.metaSteps());

        tasks.run("Training " + name, progress -> {
            try {
                TrainingSession session = service.start(config, directory, run.listener());
                run.attach(session);
                progress.onCancel(run::cancel);
                while (!session.isDone()) {
                    int seen = run.stepsSeen();
                    progress.update((double) seen / totalSteps, String.format(Locale.ROOT,
                            "%d of %d meta-steps", seen, totalSteps));
                    Thread.sleep(POLL_MILLIS);
                }
                List<SeedResult> results = session.await();
                LOG.info("Run {} ended{}", name, run.isCancelRequested() ? " after cancellation" : "");
                return results;
            } catch (ExecutionException e) {
                run.failed(e.getCause());
                throw e;
            } catch (Exception e) {
                run.failed(e);
                throw e;
            } finally {
                run.ended();
            }
        }, results -> { }, error -> { });
        return run;
    }

    /**
     * Continues the interrupted run shown by {@code run} in the background through
     * {@link TrainingService#resume}. The resumed job records to the run's directory, and the
     * caller follows it from there: {@code onStarted} runs on the worker thread once the job
     * has taken the run over, and {@code onEnded} once it ended, whether it finished, was
     * cancelled or failed. A failure to start sets the run's message.
     */
    public void resume(RunViewModel run, Runnable onStarted, Runnable onEnded) {
        Path directory = run.directory();
        RunStatus before = run.status();
        run.prepareResume();
        run.setStoredStatus(RunStatus.RUNNING, "resuming");
        LOG.info("Resuming run {} in {}", run.name(), directory);
        tasks.run("Resuming " + run.name(), progress -> {
            try {
                TrainingSession session = service.resume(directory, TrainingListener.NONE);
                run.attach(session);
                progress.onCancel(run::cancel);
                onStarted.run();
                while (!session.isDone()) {
                    Thread.sleep(POLL_MILLIS);
                }
                List<SeedResult> results = session.await();
                LOG.info("Resumed run {} ended{}", run.name(), run.isCancelRequested() ? " after cancellation" : "");
                return results;
            } finally {
                onEnded.run();
            }
        }, results -> { }, error -> {
            LOG.warn("Resuming run {} failed", directory, error);
            run.setStoredStatus(before, "resume failed: " + error.getMessage());
        });
    }
}
