package org.rulescape.fx.perturbation;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.rulescape.core.analysis.perturbation.MeanInterval;
import org.rulescape.core.analysis.perturbation.SummaryTable;
import org.rulescape.core.analysis.perturbation.SigmaSummary;

/** The per-sigma summary as a table: one row per sigma, the control first. */
final class SummaryTableView extends TableView<SigmaSummary> {

    SummaryTableView(ObservableList<SigmaSummary> rows) {
        super(rows);
        setId("perturbation-summary");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPrefHeight(170);
        getColumns().add(column("sigma", s -> number(s.sigma())));
        getColumns().add(column("trials", s -> s.complete() + "/" + s.planned()
                + (s.diverged() > 0 ? " (" + s.diverged() + " diverged)" : "")));
        getColumns().add(column("d_0", s -> number(s.startDistance().mean())));
        getColumns().add(column("d_T [95 % CI]", s -> interval(s.endDistance())));
        getColumns().add(column("d_T / d_0", s -> interval(s.distanceRatio())));
        getColumns().add(column("s_T / sigma", s -> interval(s.separationRatio())));
        getColumns().add(column("aligned d_T", s -> interval(s.alignedEndDistance())));
        getColumns().add(column("loss / reference (geo.)", s -> interval(s.endLossVsReference())));
        getColumns().add(column("loss / control (geo.)", s -> interval(s.endLossVsControl())));
        getColumns().add(column("verdict", SummaryTable::verdict));
    }

    private static TableColumn<SigmaSummary, String> column(String title, Function<SigmaSummary, String> value) {
        TableColumn<SigmaSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setSortable(false);
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
