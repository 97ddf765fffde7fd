package org.rulescape.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;

/**
 * Shows training progress on stderr: on a terminal a bar redrawn in place with a carriage return
 * ten times a second, otherwise a plain line every {@link #PLAIN_INTERVAL_SECONDS} seconds. The
 * ETA extrapolates the meta-step rate of this session.
 */
final class ProgressReporter implements TrainingListener, AutoCloseable {
    static final int PLAIN_INTERVAL_SECONDS = 5;
    private static final int BAR_WIDTH = 24;

    private final ExperimentConfig config;
    private final PrintStream out;
    private final boolean terminal;
    private final AtomicIntegerArray stepsDone;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger diverged = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private final AtomicInteger sessionSteps = new AtomicInteger();
    private int lastLength;

    ProgressReporter(ExperimentConfig config, PrintStream out, boolean terminal) {
        this.config = config;
        this.out = out;
        this.terminal = terminal;
        this.stepsDone = new AtomicIntegerArray(config.seedCount());
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rulescape-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Counts seeds kept from an earlier session of a resumed run as finished. */
    void alreadyFinished(SeedResult result) {
        stepsDone.set(index(result.seed()), config.metaSteps());
        finished.incrementAndGet();
        if (result.state() == SeedState.DIVERGED) {
            diverged.incrementAndGet();
        }
    }

    void start() {
        long period = terminal ? 100 : PLAIN_INTERVAL_SECONDS * 1000L;
        timer.scheduleAtFixedRate(this::draw, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void seedStarted(long seed, int step) {
        stepsDone.set(index(seed), step);
    }

    @Override
    public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
        stepsDone.set(index(seed), step + 1);
        sessionSteps.incrementAndGet();
    }

    @Override
    public void seedFinished(SeedResult result) {
        if (result.state() == SeedState.CANCELLED) {
            // A cancelled seed stops where it was; a resume trains its remaining meta-steps.
            stepsDone.set(index(result.seed()), result.stepsRecorded());
            cancelled.incrementAndGet();
            return;
        }
        stepsDone.set(index(result.seed()), config.metaSteps());
        finished.incrementAndGet();
        if (result.state() == SeedState.DIVERGED) {
            diverged.incrementAndGet();
        } else if (result.state() == SeedState.FAILED) {
            failed.incrementAndGet();
        }
    }

    private int index(long seed) {
        return (int) (seed - config.firstSeed());
    }

    private long totalDone() {
        long sum = 0;
        for (int i = 0; i < stepsDone.length(); i++) {
            sum += stepsDone.get(i);
        }
        return sum;
    }

    /** Returns the progress line without any carriage return. */
    String line() {
        long total = (long) config.seedCount() * config.metaSteps();
        long done = totalDone();
        double elapsed = (System.nanoTime() - startNanos) * 1e-9;
        double fraction = total == 0 ? 1.0 : (double) done / total;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);

        int steps = sessionSteps.get();
        String eta = "--:--";
        if (done >= total) {
            eta = clock(0);
        } else if (steps > 0) {
            eta = clock(elapsed * (total - done) / steps);
        }
        StringBuilder line = new StringBuilder();
        line.append(String.format("[%s] %3d%% %d/%d meta-steps, seeds %d/%d done", bar, (int) (fraction * 100), done,
                total, finished.get(), config.seedCount()));
        if (diverged.get() > 0) {
            line.append(", ").append(diverged.get()).append(" diverged");
        }
        if (failed.get() > 0) {
            line.append(", ").append(failed.get()).append(" failed");
        }
        if (cancelled.get() > 0) {
            line.append(", ").append(cancelled.get()).append(" cancelled");
        }
        line.append(", elapsed ").append(clock(elapsed));
        if (cancelled.get() == 0) {
            line.append(", ETA ").append(eta);
        }
        return line.toString();
    }

    private synchronized void draw() {
        String line = line();
        if (terminal) {
            String padding = " ".repeat(Math.max(0, lastLength - line.length()));
            out.print("\r" + line + padding);
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String clock(double seconds) {
        long whole = Math.round(seconds);
        if (whole >= 3600) {
            return String.format("%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
        }
        return String.format("%d:%02d", whole / 60, whole % 60);
    }

    /** Stops redrawing and leaves the final state of the bar on its own line. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw();
        if (terminal) {
            out.println();
        }
    }
}
