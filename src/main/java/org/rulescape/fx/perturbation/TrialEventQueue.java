package org.rulescape.fx.perturbation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.rulescape.core.analysis.perturbation.PerturbationListener;
import org.rulescape.core.analysis.perturbation.TrialResult;
import org.rulescape.core.analysis.perturbation.TrialSpec;

/**
 * Collects trial events from worker threads so the FX thread can apply them in one batch per
 * frame. Each event carries the generation of the launch that produced it, so events of a
 * superseded launch can be dropped when drained.
 */
final class TrialEventQueue {

    /** One distance point of a trial: step 0 is the start. */
    record Point(long generation, TrialSpec spec, int step, double distance) {
    }

    private final ConcurrentLinkedQueue<Point> points = new ConcurrentLinkedQueue<>();

    /** Returns a listener that queues the events of one launch. */
    PerturbationListener listener(long generation) {
        return new PerturbationListener() {
            @Override
            public void trialStarted(TrialSpec spec, double distance) {
                points.add(new Point(generation, spec, 0, distance));
            }

            @Override
            public void trialStep(TrialSpec spec, int step, double distance, double metaLoss) {
                points.add(new Point(generation, spec, step, distance));
            }

            @Override
            public void trialFinished(TrialResult result) {
                // The batch's results arrive together through the job's success callback.
            }
        };
    }

    /** Removes and returns every queued point in arrival order. */
    List<Point> drain() {
        List<Point> drained = new ArrayList<>();
        Point point;
        while ((point = points.poll()) != null) {
            drained.add(point);
        }
        return drained;
    }
}
