package org.rulescape.fx.perturbation;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.rulescape.core.analysis.perturbation.MeanInterval;
import org.rulescape.core.analysis.perturbation.SummaryTable;
import org.rulescape.core.analysis.perturbation.SigmaSummary;

/**
 * The per-sigma summary as a table: one row per sigma, the control first. Headers span two lines
 * and each column is sized to its widest header line or value with its interval, so no text is
 * cut off. Sigma and verdict come first so that they are visible without scrolling; a table
 * narrower than its columns scrolls horizontally.
 */
final class SummaryTableView extends TableView<SigmaSummary> {
    /** Font size of the table in pixels, one below the workbench's 13 px so that intervals fit. */
    private static final double FONT_SIZE = 12;
    /** Horizontal cell padding plus a margin, in pixels, added to the measured text width. */
    private static final double CELL_PADDING = 22;

    private final Font cellFont = Font.font("System", FONT_SIZE);
    private final Font headerFont = Font.font("System", FontWeight.BOLD, FONT_SIZE);

    SummaryTableView(ObservableList<SigmaSummary> rows) {
        super(rows);
        setId("perturbation-summary");
        setStyle("-fx-font-size: " + FONT_SIZE + "px;");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Two-line header, the control and four sigmas, and the horizontal scroll bar.
        setPrefHeight(215);
        // Sigma and verdict first so the verdict stays visible when the table scrolls sideways.
        addColumn("sigma", s -> number(s.sigma()));
        addColumn("verdict", SummaryTable::verdict);
        addColumn("trials", s -> s.complete() + "/" + s.planned()
                + (s.diverged() > 0 ? " (" + s.diverged() + " diverged)" : ""));
        addColumn("d_0", s -> number(s.startDistance().mean()));
        addColumn("d_T\n[95 % CI]", s -> interval(s.endDistance()));
        addColumn("d_T / d_0\n[95 % CI]", s -> interval(s.distanceRatio()));
        addColumn("s_T / sigma\n[95 % CI]", s -> interval(s.separationRatio()));
        addColumn("aligned d_T\n[95 % CI]", s -> interval(s.alignedEndDistance()));
        addColumn("loss / reference\n(geometric mean)", s -> interval(s.endLossVsReference()));
        addColumn("loss / control\n(geometric mean)", s -> interval(s.endLossVsControl()));
        rows.addListener((ListChangeListener<SigmaSummary>) change -> fitColumns());
        fitColumns();
    }

    /**
     * Adds a column whose header is a label that shows the title's line breaks. The column keeps
     * its title and value function as user data for {@link #fitColumns()}.
     */
    private void addColumn(String title, Function<SigmaSummary, String> value) {
        TableColumn<SigmaSummary, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setStyle("-fx-text-alignment: center;");
        column.setGraphic(header);
        column.setUserData(new ColumnText(title, value));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setSortable(false);
        getColumns().add(column);
    }

    private record ColumnText(String title, Function<SigmaSummary, String> value) {
    }

    /** Sets each column's width to its widest header line or cell text. */
    private void fitColumns() {
        for (TableColumn<SigmaSummary, ?> column : getColumns()) {
            ColumnText text = (ColumnText) column.getUserData();
            double width = 0;
            for (String line : text.title().split("\n")) {
                width = Math.max(width, textWidth(line, headerFont));
            }
            for (SigmaSummary row : getItems()) {
                width = Math.max(width, textWidth(text.value().apply(row), cellFont));
            }
            column.setPrefWidth(Math.ceil(width + CELL_PADDING));
        }
    }

    private static double textWidth(String value, Font font) {
        Text text = new Text(value);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
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
