package org.rulescape.core.store;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.rulescape.core.experiment.SeedCheckpoint;
import org.rulescape.core.experiment.SeedState;

/**
 * Records of one seed while it trains, filled by the worker thread and copied by the writer
 * thread. {@code records} guards the arrays (held briefly by both threads); {@code files}
 * serializes writes of the seed's files, so a periodic write never lands after the final one.
 */
final class LiveSeed {
    final long seed;
    final ReentrantLock files = new ReentrantLock();
    private final Object records = new Object();

    private double[] metaLoss = new double[64];
    private double[] gradNorm = new double[64];
    private int steps;
    private int[] snapshotSteps = new int[16];
    private double[][] snapshots = new double[16][];
    private int snapshotCount;
    private boolean dirty;
    private SeedCheckpoint pendingCheckpoint;
    private SeedStatus status;
    private boolean terminal;

    LiveSeed(SeedStatus status) {
        this.seed = status.seed();
        this.status = status;
        this.terminal = status.state().isTerminal();
    }

    /** Starts from a checkpoint's records, so periodic writes of a resumed seed hold the earlier steps. */
    void restore(SeedCheckpoint checkpoint) {
        synchronized (records) {
            for (int i = 0; i < checkpoint.nextStep(); i++) {
                step(i, checkpoint.metaLoss()[i], checkpoint.gradNorm()[i]);
            }
            for (int i = 0; i < checkpoint.snapshots().length; i++) {
                snapshot(checkpoint.snapshotSteps()[i], checkpoint.snapshots()[i]);
            }
            status = status.running(checkpoint.nextStep());
        }
    }

    void started(int step) {
        synchronized (records) {
            status = status.running(step);
            dirty = true;
        }
    }

    void step(int step, double loss, double norm) {
        synchronized (records) {
            if (step >= metaLoss.length) {
                int capacity = Math.max(step + 1, metaLoss.length * 2);
                metaLoss = Arrays.copyOf(metaLoss, capacity);
                gradNorm = Arrays.copyOf(gradNorm, capacity);
            }
            metaLoss[step] = loss;
            gradNorm[step] = norm;
            steps = step + 1;
            status = status.running(steps);
            dirty = true;
        }
    }

    void snapshot(int step, double[] alpha) {
        synchronized (records) {
            if (snapshotCount > 0 && snapshotSteps[snapshotCount - 1] == step) {
                snapshots[snapshotCount - 1] = alpha.clone();
                return;
            }
            if (snapshotCount == snapshots.length) {
                snapshots = Arrays.copyOf(snapshots, snapshotCount * 2);
                snapshotSteps = Arrays.copyOf(snapshotSteps, snapshotCount * 2);
            }
            snapshotSteps[snapshotCount] = step;
            snapshots[snapshotCount] = alpha.clone();
            snapshotCount++;
            dirty = true;
        }
    }

    void checkpoint(SeedCheckpoint checkpoint) {
        synchronized (records) {
            pendingCheckpoint = checkpoint;
        }
    }

    /**
     * Returns a copy of the records when they changed since the last call, else null. Also null
     * while no snapshot exists yet (the trainer reports the starting alpha right after the start),
     * so the periodic files of a seed always come as the full set of three.
     */
    SeedFiles.Records takeDirtyRecords() {
        synchronized (records) {
            if (!dirty || terminal || snapshotCount == 0) {
                return null;
            }
            dirty = false;
            return new SeedFiles.Records(steps, Arrays.copyOf(metaLoss, steps), Arrays.copyOf(gradNorm, steps),
                    snapshotCount, Arrays.copyOf(snapshotSteps, snapshotCount), Arrays.copyOf(snapshots, snapshotCount));
        }
    }

    /** Returns and clears the checkpoint waiting to be written, or null. */
    SeedCheckpoint takeCheckpoint() {
        synchronized (records) {
            SeedCheckpoint checkpoint = terminal ? null : pendingCheckpoint;
            pendingCheckpoint = null;
            return checkpoint;
        }
    }

    void finish(SeedStatus finalStatus) {
        synchronized (records) {
            terminal = true;
            status = finalStatus;
            pendingCheckpoint = null;
        }
    }

    boolean isTerminal() {
        synchronized (records) {
            return terminal;
        }
    }

    SeedStatus status() {
        synchronized (records) {
            return status;
        }
    }

    SeedState state() {
        return status().state();
    }
}
