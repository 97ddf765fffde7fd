package org.rulescape.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.Regime;

class SampleFoldersTest {
    @TempDir
    Path folder;

    @Test
    void missingAndEmptyFoldersAreLeftAlone() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));

        SampleFolders.clear(folder.resolve("missing"));
        SampleFolders.clear(empty);

        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void finishedRunIsDeleted() throws IOException {
        Path run = folder.resolve("run");
        TrainingJob.start(Regime.DEBUG.config().toBuilder().metaSteps(3).build(), run, 1, null).await();
        Files.createDirectories(run.resolve("analysis").resolve("geometry"));

        SampleFolders.clear(run);

        assertThat(run).doesNotExist();
    }

    @Test
    void runWithForeignFileIsKept() throws IOException {
        Path run = folder.resolve("run");
        TrainingJob.start(Regime.DEBUG.config().toBuilder().metaSteps(3).build(), run, 1, null).await();
        Files.writeString(run.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> SampleFolders.clear(run)).isInstanceOf(IOException.class)
                .hasMessageContaining("notes.txt");
        assertThat(run.resolve("run.json")).isRegularFile();
    }

    @Test
    void folderWithoutRunJsonIsKept() throws IOException {
        Path other = Files.createDirectories(folder.resolve("other"));
        Files.writeString(other.resolve("data.csv"), "1,2");

        assertThatThrownBy(() -> SampleFolders.clear(other)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a Rulescape run folder");
        assertThat(other.resolve("data.csv")).isRegularFile();
    }

    @Test
    void fileInPlaceOfFolderIsKept() throws IOException {
        Path file = Files.writeString(folder.resolve("full"), "x");

        assertThatThrownBy(() -> SampleFolders.clear(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder");
        assertThat(file).isRegularFile();
    }
}
