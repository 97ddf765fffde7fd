package org.rulescape.fx.training;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;
import org.rulescape.fx.runs.RunLocations;

/**
 * State of the new-run form: one text per numeric setting, the gradient mode, the precision,
 * the regime preset and the output folder, validated on every change with the same rules as
 * the command line ({@link ExperimentConfig#problems}).
 *
 * <p>Choosing DEBUG or FULL fills every field from the preset; editing a field so that it no
 * longer matches the preset switches the regime to CUSTOM. The output folder follows the regime
 * until the user edits it. Use on the FX thread.
 */
public final class NewRunViewModel {
    private final RunLocations locations;
    private final Supplier<LocalDateTime> clock;
    private final ObjectProperty<Regime> regime = new SimpleObjectProperty<>(Regime.DEBUG);
    private final Map<ConfigField, StringProperty> texts = new EnumMap<>(ConfigField.class);
    private final Map<ConfigField, StringProperty> errors = new EnumMap<>(ConfigField.class);
    private final ObjectProperty<GradientMode> gradientMode = new SimpleObjectProperty<>(GradientMode.EXACT);
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(Precision.FLOAT);
    private final StringProperty outputFolder = new SimpleStringProperty("");
    private final StringProperty outputError = new SimpleStringProperty("");
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private boolean applyingPreset;
    private boolean outputEdited;
    private ExperimentConfig config;

    public NewRunViewModel(RunLocations locations, Supplier<LocalDateTime> clock) {
        this.locations = locations;
        this.clock = clock;
        for (ConfigField field : ConfigField.values()) {
            StringProperty text = new SimpleStringProperty("");
            texts.put(field, text);
            errors.put(field, new SimpleStringProperty(""));
            text.addListener((obs, old, now) -> edited());
        }
        gradientMode.addListener((obs, old, now) -> edited());
        precision.addListener((obs, old, now) -> edited());
        outputFolder.addListener((obs, old, now) -> {
            if (!applyingPreset) {
                outputEdited = true;
            }
            validate();
        });
        regime.addListener((obs, old, now) -> {
            if (!applyingPreset) {
                applyPreset(now);
            }
        });
        applyPreset(Regime.DEBUG);
    }

    public ObjectProperty<Regime> regimeProperty() {
        return regime;
    }

    /** Text of a numeric field, as typed. */
    StringProperty text(ConfigField field) {
        return texts.get(field);
    }

    /** Validation message of a numeric field (the rule and the value found); empty when valid. */
    ReadOnlyStringProperty error(ConfigField field) {
        return errors.get(field);
    }

    public ObjectProperty<GradientMode> gradientModeProperty() {
        return gradientMode;
    }

    public ObjectProperty<Precision> precisionProperty() {
        return precision;
    }

    public StringProperty outputFolderProperty() {
        return outputFolder;
    }

    /** Validation message of the output folder; empty when valid. */
    public ReadOnlyStringProperty outputErrorProperty() {
        return outputError;
    }

    /** True when every field is valid, so the run can start. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** Sets a field's text by option name, as the user would type it; for tests and scripting. */
    public void setText(String optionName, String text) {
        texts.get(field(optionName)).set(text);
    }

    /** The validation message of the field with this option name; empty when valid. */
    public String errorOf(String optionName) {
        return errors.get(field(optionName)).get();
    }

    /** The configuration the form describes, when every field is valid. */
    public Optional<ExperimentConfig> config() {
        return Optional.ofNullable(config);
    }

    /** The chosen output folder, when valid. */
    public Optional<Path> outputDirectory() {
        return outputError.get().isEmpty() ? Optional.of(Path.of(outputFolder.get().trim())) : Optional.empty();
    }

    /** Fills every field from {@code preset}; CUSTOM keeps the current values. */
    public void applyPreset(Regime preset) {
        applyingPreset = true;
        try {
            regime.set(preset);
            if (preset != Regime.CUSTOM) {
                ExperimentConfig values = preset.config();
                for (ConfigField field : ConfigField.values()) {
                    texts.get(field).set(field.format(values));
                }
                gradientMode.set(values.gradientMode());
                precision.set(values.precision());
            }
            if (!outputEdited) {
                outputFolder.set(locations.newRunDirectory(preset, clock.get()).toString());
            }
        } finally {
            applyingPreset = false;
        }
        validate();
    }

    private void edited() {
        if (applyingPreset) {
            return;
        }
        validate();
        if (regime.get() != Regime.CUSTOM && (config == null || !matchesPreset(config, regime.get()))) {
            applyingPreset = true;
            try {
                regime.set(Regime.CUSTOM);
                if (!outputEdited) {
                    outputFolder.set(locations.newRunDirectory(Regime.CUSTOM, clock.get()).toString());
                }
            } finally {
                applyingPreset = false;
            }
            validate();
        }
    }

    private static boolean matchesPreset(ExperimentConfig candidate, Regime preset) {
        return candidate.toBuilder().regime(preset).build().equals(preset.config());
    }

