package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.Provenance;
import org.rulescape.core.store.RunState;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;

class RuleSeedsTest {
    private static final ExperimentConfig CONFIG = ExperimentConfig.defaults().toBuilder().seedCount(5).metaSteps(100)
            .build();

    @Test
    void onlyDoneSeedsByDefault() {
        RuleSeeds seeds = RuleSeeds.of(run(RunState.FINISHED));

        assertThat(seeds.usable()).extracting(SeedResult::seed).containsExactly(0L);
        assertThat(seeds.unfinished()).containsExactly(1L, 2L, 3L);
        assertThat(seeds.skipped()).containsExactly(
                "seed 1: diverged at meta-step 60",
                "seed 2: cancelled after 40 meta-steps",
                "seed 3: did not finish (state RUNNING, 40 of 100 meta-steps)",
                "seed 4: failed: kernel error");
    }

    @Test
    void includeUnfinishedAdmitsFiniteSeeds() {
        RuleSeeds seeds = RuleSeeds.of(run(RunState.FINISHED), true);

        assertThat(seeds.usable()).extracting(SeedResult::seed).containsExactly(0L, 1L, 2L, 3L);
        assertThat(seeds.unfinished()).isEmpty();
        assertThat(seeds.skipped()).containsExactly("seed 4: failed: kernel error");
    }

    @Test
    void interruptedRunNamesProgress() {
        RuleSeeds seeds = RuleSeeds.of(run(RunState.INTERRUPTED));

        assertThat(seeds.skipped()).contains("seed 3: interrupted after 40 of 100 meta-steps");
        assertThat(seeds.skipped()).noneMatch(reason -> reason.contains("RUNNING"));
    }

    private static StoredRun run(RunState state) {
        List<StoredSeed> seeds = List.of(
                seed(0, SeedState.DONE, 100, -1, ""),
                seed(1, SeedState.DIVERGED, 60, 60, "meta-loss is NaN"),
                seed(2, SeedState.CANCELLED, 40, -1, "cancelled"),
                seed(3, SeedState.RUNNING, 40, -1, ""),
                seed(4, SeedState.FAILED, 40, -1, "kernel error"));
        return new StoredRun(Path.of("run"), 1, state, CONFIG, Provenance.startingNow(), seeds);
    }

    private static StoredSeed seed(long seed, SeedState state, int steps, int divergedAt, String message) {
        double[] alpha = new double[CONFIG.alphaSize()];
        SeedResult result = new SeedResult(seed, state, steps, divergedAt, message, new double[steps],
                new double[steps], new int[] {0, steps}, new double[][] {alpha, alpha}, 1.0);
        return new StoredSeed(seed, state, result, "");
    }
}
