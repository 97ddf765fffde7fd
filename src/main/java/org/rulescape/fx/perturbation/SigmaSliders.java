package org.rulescape.fx.perturbation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjDoubleConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One slider per sigma on the logarithmic {@link SigmaScale}, two per row so that each track is
 * wide. Releasing a slider that moved, or releasing an arrow key, Home or End on a focused
 * slider, launches that sigma's trials through {@link PerturbationViewModel#releaseSigma}. Each
 * arrow key press moves one step of two significant digits. The sliders are rebuilt only when the
 * number of sigmas changes, so a focused slider keeps the keyboard focus after its trials start.
 */
final class SigmaSliders extends GridPane {
    private static final int PER_ROW = 2;
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    private final PerturbationViewModel viewModel;
    private final ObjDoubleConsumer<Integer> onMoved;
    private final List<SigmaSlider> rows = new ArrayList<>();

    /**
     * @param onMoved receives the index and the sigma under a slider while it moves, before release
     */
    SigmaSliders(PerturbationViewModel viewModel, ObjDoubleConsumer<Integer> onMoved) {
        this.viewModel = viewModel;
        this.onMoved = onMoved;
        setId("sigma-sliders");
        setHgap(10);
        setVgap(2);
        for (int column = 0; column < PER_ROW; column++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints track = new ColumnConstraints();
            track.setHgrow(Priority.ALWAYS);
            track.setFillWidth(true);
            getColumnConstraints().addAll(label, track);
        }
        viewModel.sigmas().addListener((ListChangeListener<Double>) change -> show(viewModel.sigmas()));
        show(viewModel.sigmas());
    }

    /** Returns the slider of sigma number {@code index}. */
    Slider slider(int index) {
        return rows.get(index).slider;
    }

    private void show(List<Double> sigmas) {
        if (rows.size() != sigmas.size()) {
            rebuild(sigmas.size());
        }
        for (int i = 0; i < sigmas.size(); i++) {
            rows.get(i).setSigma(sigmas.get(i));
        }
    }

    private void rebuild(int count) {
        getChildren().clear();
        rows.clear();
        for (int i = 0; i < count; i++) {
            SigmaSlider row = new SigmaSlider(i);
            rows.add(row);
            int column = 2 * (i % PER_ROW);
            add(row.label, column, i / PER_ROW);
            add(row.slider, column + 1, i / PER_ROW);
        }
    }

    /**
     * Text of a sigma beside its slider: two significant digits for a value of the slider scale
     * ("sigma = 0.10", "sigma = 1.5"), every digit of a typed value such as 0.125.
     */
    static String label(double sigma) {
        BigDecimal exact = BigDecimal.valueOf(sigma);
        BigDecimal rounded = exact.round(TWO_DIGITS);
        if (sigma > 0 && rounded.compareTo(exact) == 0) {
            // Two significant digits, trailing zero included: 0.10, 1.0.
            int scale = Math.max(0, 1 - (rounded.precision() - rounded.scale() - 1));
            return "sigma = " + rounded.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
        }
        return "sigma = " + exact.stripTrailingZeros().toPlainString();
    }

    /** The label and slider of one sigma. */
    private final class SigmaSlider {
        final int index;
        final Label label = new Label();
        final Slider slider = new Slider(SigmaScale.minPosition(), SigmaScale.maxPosition(), 0);
        /** The view model's sigma, which the slider shows until the user moves it. */
        double sigma = Double.NaN;
        /** True while the value is set from the view model, which is no user move. */
        boolean updating;
        /** True once the user moved the slider since the last launch. */
        boolean moved;

        SigmaSlider(int index) {
            this.index = index;
            label.setId("sigma-label-" + index);
            label.setMinWidth(Region.USE_PREF_SIZE);
            slider.setId("sigma-slider-" + index);
            slider.setMaxWidth(Double.MAX_VALUE);
            slider.setPrefWidth(320);
            slider.setTooltip(new Tooltip("sigma " + (index + 1) + " on a log scale from " + SigmaScale.MIN + " to "
                    + SigmaScale.MAX + ". Drag, or use the arrow keys for steps of 1-10 %; releasing the slider or the"
                    + " key runs this sigma's trials. Type other values in the Sigmas field."));
            GridPane.setFillWidth(slider, true);
            GridPane.setHalignment(label, javafx.geometry.HPos.RIGHT);
            GridPane.setValignment(label, javafx.geometry.VPos.CENTER);
            label.setAlignment(Pos.CENTER_RIGHT);

            slider.valueProperty().addListener((obs, old, now) -> {
                if (updating) {
                    return;
                }
                moved = true;
                double underSlider = SigmaScale.valueAt(now.doubleValue());
                label.setText(label(underSlider));
                onMoved.accept(index, underSlider);
            });
            slider.valueChangingProperty().addListener((obs, wasChanging, changing) -> {
                if (wasChanging && !changing) {
                    release();
                }
            });
            slider.setOnMouseReleased(event -> {
                if (!slider.isValueChanging()) {
                    release();
                }
            });
            slider.addEventFilter(KeyEvent.KEY_PRESSED, this::stepByKey);
            slider.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
                if (isStepKey(event.getCode()) || event.getCode() == KeyCode.HOME || event.getCode() == KeyCode.END) {
                    release();
                }
            });
        }

        void setSigma(double value) {
            sigma = value;
            moved = false;
            updating = true;
            try {
                slider.setValue(SigmaScale.positionOf(value));
            } finally {
                updating = false;
            }
            label.setText(label(value));
        }

        /** Moves one two-digit step per arrow key press instead of the slider's block increment. */
        private void stepByKey(KeyEvent event) {
            if (!isStepKey(event.getCode())) {
                return;
            }
            int direction = event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.UP ? 1 : -1;
            double from = moved ? SigmaScale.valueAt(slider.getValue()) : sigma;
            slider.setValue(SigmaScale.positionOf(SigmaScale.step(from, direction)));
            event.consume();
        }

        private void release() {
            if (moved) {
                moved = false;
                viewModel.releaseSigma(index, SigmaScale.valueAt(slider.getValue()));
            }
        }
    }

    private static boolean isStepKey(KeyCode code) {
        return code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.UP || code == KeyCode.DOWN;
    }
}
