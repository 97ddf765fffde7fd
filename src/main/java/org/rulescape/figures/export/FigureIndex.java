package org.rulescape.figures.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.rulescape.core.store.Provenance;
import org.rulescape.core.store.StoredRun;

/**
 * Writes {@code index.md}, the Markdown page that lists a run's figures in order, each with its
 * files, its data files and a caption, and states in place of a skipped figure why it is missing.
 */
public final class FigureIndex {
    /** File name of the index in the output folder. */
    public static final String FILE_NAME = "index.md";

    private FigureIndex() {
    }

    /**
     * Writes the index into {@code folder} atomically and returns its path.
     *
     * @param formats     figure formats written for every drawn figure
     * @param dataFormats data formats written for every drawn figure (a sidecar JSON is always written)
     */
    public static Path write(Path folder, StoredRun run, List<RunFigure> figures, Collection<FigureFormat> formats,
            Collection<DataFormat> dataFormats, FigureSize size) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        ExportFiles.write(file, markdown(run, figures, formats, dataFormats, size, Instant.now())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return file;
    }

    /** The Markdown text of the index. */
    static String markdown(StoredRun run, List<RunFigure> figures, Collection<FigureFormat> formats,
            Collection<DataFormat> dataFormats, FigureSize size, Instant written) {
        StringBuilder text = new StringBuilder();
        Provenance provenance = run.provenance();
        text.append("# Figures of run ").append(run.directory().getFileName()).append("\n\n");
        text.append("Run folder `").append(run.directory().toAbsolutePath()).append("`, state ").append(run.state())
                .append(", trained with Rulescape ").append(provenance.rulescapeVersion()).append(" (commit ")
                .append(provenance.gitCommit()).append(").\n");
        text.append(String.format(Locale.ROOT, "Figures %s x %s in, %s pt type%s; written %s.%n%n",
                DataExporter.format(size.widthInches()), DataExporter.format(size.heightInches()),
                DataExporter.format(size.fontSize()),
                formats.contains(FigureFormat.PNG) ? ", PNG at " + size.dpi() + " DPI" : "",
                written.truncatedTo(ChronoUnit.SECONDS)));

        int number = 1;
        for (RunFigure figure : figures) {
            text.append("## ").append(number++).append(". ").append(figure.title()).append("\n\n");
            if (figure.skipped()) {
                text.append("**Skipped.** ").append(figure.caption()).append("\n\n");
                continue;
            }
            FigureFormat preview = preview(formats);
            if (preview != null) {
                text.append("![").append(figure.title()).append("](").append(figure.stem()).append('.')
                        .append(preview.extension()).append(")\n\n");
            }
            text.append(figure.caption()).append("\n\n");
            text.append("Files: ").append(String.join(", ", links(figure.stem(), formats, dataFormats))).append("\n\n");
        }
        return text.toString();
    }

    /** Format shown inline: PNG or SVG, which Markdown viewers display; PDF only as a link. */
    private static FigureFormat preview(Collection<FigureFormat> formats) {
        if (formats.contains(FigureFormat.PNG)) {
            return FigureFormat.PNG;
        }
        return formats.contains(FigureFormat.SVG) ? FigureFormat.SVG : null;
    }

    private static List<String> links(String stem, Collection<FigureFormat> formats, Collection<DataFormat> data) {
        List<String> links = new ArrayList<>();
        for (FigureFormat format : formats) {
            links.add(link(format.name(), stem + "." + format.extension()));
        }
        for (DataFormat format : data) {
            links.add(link("data " + format.extension().toUpperCase(Locale.ROOT), stem + "." + format.extension()));
        }
        links.add(link("column names and metadata", stem + ".json"));
        return links;
    }

    private static String link(String label, String file) {
        return "[" + label + "](" + file + ")";
    }
}
