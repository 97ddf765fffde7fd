package org.rulescape.fx.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import org.rulescape.figures.export.DataFormat;
import org.rulescape.figures.export.FigureFormat;
import org.rulescape.figures.export.FigureSize;

/**
 * Export choices from the export dialog.
 *
 * @param figureFile  the figure file to write; data files go beside it with the same stem
 * @param format      figure format
 * @param size        print size, DPI and type size
 * @param dataFormats data files to write beside the figure, possibly none
 * @param includeTitle draw the chart title; papers usually put it in the caption instead
 * @param zoomedView  draw the axis ranges shown on screen after a zoom; when false the figure
 *                    shows the chart's full range as its factory set it
 */
public record ExportRequest(Path figureFile, FigureFormat format, FigureSize size, Set<DataFormat> dataFormats,
        boolean includeTitle, boolean zoomedView) {

    public ExportRequest {
        Objects.requireNonNull(figureFile, "figureFile");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(size, "size");
        dataFormats = Set.copyOf(dataFormats);
        if (figureFile.getFileName() == null) {
            throw new IllegalArgumentException("figure file must name a file, got " + figureFile);
        }
    }

    /** Creates a request for the chart's full range. */
    public ExportRequest(Path figureFile, FigureFormat format, FigureSize size, Set<DataFormat> dataFormats,
            boolean includeTitle) {
        this(figureFile, format, size, dataFormats, includeTitle, false);
    }

    /** Creates a request for the chart's full range that keeps the chart title. */
    public ExportRequest(Path figureFile, FigureFormat format, FigureSize size, Set<DataFormat> dataFormats) {
        this(figureFile, format, size, dataFormats, true, false);
    }

    /** File name without its extension, used for the data files. */
    public String stem() {
        String name = figureFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Folder of the figure file. */
    public Path folder() {
        return figureFile.toAbsolutePath().getParent();
    }
}