    private void validate() {
        ExperimentConfig defaults = ExperimentConfig.defaults();
        Map<ConfigField, Number> values = new EnumMap<>(ConfigField.class);
        Map<ConfigField, String> messages = new EnumMap<>(ConfigField.class);
        for (ConfigField field : ConfigField.values()) {
            try {
                values.put(field, field.parse(texts.get(field).get()));
            } catch (IllegalArgumentException e) {
                messages.put(field, e.getMessage());
                values.put(field, field.parse(field.format(defaults)));
            }
        }
        List<String> unassigned = new ArrayList<>();
        for (String problem : problems(values)) {
            ConfigField field = ConfigField.ofMessage(problem);
            if (field == null) {
                unassigned.add(problem);
            } else {
                messages.putIfAbsent(field, field.relabel(problem));
            }
        }
        for (ConfigField field : ConfigField.values()) {
            errors.get(field).set(messages.getOrDefault(field, ""));
        }
        outputError.set(checkOutput(outputFolder.get()));

        boolean ok = messages.isEmpty() && unassigned.isEmpty() && outputError.get().isEmpty();
        config = ok ? build(values) : null;
        valid.set(ok);
    }

    private static List<String> problems(Map<ConfigField, Number> v) {
        return ExperimentConfig.problems(
                v.get(ConfigField.META_STEPS).intValue(), v.get(ConfigField.INNER_STEPS).intValue(),
                v.get(ConfigField.META_BATCH).intValue(), v.get(ConfigField.SEEDS).intValue(),
                v.get(ConfigField.TRAIN_POINTS).intValue(), v.get(ConfigField.GRID_POINTS).intValue(),
                v.get(ConfigField.NOISE).doubleValue(), v.get(ConfigField.BASE_HIDDEN).intValue(),
                v.get(ConfigField.OPT_HIDDEN).intValue(), v.get(ConfigField.BASE_INIT_GAIN).doubleValue(),
                v.get(ConfigField.OPT_INIT_STD).doubleValue(), v.get(ConfigField.MOMENTUM).doubleValue(),
                v.get(ConfigField.META_LR).doubleValue(), v.get(ConfigField.ADAM_BETA1).doubleValue(),
                v.get(ConfigField.ADAM_BETA2).doubleValue(), v.get(ConfigField.ADAM_EPSILON).doubleValue(),
                v.get(ConfigField.CLIP_NORM).doubleValue(), v.get(ConfigField.SNAPSHOT_EVERY).intValue());
    }

    private ExperimentConfig build(Map<ConfigField, Number> v) {
        return ExperimentConfig.defaults().toBuilder()
                .regime(regime.get())
                .metaSteps(v.get(ConfigField.META_STEPS).intValue())
                .innerSteps(v.get(ConfigField.INNER_STEPS).intValue())
                .metaBatch(v.get(ConfigField.META_BATCH).intValue())
                .seedCount(v.get(ConfigField.SEEDS).intValue())
                .firstSeed(v.get(ConfigField.FIRST_SEED).longValue())
                .trainPoints(v.get(ConfigField.TRAIN_POINTS).intValue())
                .gridPoints(v.get(ConfigField.GRID_POINTS).intValue())
                .noiseStd(v.get(ConfigField.NOISE).doubleValue())
                .baseHidden(v.get(ConfigField.BASE_HIDDEN).intValue())
                .optHidden(v.get(ConfigField.OPT_HIDDEN).intValue())
                .baseInitGain(v.get(ConfigField.BASE_INIT_GAIN).doubleValue())
                .optInitStd(v.get(ConfigField.OPT_INIT_STD).doubleValue())
                .momentumBeta(v.get(ConfigField.MOMENTUM).doubleValue())
                .metaLearningRate(v.get(ConfigField.META_LR).doubleValue())
                .adamBeta1(v.get(ConfigField.ADAM_BETA1).doubleValue())
                .adamBeta2(v.get(ConfigField.ADAM_BETA2).doubleValue())
                .adamEpsilon(v.get(ConfigField.ADAM_EPSILON).doubleValue())
                .clipNorm(v.get(ConfigField.CLIP_NORM).doubleValue())
                .snapshotEvery(v.get(ConfigField.SNAPSHOT_EVERY).intValue())
                .gradientMode(gradientMode.get())
                .precision(precision.get())
                .build();
    }

    private String checkOutput(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return "output folder must not be empty; choose a folder for the new run";
        }
        Path path;
        try {
            path = Path.of(trimmed);
        } catch (InvalidPathException e) {
            return "output folder is not a valid path: " + e.getMessage();
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            return "output folder " + path + " is an existing file; choose a new folder";
        }
        if (RunLocations.isRun(path)) {
            return "output folder " + path + " already holds a run; choose a new folder";
        }
        if (locations.isInSamplesFolder(path)) {
            return "output folder " + path + " is inside the sample-runs folder, which ships with Rulescape and"
                    + " stays unchanged; choose a folder outside it";
        }
        return "";
    }

    private static ConfigField field(String optionName) {
        for (ConfigField field : ConfigField.values()) {
            if (field.optionName().equals(optionName)) {
                return field;
            }
        }
        throw new IllegalArgumentException("no form field named '" + optionName + "'");
    }
}
