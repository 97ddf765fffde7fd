package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;

class TrainSummaryTest {

    private static SeedResult seed(long seed, double lateLoss) {
        double[] loss = new double[20];
        double[] grad = new double[20];
        for (int k = 0; k < loss.length; k++) {
            loss[k] = k < 10 ? 1.0 - 0.09 * k : lateLoss;
            grad[k] = k == 15 ? 3e8 : 1.0;
        }
        return new SeedResult(seed, SeedState.DONE, 20, -1, "", loss, grad, new int[] {0},
                new double[][] {{0.0}}, 1.0);
    }

    @Test
    void tableFlagsBlownUpSeedAndStatesRule() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        TrainSummary.print(out, List.of(seed(0, 0.2), seed(1, 300.0)));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");

        assertThat(lines[0]).contains("min meta-loss @step", "final level", "max |grad|", "health");
        assertThat(lines[1]).contains("STABLE").doesNotContain("UNSTABLE");
        assertThat(lines[2]).contains("UNSTABLE", "0.1900 @9", "300.0", "3.000e+08");
        assertThat(String.join("\n", lines)).contains(SeedHealth.RULE, "1 of 2 seeds are UNSTABLE");
    }
}
