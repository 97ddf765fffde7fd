package org.rulescape.figures.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.rulescape.core.store.StoredRun;

/** Writes a run's figure set: every drawn figure in each format, its data files, then the index. */
public final class FigureSetWriter {
    private FigureSetWriter() {
    }

    /** Receives one line per figure written or skipped, for progress output. */
    @FunctionalInterface
    public interface Progress {
        void figure(RunFigure figure, List<Path> files);
    }

    /**
     * Writes {@code figures} into {@code folder} and returns every file written, the index last.
     *
     * @throws UnwritableFolderException naming the folder when it cannot be created or written
     * @throws IOException               naming the file when a write fails
     */
    public static List<Path> write(StoredRun run, List<RunFigure> figures, Path folder,
            Collection<FigureFormat> formats, Collection<DataFormat> dataFormats, FigureSize size,
            Progress progress) throws IOException {
        ExportFiles.prepareFolder(folder.resolve(FigureIndex.FILE_NAME));
        List<Path> written = new ArrayList<>();
        for (RunFigure figure : figures) {
            List<Path> files = new ArrayList<>();
            if (!figure.skipped()) {
                for (FigureFormat format : formats) {
                    Path file = folder.resolve(figure.stem() + "." + format.extension());
                    FigureExporter.export(figure.chart(), file, format, size);
                    files.add(file);
                }
                files.addAll(DataExporter.export(figure.data(), folder, figure.stem(), dataFormats));
            }
            progress.figure(figure, files);
            written.addAll(files);
        }
        written.add(FigureIndex.write(folder, run, figures, formats, dataFormats, size));
        return written;
    }
}
