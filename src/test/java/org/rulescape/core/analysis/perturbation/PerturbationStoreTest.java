package org.rulescape.core.analysis.perturbation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.SeedTrainer;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.RunFormatException;

class PerturbationStoreTest {
    private static final ExperimentConfig RUN = FakeKernels.config(1e-2).toBuilder().clipNorm(Double.POSITIVE_INFINITY).build();
    private static final MetaGradient BOWL = FakeKernels.quadratic(0.5);

    @TempDir
    Path runDir;

    private static PerturbationStudy runStudy(AdamMoments adam, CancellationToken cancel, PerturbationListener listener) {
        ReferencePoint reference = ReferencePoints.of(new SeedTrainer(RUN, BOWL)
                .train(2, TrainingListener.NONE, CancellationToken.none()));
        if (adam == AdamMoments.CONTINUED) {
            reference = ReferencePoints.withReplayedAdam(RUN, reference, BOWL, CancellationToken.none());
        }
        PerturbationSettings settings = new PerturbationSettings(2, List.of(0.1, 2.0), 3, 12, 9, adam, RUN);
        List<TrialResult> results = new PerturbationRunner(2, config -> BOWL).run(settings, reference,
                PerturbationRunner.allTrials(settings), listener, cancel);
        return PerturbationStudy.empty(settings, reference).with(results);
    }

    @Test
    void studyRoundTripsThroughRunFolder() throws IOException {
        PerturbationStudy study = runStudy(AdamMoments.CONTINUED, CancellationToken.none(), PerturbationListener.NONE);

        PerturbationStore.save(runDir, study);
        PerturbationStudy loaded = PerturbationStore.load(runDir).orElseThrow();

        assertThat(loaded.settings()).isEqualTo(study.settings());
        assertThat(loaded.reference().alpha()).isEqualTo(study.reference().alpha());
        assertThat(loaded.reference().firstStep()).isEqualTo(study.reference().firstStep());
        assertThat(loaded.reference().adam().secondMoment()).isEqualTo(study.reference().adam().secondMoment());
        assertThat(loaded.reference().adam().updates()).isEqualTo(study.reference().adam().updates());
        assertThat(loaded.results()).hasSameSizeAs(study.results());
        for (int i = 0; i < study.results().size(); i++) {
            TrialResult before = study.results().get(i);
            TrialResult after = loaded.results().get(i);
            assertThat(after.spec()).isEqualTo(before.spec());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.alphas()).isDeepEqualTo(before.alphas());
            assertThat(after.metaLoss()).isEqualTo(before.metaLoss());
        }
        assertThat(loaded.summaries()).isEqualTo(study.summaries());
        assertThat(loaded.isComplete()).isTrue();
    }

    @Test
    void filesFollowLayout() throws IOException {
        PerturbationStore.save(runDir, runStudy(AdamMoments.FRESH, CancellationToken.none(), PerturbationListener.NONE));
        Path folder = runDir.resolve("analysis/perturbation");

        assertThat(folder.resolve("perturbation.json")).exists();
        assertThat(folder.resolve("reference_alpha.npy")).exists();
        assertThat(folder.resolve("reference_adam.npy")).doesNotExist();
        assertThat(folder.resolve("trials/control_alphas.npy")).exists();
        assertThat(folder.resolve("trials/sigma1_trial2_meta_loss.npy")).exists();
        assertThat(Files.readAllLines(folder.resolve("summary.csv"))).hasSize(1 + 3);
        assertThat(Files.readAllLines(folder.resolve("curves.csv"))).hasSize(1 + 7 * 13);
    }

    @Test
    void cancelledTrialsLoadAsCancelled() throws IOException {
        CancellationToken cancel = new CancellationToken();
        PerturbationListener cancelling = new PerturbationListener() {
            @Override
            public void trialStep(TrialSpec spec, int step, double distance, double metaLoss) {
                if (spec.sigmaIndex() == 1 && step == 4) {
                    cancel.cancel();
                }
            }
        };
        PerturbationStudy study = runStudy(AdamMoments.FRESH, cancel, cancelling);

        PerturbationStore.save(runDir, study);
        PerturbationStudy loaded = PerturbationStore.load(runDir).orElseThrow();
        String json = Files.readString(runDir.resolve("analysis/perturbation/perturbation.json"));

        assertThat(study.results()).anyMatch(r -> r.status() == TrialStatus.CANCELLED);
        assertThat(loaded.isComplete()).isFalse();
        assertThat(json).contains("\"complete\" : false");
        for (TrialResult trial : loaded.results()) {
            TrialResult before = study.results().stream().filter(r -> r.spec().equals(trial.spec())).findFirst().orElseThrow();
            assertThat(trial.status()).as(trial.spec().label()).isEqualTo(before.status());
            if (before.status() == TrialStatus.CANCELLED) {
                assertThat(trial.alphas()).isEmpty();
            }
        }
    }

    @Test
    void runWithoutStudyLoadsEmpty() throws IOException {
        assertThat(PerturbationStore.load(runDir)).isEqualTo(Optional.empty());
    }

    @Test
    void truncatedTrialFileRejectedNamingFile() throws IOException {
        PerturbationStore.save(runDir, runStudy(AdamMoments.FRESH, CancellationToken.none(), PerturbationListener.NONE));
        Path file = runDir.resolve("analysis/perturbation/trials/sigma0_trial1_alphas.npy");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 8));

        assertThatThrownBy(() -> PerturbationStore.load(runDir))
                .isInstanceOf(RunFormatException.class)
                .hasMessageContaining("sigma0_trial1_alphas.npy");
    }
}
