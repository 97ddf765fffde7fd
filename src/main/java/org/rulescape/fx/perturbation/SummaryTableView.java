package org.rulescape.fx.perturbation;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.rulescape.core.analysis.perturbation.MeanInterval;
import org.rulescape.core.analysis.perturbation.SummaryTable;
import org.rulescape.core.analysis.perturbation.SigmaSummary;

/**
 * The per-sigma summary as a table: one row per sigma, the control first. Headers wrap onto two
 * lines and every column is at least as wide as a value with its interval, so nothing is cut
 * off; a table narrower than its columns scrolls horizontally.
 */
final class SummaryTableView extends TableView<SigmaSummary> {
    /** Width in pixels that fits "-1.23e-05 [-1.23e-05, -1.23e-05]" in the default 12 px font. */
    static final double INTERVAL_WIDTH = 150;
    private static final double NUMBER_WIDTH = 70;

    SummaryTableView(ObservableList<SigmaSummary> rows) {
        super(rows);
        setId("perturbation-summary");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPrefHeight(190);
        getColumns().add(column("sigma", NUMBER_WIDTH, s -> number(s.sigma())));
        getColumns().add(column("trials", 120, s -> s.complete() + "/" + s.planned()
                + (s.diverged() > 0 ? " (" + s.diverged() + " diverged)" : "")));
        getColumns().add(column("d_0", NUMBER_WIDTH, s -> number(s.startDistance().mean())));
        getColumns().add(column("d_T\n[95 % CI]", INTERVAL_WIDTH, s -> interval(s.endDistance())));
        getColumns().add(column("d_T / d_0\n[95 % CI]", INTERVAL_WIDTH, s -> interval(s.distanceRatio())));
        getColumns().add(column("s_T / sigma\n[95 % CI]", INTERVAL_WIDTH, s -> interval(s.separationRatio())));
        getColumns().add(column("aligned d_T\n[95 % CI]", INTERVAL_WIDTH, s -> interval(s.alignedEndDistance())));
        getColumns().add(column("loss / reference\n(geometric mean)", INTERVAL_WIDTH,
                s -> interval(s.endLossVsReference())));
        getColumns().add(column("loss / control\n(geometric mean)", INTERVAL_WIDTH,
                s -> interval(s.endLossVsControl())));
        getColumns().add(column("verdict", 220, SummaryTable::verdict));
    }

    /** A column whose two-line header is a label, because a column's own text does not wrap. */
    private static TableColumn<SigmaSummary, String> column(String title, double width,
            Function<SigmaSummary, String> value) {
        TableColumn<SigmaSummary, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setWrapText(true);
        header.setStyle("-fx-text-alignment: center;");
        column.setGraphic(header);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        return column;
    }

    static String interval(MeanInterval interval) {
        if (interval.count() == 0) {
            return "-";
        }
        if (!interval.hasInterval()) {
            return number(interval.mean());
        }
        return number(interval.mean()) + " [" + number(interval.low()) + ", " + number(interval.high()) + "]";
    }

    static String number(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.3g", value);
    }
}
