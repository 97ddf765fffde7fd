package org.rulescape.fx.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.rulescape.figures.export.AxisRanges;
import org.rulescape.figures.export.ChartCopies;
import org.rulescape.figures.export.DataExporter;
import org.rulescape.figures.export.DataFormat;
import org.rulescape.figures.export.FigureData;
import org.rulescape.figures.export.FigureExporter;

/**
 * One export, split into the part that must run on the FX thread (copying the chart and taking
 * its data while nothing changes them) and the part that runs in the background (drawing,
 * encoding and writing). Create it on the FX thread, then {@link #call()} it on a worker.
 */
final class ExportJob implements Callable<List<Path>> {
    private final JFreeChart chartCopy;
    private final FigureData data;
    private final ExportRequest request;

    /**
     * Copies {@code chart} and takes its data now; call on the thread that updates the chart.
     *
     * @param data       the chart's data, or null when it has none; then no data file is written
     * @param fullRanges the chart's unzoomed axis ranges, put on the copy unless the request
     *                   asks for the zoomed view
     */
    ExportJob(JFreeChart chart, FigureData data, ExportRequest request, AxisRanges fullRanges) {
        this.chartCopy = ChartCopies.copy(chart);
        if (!request.zoomedView()) {
            fullRanges.restore(chartCopy);
        }
        if (!request.includeTitle()) {
            chartCopy.setTitle((TextTitle) null);
        }
        this.data = data;
        this.request = request;
    }

    /** The copy that {@link #call()} draws, with its export ranges and title already applied. */
    JFreeChart chartCopy() {
        return chartCopy;
    }

    /**
     * Returns every file that {@link #call()} writes, figure first: the data files and their
     * JSON sidecar only when the chart has data and the request names a data format.
     */
    List<Path> targetFiles() {
        Set<Path> targets = new LinkedHashSet<>();
        targets.add(request.figureFile());
        if (data != null && !request.dataFormats().isEmpty()) {
            List<DataFormat> formats = new ArrayList<>(request.dataFormats());
            formats.sort(null);
            for (DataFormat format : formats) {
                targets.add(request.folder().resolve(request.stem() + "." + format.extension()));
            }
            targets.add(DataExporter.sidecarOf(request.folder().resolve(request.stem() + ".csv")));
        }
        return List.copyOf(targets);
    }

    /**
     * Returns the files of {@link #targetFiles()} that exist now. It only checks paths, which is
     * cheap enough for the FX thread.
     */
    List<Path> existingTargets() {
        return targetFiles().stream().filter(Files::exists).toList();
    }

    /**
     * Writes the figure and the chosen data files.
     *
     * @return the files written, figure first
     * @throws IOException naming the file or folder that could not be written
     */
    @Override
    public List<Path> call() throws IOException {
        List<Path> written = new ArrayList<>();
        FigureExporter.export(chartCopy, request.figureFile(), request.format(), request.size());
        written.add(request.figureFile());
        if (data != null && !request.dataFormats().isEmpty()) {
            List<DataFormat> formats = new ArrayList<>(request.dataFormats());
            formats.sort(null);
            written.addAll(DataExporter.export(data, request.folder(), request.stem(), formats));
        }
        return written;
    }
}
