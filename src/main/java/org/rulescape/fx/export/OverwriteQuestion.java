package org.rulescape.fx.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The confirmation shown before an export replaces existing files: how many files exist, the
 * first few names, and the choice between Overwrite and Cancel. Cancel is the default button,
 * so pressing Enter keeps the files.
 */
final class OverwriteQuestion {
    /** Button that lets the export replace the existing files. */
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonData.OK_DONE);

    /** Number of file names listed before the rest are counted as "and N more". */
    static final int NAMES_SHOWN = 3;

    private OverwriteQuestion() {
    }

    /**
     * Creates the confirmation for {@code existing}, the files of one export that already exist
     * in {@code folder}; the caller shows it. FX thread only.
     *
     * @param owner the window to center on, or null
     */
    static Alert create(Window owner, Path folder, List<Path> existing) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message(folder, existing), OVERWRITE,
                ButtonType.CANCEL);
        alert.setTitle("Overwrite files?");
        alert.setHeaderText(existing.size() == 1 ? "A file of this export already exists"
                : "Files of this export already exist");
        if (owner != null) {
            alert.initOwner(owner);
        }
        ((Button) alert.getDialogPane().lookupButton(OVERWRITE)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert;
    }

    /**
     * Formats the question's text, for example "3 files already exist in /runs/a/figures:
     * scree.pdf, scree.csv, scree.json." followed by what each button does.
     */
    static String message(Path folder, List<Path> existing) {
        String names = existing.stream().limit(NAMES_SHOWN).map(file -> file.getFileName().toString())
                .collect(Collectors.joining(", "));
        if (existing.size() > NAMES_SHOWN) {
            names += " and " + (existing.size() - NAMES_SHOWN) + " more";
        }
        String count = existing.size() == 1 ? "1 file already exists"
                : String.format(Locale.ROOT, "%d files already exist", existing.size());
        return count + " in " + folder + ": " + names + ".\n\n"
                + "Overwrite replaces " + (existing.size() == 1 ? "it" : "them")
                + " with this export. Cancel writes nothing.";
    }
}
