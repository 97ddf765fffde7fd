package org.rulescape.fx.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.rulescape.fx.runs.RunLocations;

/**
 * Page shown while no run is open: New run, Open run..., and links to the sample runs and the
 * runs in the user's runs folder. {@link #refresh()} rescans the folders.
 */
final class StartPage extends ScrollPane {
    private final RunLocations locations;
    private final Consumer<Path> onOpen;
    private final VBox samples = new VBox(6);
    private final VBox userRuns = new VBox(6);

    StartPage(RunLocations locations, Runnable onNewRun, Consumer<Path> onOpen) {
        this.locations = locations;
        this.onOpen = onOpen;
        getStyleClass().add("start-page");
        setFitToWidth(true);

        Label title = new Label("Rulescape");
        title.getStyleClass().add("hero-title");
        Label subtitle = new Label("Meta-train a learned optimizer from many seeds and see whether the "
                + "learned rules meet at one point or spread over a low-dimensional manifold.");
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);

        Button newRun = new Button("New run");
        newRun.setId("new-run");
        newRun.getStyleClass().add("accent");
        newRun.setOnAction(event -> onNewRun.run());
        Button open = new Button("Open run...");
        open.setId("open-run");
        open.setOnAction(event -> chooseRun());
        HBox actions = new HBox(12, newRun, open);

        VBox content = new VBox(16, title, subtitle, actions,
                section("Sample runs (read-only: new results are shown but not saved)", samples), section("Your runs in " + locations.userRuns(), userRuns));
        content.setPadding(new Insets(48, 56, 48, 56));
        content.setMaxWidth(900);
        content.setAlignment(Pos.TOP_LEFT);
        setContent(content);
        refresh();
    }

    /** Rescans the sample and user run folders. */
    void refresh() {
        fill(samples, locations.sampleRuns(), locations.samples()
                .map(dir -> "No runs in " + dir + " yet.")
                .orElse("No sample-runs folder found; set -D" + RunLocations.SAMPLES_PROPERTY + "=FOLDER."));
        fill(userRuns, locations.userRunList(), "No runs yet. Start one with New run.");
    }

    private void fill(VBox box, List<Path> runs, String emptyText) {
        box.getChildren().clear();
        if (runs.isEmpty()) {
            Label empty = new Label(emptyText);
            empty.getStyleClass().add("muted");
            box.getChildren().add(empty);
            return;
        }
        for (Path run : runs) {
            Hyperlink link = new Hyperlink(run.getFileName().toString());
            link.setId("sample-" + run.getFileName());
            link.getStyleClass().add("run-link");
            link.setOnAction(event -> onOpen.accept(run));
            box.getChildren().add(link);
        }
    }

    private static VBox section(String heading, VBox body) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        VBox section = new VBox(8, label, body);
        section.getStyleClass().add("card");
        return section;
    }

    private void chooseRun() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a run folder");
        File start = locations.userRuns().toFile();
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            onOpen.accept(chosen.toPath());
        }
    }
}
