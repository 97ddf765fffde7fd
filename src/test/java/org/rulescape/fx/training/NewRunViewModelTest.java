package org.rulescape.fx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.fx.runs.RunLocations;

class NewRunViewModelTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 5, 6, 7);

    @TempDir
    Path runs;

    private NewRunViewModel form() {
        return new NewRunViewModel(new RunLocations(Optional.empty(), runs), () -> NOW);
    }

    @Test
    void debugPresetIsValidAndComplete() {
        NewRunViewModel form = form();

        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.config()).contains(Regime.DEBUG.config());
        assertThat(form.outputFolderProperty().get()).isEqualTo(runs.resolve("20260304-050607-debug").toString());
    }

    @Test
    void outputInsideSampleRunsRejected() throws Exception {
        Path samples = Files.createDirectories(runs.resolve("bundled"));
        NewRunViewModel form = new NewRunViewModel(new RunLocations(Optional.of(samples), runs), () -> NOW);

        form.outputFolderProperty().set(samples.resolve("mine").toString());

        assertThat(form.outputErrorProperty().get()).isEqualTo("output folder " + samples.resolve("mine")
                + " is inside the sample-runs folder, which ships with Rulescape and stays unchanged; choose a folder"
                + " outside it");
        assertThat(form.validProperty().get()).isFalse();

        form.outputFolderProperty().set(runs.resolve("mine").toString());

        assertThat(form.outputErrorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void fullPresetFillsEveryField() {
        NewRunViewModel form = form();

        form.applyPreset(Regime.FULL);

        assertThat(form.config()).contains(Regime.FULL.config());
        assertThat(form.outputFolderProperty().get()).endsWith("-full");
    }

    @Test
    void negativeValueGetsTheCommandLineRule() {
        NewRunViewModel form = form();

        form.setText("meta-steps", "-5");

        assertThat(form.errorOf("meta-steps")).isEqualTo("Meta-steps must be positive, got -5");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.config()).isEmpty();
    }

    @Test
    void textThatIsNotANumberIsNamed() {
        NewRunViewModel form = form();

        form.setText("meta-lr", "fast");
        form.setText("seeds", "2.5");

        assertThat(form.errorOf("meta-lr")).isEqualTo("Meta learning rate must be a number such as 0.001 or 1e-3, got 'fast'");
        assertThat(form.errorOf("seeds")).isEqualTo("Seeds must be a whole number, got '2.5'");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void messagesMatchExperimentConfigProblems() {
        NewRunViewModel form = form();

        form.setText("momentum", "1.5");
        form.setText("clip-norm", "0");

        assertThat(form.errorOf("momentum")).isEqualTo("Momentum beta must be in [0, 1), got 1.5");
        assertThat(form.errorOf("clip-norm")).startsWith("Gradient clip norm must be positive");
    }

    @Test
    void fixingTheValueRevalidatesAndSwitchesToCustom() {
        NewRunViewModel form = form();
        form.setText("meta-steps", "-5");

        form.setText("meta-steps", "50");

        assertThat(form.errorOf("meta-steps")).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.regimeProperty().get()).isEqualTo(Regime.CUSTOM);
        ExperimentConfig config = form.config().orElseThrow();
        assertThat(config.metaSteps()).isEqualTo(50);
        assertThat(config.regime()).isEqualTo(Regime.CUSTOM);
    }

    @Test
    void infinityDisablesClipping() {
        NewRunViewModel form = form();

        form.setText("clip-norm", "inf");

        assertThat(form.config().orElseThrow().clipNorm()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void folderHoldingARunIsRejected() throws Exception {
        NewRunViewModel form = form();
        Path existing = Files.createDirectories(runs.resolve("old"));
        Files.writeString(existing.resolve("run.json"), "{}");

        form.outputFolderProperty().set(existing.toString());

        assertThat(form.outputErrorProperty().get()).contains("already holds a run");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void editedFolderSurvivesPresetChange() {
        NewRunViewModel form = form();
        form.outputFolderProperty().set(runs.resolve("mine").toString());

        form.applyPreset(Regime.FULL);

        assertThat(form.outputFolderProperty().get()).isEqualTo(runs.resolve("mine").toString());
    }
}
