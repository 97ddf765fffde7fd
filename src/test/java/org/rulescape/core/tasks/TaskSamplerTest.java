package org.rulescape.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rulescape.core.model.ExperimentConfig;

class TaskSamplerTest {

    private static final ExperimentConfig CONFIG = ExperimentConfig.defaults().toBuilder().metaBatch(16).build();

    @Test
    void trainingOutputsAreStandardized() {
        TaskSampler sampler = new TaskSampler(CONFIG);
        TaskBatch batch = sampler.newBatch();
        sampler.sample(4L, 9L, batch);

        for (int k = 0; k < batch.tasks; k++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < batch.trainPoints; i++) {
                sum += batch.yTrain[k * batch.trainPoints + i];
            }
            double mean = sum / batch.trainPoints;
            for (int i = 0; i < batch.trainPoints; i++) {
                double d = batch.yTrain[k * batch.trainPoints + i] - mean;
                squares += d * d;
            }
            assertThat(mean).as("task %d mean", k).isCloseTo(0.0, within(1e-12));
            assertThat(Math.sqrt(squares / batch.trainPoints)).as("task %d std", k).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void inputsAreScaledToUnitInterval() {
        TaskSampler sampler = new TaskSampler(CONFIG);
        TaskBatch batch = sampler.newBatch();
        sampler.sample(1L, 0L, batch);

        assertThat(java.util.Arrays.stream(batch.xTrain).min().orElseThrow()).isGreaterThanOrEqualTo(-1.0);
        assertThat(java.util.Arrays.stream(batch.xTrain).max().orElseThrow()).isLessThan(1.0);
        assertThat(batch.xVal[0]).isEqualTo(-1.0);
        assertThat(batch.xVal[batch.gridPoints - 1]).isEqualTo(1.0);
        assertThat(batch.xVal[1] - batch.xVal[0]).isCloseTo(2.0 / (batch.gridPoints - 1), within(1e-15));
    }

    @Test
    void samplingIsKeyedBySeedAndStep() {
        TaskSampler sampler = new TaskSampler(CONFIG);
        TaskBatch first = sampler.newBatch();
        TaskBatch again = sampler.newBatch();
        TaskBatch other = sampler.newBatch();
        sampler.sample(5L, 3L, first);
        sampler.sample(5L, 4L, other);
        sampler.sample(5L, 3L, again);

        assertThat(again.yTrain).containsExactly(first.yTrain);
        assertThat(again.theta0).containsExactly(first.theta0);
        assertThat(other.yTrain).isNotEqualTo(first.yTrain);
    }

    @Test
    void familiesAreDrawnUniformly() {
        TaskSampler sampler = new TaskSampler(CONFIG);
        TaskBatch batch = sampler.newBatch();
        Map<TaskFamily, Integer> counts = new EnumMap<>(TaskFamily.class);
        for (int step = 0; step < 300; step++) {
            sampler.sample(2L, step, batch);
            for (TaskFamily family : batch.families) {
                counts.merge(family, 1, Integer::sum);
            }
        }
        // 4800 draws: each family expects 1600 with a standard deviation of about 33.
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(1450, 1750));
    }

    @Test
    void thetaZeroFollowsFanInScaling() {
        TaskSampler sampler = new TaskSampler(CONFIG);
        TaskBatch batch = sampler.newBatch();
        double sumW1 = 0;
        double sumW2 = 0;
        int draws = 0;
        int h = CONFIG.baseHidden();
        for (int step = 0; step < 50; step++) {
            sampler.sample(3L, step, batch);
            for (int k = 0; k < batch.tasks; k++) {
                int offset = k * batch.thetaSize;
                for (int i = 0; i < h; i++) {
                    sumW1 += batch.theta0[offset + i] * batch.theta0[offset + i];
                    sumW2 += batch.theta0[offset + 2 * h + i] * batch.theta0[offset + 2 * h + i];
                    assertThat(batch.theta0[offset + h + i]).isZero();
                }
                assertThat(batch.theta0[offset + 3 * h]).isZero();
                draws += h;
            }
        }
        assertThat(sumW1 / draws).isCloseTo(1.0, within(0.05));
        assertThat(sumW2 / draws).isCloseTo(1.0 / h, within(0.05 / h));
    }

    @Test
    void constantOutputsAreOnlyCentered() {
        assertThat(TaskSampler.outputScale(0.0)).isEqualTo(1.0);
        assertThat(TaskSampler.outputScale(1e-12)).isEqualTo(1.0);
        assertThat(TaskSampler.outputScale(0.25)).isEqualTo(0.25);
    }

    @Test
    void noiselessTasksStayFinite() {
        ExperimentConfig noiseless = CONFIG.toBuilder().noiseStd(0.0).build();
        TaskSampler sampler = new TaskSampler(noiseless);
        TaskBatch batch = sampler.newBatch();
        for (int step = 0; step < 200; step++) {
            sampler.sample(8L, step, batch);
            assertThat(java.util.Arrays.stream(batch.yTrain).allMatch(Double::isFinite)).as("step %d training outputs finite", step).isTrue();
            assertThat(java.util.Arrays.stream(batch.yVal).allMatch(Double::isFinite)).as("step %d validation outputs finite", step).isTrue();
        }
    }
}
