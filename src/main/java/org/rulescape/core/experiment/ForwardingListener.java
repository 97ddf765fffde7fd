package org.rulescape.core.experiment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes each event to the recorder first, then to the caller's listener. An exception from the
 * caller's listener is logged once and otherwise ignored, so a faulty display cannot fail a seed.
 */
final class ForwardingListener implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(ForwardingListener.class);

    private final TrainingListener recorder;
    private final TrainingListener extra;
    private volatile boolean extraFailed;

    ForwardingListener(TrainingListener recorder, TrainingListener extra) {
        this.recorder = recorder;
        this.extra = extra == null ? TrainingListener.NONE : extra;
    }

    @Override
    public void seedStarted(long seed, int step) {
        recorder.seedStarted(seed, step);
        forward(() -> extra.seedStarted(seed, step));
    }

    @Override
    public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
        recorder.metaStep(seed, step, metaLoss, gradNorm);
        forward(() -> extra.metaStep(seed, step, metaLoss, gradNorm));
    }

    @Override
    public void snapshot(long seed, int step, double[] alpha) {
        recorder.snapshot(seed, step, alpha);
        forward(() -> extra.snapshot(seed, step, alpha));
    }

    @Override
    public void checkpoint(SeedCheckpoint checkpoint) {
        recorder.checkpoint(checkpoint);
        forward(() -> extra.checkpoint(checkpoint));
    }

    @Override
    public void seedFinished(SeedResult result) {
        recorder.seedFinished(result);
        forward(() -> extra.seedFinished(result));
    }

    private void forward(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            if (!extraFailed) {
                extraFailed = true;
                LOG.error("A training listener failed; its later failures are not logged", e);
            }
        }
    }
}
