package org.rulescape.fx.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.TrainingListener;

/**
 * Training listener that only enqueues: worker threads add events without blocking, and the FX
 * thread takes them all at once, at most once per frame ({@link #drain()}).
 */
final class TrainingEventQueue implements TrainingListener {
    private final ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger stepsSeen = new AtomicInteger();

    @Override
    public void seedStarted(long seed, int step) {
        events.add(new TrainingEvent.Started(seed, step, System.nanoTime()));
    }

    @Override
    public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
        stepsSeen.incrementAndGet();
        events.add(new TrainingEvent.Step(seed, step, metaLoss, gradNorm, System.nanoTime()));
    }

    @Override
    public void seedFinished(SeedResult result) {
        events.add(new TrainingEvent.Finished(result));
    }

    void sessionStarted() {
        events.add(new TrainingEvent.SessionStarted());
    }

    void runFailed(Throwable error) {
        events.add(new TrainingEvent.RunFailed(error));
    }

    void runEnded() {
        events.add(new TrainingEvent.RunEnded());
    }

    /** Meta-steps reported so far by all seeds; readable from any thread. */
    int stepsSeen() {
        return stepsSeen.get();
    }

    /** Removes and returns every queued event, in the order they were added. */
    List<TrainingEvent> drain() {
        List<TrainingEvent> batch = new ArrayList<>();
        TrainingEvent event;
        while ((event = events.poll()) != null) {
            batch.add(event);
        }
        return batch;
    }
}
