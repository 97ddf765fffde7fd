package org.rulescape.core.analysis.perturbation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;

/** The default reference seed: lowest robust final level among DONE seeds that are not UNSTABLE. */
class PerturbationReferenceChoiceTest {
    private static final int STEPS = 100;

    /** A seed whose loss sits at {@code plateau}, with its minimum {@code minimum} at step 10 and its last step at {@code last}. */
    private static SeedResult seed(long seed, SeedState state, double minimum, double plateau, double last) {
        double[] loss = new double[STEPS];
        Arrays.fill(loss, plateau);
        loss[10] = minimum;
        loss[STEPS - 1] = last;
        double[][] snapshots = {new double[] {0.0, 0.0}, new double[] {1.0, 2.0}};
        return new SeedResult(seed, state, STEPS, -1, "", loss, new double[STEPS], new int[] {0, STEPS},
                snapshots, 1.0);
    }

    @Test
    void skipsUnstableLowestLastStep() {
        // Seed 6 has the lowest last-step loss but its plateau is 99x its minimum: UNSTABLE.
        SeedResult unstable = seed(6, SeedState.DONE, 0.1, 9.9, 0.01);
        SeedResult stable = seed(2, SeedState.DONE, 0.2, 0.4, 0.5);
        SeedResult worseStable = seed(1, SeedState.DONE, 0.3, 0.6, 0.6);

        ReferenceChoice choice = ReferenceChoice.of(List.of(unstable, worseStable, stable)).orElseThrow();

        assertThat(choice.seed()).isEqualTo(2);
        assertThat(choice.unstable()).isFalse();
        assertThat(choice.warning()).isEmpty();
        assertThat(choice.finalLevel()).isEqualTo(0.4);
        assertThat(ReferencePoints.defaultSeed(List.of(unstable, stable))).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void leavesOutSeedsThatAreNotDone() {
        SeedResult cancelled = seed(3, SeedState.CANCELLED, 0.01, 0.02, 0.02);
        SeedResult done = seed(4, SeedState.DONE, 0.2, 0.4, 0.4);

        assertThat(ReferenceChoice.of(List.of(cancelled, done)).orElseThrow().seed()).isEqualTo(4);
        assertThat(ReferenceChoice.of(List.of(cancelled))).isEmpty();
    }

    @Test
    void allUnstableFallsBackWithWarning() {
        SeedResult high = seed(0, SeedState.DONE, 0.1, 50, 50);
        SeedResult low = seed(5, SeedState.DONE, 0.1, 5, 80);

        ReferenceChoice choice = ReferenceChoice.of(List.of(high, low)).orElseThrow();

        assertThat(choice.seed()).isEqualTo(5);
        assertThat(choice.unstable()).isTrue();
        assertThat(choice.warning()).contains("UNSTABLE", "seed 5");
    }
}
