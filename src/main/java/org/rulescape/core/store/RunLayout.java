package org.rulescape.core.store;

import java.nio.file.Path;

/**
 * Names of the files in a run directory:
 * <pre>
 * RUN/run.json                              settings, state, per-seed status, provenance
 * RUN/heartbeat                             rewritten every second while a writer is alive
 * RUN/seeds/seed-&lt;seed&gt;/metrics.csv        step, meta_loss, grad_norm
 * RUN/seeds/seed-&lt;seed&gt;/snapshots.npy      n x P float64, alpha at each snapshot
 * RUN/seeds/seed-&lt;seed&gt;/snapshot_steps.npy n int64, meta-step of each snapshot
 * RUN/seeds/seed-&lt;seed&gt;/checkpoint.bin     state to resume an unfinished seed
 * </pre>
 */
public final class RunLayout {
    /** Version of the layout and of run.json written by this code. */
    public static final int FORMAT_VERSION = 1;

    public static final String RUN_JSON = "run.json";
    public static final String HEARTBEAT = "heartbeat";
    public static final String METRICS_CSV = "metrics.csv";
    public static final String SNAPSHOTS_NPY = "snapshots.npy";
    public static final String SNAPSHOT_STEPS_NPY = "snapshot_steps.npy";
    public static final String CHECKPOINT = "checkpoint.bin";

    private RunLayout() {
    }

    public static Path runJson(Path runDir) {
        return runDir.resolve(RUN_JSON);
    }

    public static Path heartbeat(Path runDir) {
        return runDir.resolve(HEARTBEAT);
    }

    /** Folder of one seed's files. */
    public static Path seedDir(Path runDir, long seed) {
        return runDir.resolve("seeds").resolve("seed-" + seed);
    }
}
