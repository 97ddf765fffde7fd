package org.rulescape.fx.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.rule.TinyRuns;
import org.rulescape.figures.charts.RuleFigures;
import org.rulescape.fx.app.SameThreadBackgroundTasks;

class RuleViewModelTest {
    @TempDir
    static Path folder;
    static Path run;

    @BeforeAll
    static void trainRun() throws IOException {
        run = folder.resolve("tiny");
        TinyRuns.train(run);
    }

    @Test
    void showingRunDrawsEveryFigure() {
        SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();
        RuleViewModel model = new RuleViewModel(tasks);

        model.show(run);

        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.seeds()).containsExactly(0L, 1L);
        assertThat(model.innerStepsProperty().get()).isEqualTo(4);
        assertThat(model.figuresProperty().get()).containsKeys(RuleFigures.RULE_MAP, RuleFigures.SGD_MAP,
                RuleFigures.MOMENTUM_MAP, RuleFigures.PROFILE_DIAGONAL, RuleFigures.PROFILE_ZERO_MOMENTUM,
                RuleFigures.FUNCTION_DISTANCES, RuleFigures.RAW_DISTANCES);
        assertThat(model.summaryProperty().get()).contains("2 rules").contains("function-space distance");
    }

    @Test
    void changingStepAndRateRedraws() {
        RuleViewModel model = new RuleViewModel(new SameThreadBackgroundTasks());
        model.show(run);

        model.stepProperty().set(3);
        String title = model.figuresProperty().get().get(RuleFigures.RULE_MAP).chart().getTitle().getText();
        model.fixedRateProperty().set(true);
        model.rateProperty().set(0.25);
        var sgd = model.figuresProperty().get().get(RuleFigures.SGD_MAP);

        assertThat(title).contains("t = 3");
        assertThat(sgd.chart().getTitle().getText()).contains("0.250");
        assertThat(sgd.data().metadata().get("title")).contains("0.250");
    }

    @Test
    void missingRunReportsError() {
        RuleViewModel model = new RuleViewModel(new SameThreadBackgroundTasks());

        model.show(folder.resolve("absent"));

        assertThat(model.statusProperty().get()).startsWith("Cannot analyze");
        assertThat(model.figuresProperty().get()).isEmpty();
    }

    @Test
    void clearingSelectionClearsFigures() {
        RuleViewModel model = new RuleViewModel(new SameThreadBackgroundTasks());
        model.show(run);

        model.show(null);

        assertThat(model.figuresProperty().get()).isEmpty();
        assertThat(model.seeds()).isEmpty();
    }
}
