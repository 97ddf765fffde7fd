package org.rulescape.fx.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The workbench window. */
public final class WorkbenchApp extends Application {

    /** Launches the JavaFX application; returns when the window closes. */
    public static void launchWorkbench(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Rulescape");
        stage.setScene(new Scene(new Label("Rulescape"), 800, 600));
        stage.show();
    }
}
