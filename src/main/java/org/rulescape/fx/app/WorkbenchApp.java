package org.rulescape.fx.app;

import java.net.URL;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rulescape.fx.runs.RunLocations;
import org.rulescape.fx.training.RunLauncher;
import org.rulescape.fx.training.JobTrainingService;
import org.rulescape.fx.training.TrainingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench application: wires the services, the model and the main window, and cancels
 * training runs when the window closes.
 */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);

    /** Class-path location of the workbench style sheet. */
    public static final String STYLESHEET = "/assets/workbench.css";

    private static final java.util.logging.Logger CLASS_PATH_LOGGER =
            java.util.logging.Logger.getLogger("javafx");

    private MainWindow window;
    private WorkbenchModel model;
    private FxBackgroundTasks tasks;

    /** Launches the JavaFX application; returns when the window closes. */
    public static void launchWorkbench(String[] args) {
        quietClassPathWarning();
        Application.launch(WorkbenchApp.class, args);
    }

    /**
     * Silences JavaFX's "Unsupported JavaFX configuration" warning when JavaFX was loaded from the
     * class path, as {@code java -jar rulescape.jar} does: a jar manifest cannot put JavaFX on the
     * module path. JavaFX 21 runs correctly this way; {@code mvn javafx:run} uses the module path.
     */
    private static void quietClassPathWarning() {
        if (!Application.class.getModule().isNamed()) {
            // Keep a strong reference: java.util.logging holds loggers weakly and would drop the level.
            CLASS_PATH_LOGGER.setLevel(java.util.logging.Level.SEVERE);
            LOG.debug("JavaFX loaded from the class path; its unsupported-configuration warning is silenced");
        }
    }

    @Override
    public void start(Stage stage) {
        org.rulescape.core.store.NpyFiles.preloadInBackground();
        // Perturbation batches launched from the sliders then run on the compiled vector kernel.
        org.rulescape.core.engine.MetaGradients.prepare();
        tasks = new FxBackgroundTasks();
        model = createModel(trainingService(), tasks, RunLocations.fromEnvironment());
        window = new MainWindow(model, tasks);
        stage.setTitle("Rulescape workbench");
        stage.setScene(createScene(window));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        LOG.info("Workbench started; sample runs in {}, user runs in {}",
                model.locations().samples().map(Object::toString).orElse("(none found)"),
                model.locations().userRuns());
    }

    @Override
    public void stop() {
        if (model != null) {
            model.cancelAll();
        }
        if (window != null) {
            window.stop();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        LOG.info("Workbench closed");
    }

    /** Creates the session model; the follow reader runs on one daemon thread. */
    public static WorkbenchModel createModel(TrainingService service, FxBackgroundTasks tasks,
            RunLocations locations) {
        ExecutorService followReader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "workbench-run-follower");
            thread.setDaemon(true);
            return thread;
        });
        return new WorkbenchModel(tasks, new RunLauncher(service, tasks), locations, followReader,
                Platform::runLater);
    }

    /** Creates a 1280 x 800 scene for {@code window} with the workbench style sheet. */
    public static Scene createScene(MainWindow window) {
        Scene scene = new Scene(window, 1280, 800);
        URL css = WorkbenchApp.class.getResource(STYLESHEET);
        if (css == null) {
            LOG.warn("Style sheet {} is missing from the class path; using the default look", STYLESHEET);
        } else {
            scene.getStylesheets().add(css.toExternalForm());
        }
        return scene;
    }

    /** The training service of the app: records every run through the store, like the train command. */
    static TrainingService trainingService() {
        return new JobTrainingService(Runtime.getRuntime().availableProcessors());
    }
}
