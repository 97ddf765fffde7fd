package org.rulescape.fx.perturbation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rulescape.fx.app.SameThreadBackgroundTasks;
import org.rulescape.fx.app.WorkbenchApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sigma sliders of the Perturbation tab, driven with mouse and keys (headless, Monocle). No
 * run is open, so a release only sets the sigma: the launch that follows stops at once because
 * there is no reference seed, and the view model's sigma list shows what was released.
 */
@ExtendWith(ApplicationExtension.class)
class SigmaSlidersTest {
    private PerturbationViewModel viewModel;
    private PerturbationView view;

    @Start
    void start(Stage stage) {
        viewModel = new PerturbationViewModel(new SameThreadBackgroundTasks(), config -> (alpha, batch, gradient) -> 1.0,
                1);
        view = new PerturbationView(viewModel);
        // The width of the tab in the workbench's 1280 x 800 window, beside the run list.
        Scene scene = new Scene(view, 1030, 700);
        scene.getStylesheets().add(WorkbenchApp.class.getResource(WorkbenchApp.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void arrowKeysStepAndLaunch(FxRobot robot) {
        Slider slider = view.slider(0);
        robot.interact(slider::requestFocus);
        assertThat(viewModel.sigmas().get(0)).isEqualTo(0.1);

        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.sigmas().get(0)).isEqualTo(0.11);

        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.sigmas().get(0)).as("the slider kept the focus after its launch").isEqualTo(0.12);

        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.sigmas().get(0)).isEqualTo(0.099);
        assertThat(robot.lookup("#sigma-label-0").queryAs(Label.class).getText()).isEqualTo("sigma = 0.099");
        assertThat(viewModel.statusProperty().get()).as("the release launched trials, which need a run")
                .contains("no run");
    }

    @Test
    void fortyPixelDragChangesSigmaModestly(FxRobot robot) {
        Slider slider = view.slider(1);
        Node thumb = slider.lookup(".thumb");
        assertThat(viewModel.sigmas().get(1)).isEqualTo(0.5);
        assertThat(slider.getWidth()).as("each slider gets a wide track").isGreaterThan(300);

        robot.drag(thumb, MouseButton.PRIMARY).moveBy(40, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double released = viewModel.sigmas().get(1);
        assertThat(released).as("released at once").isGreaterThan(0.5);
        assertThat(released / 0.5).as("factor of a 40 px drag").isLessThan(2.2);
        assertThat(viewModel.sigmas()).as("other sigmas unchanged").containsExactly(0.1, released, 1.0, 2.0);
    }
}
