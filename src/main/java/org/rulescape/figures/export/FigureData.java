package org.rulescape.figures.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers behind one chart: named columns of equal length in a fixed order, plus free-form
 * metadata (settings, seeds, units) that goes into the sidecar JSON when the data is exported.
 * NaN and infinite values are kept as they are; exporters write them, never drop them.
 *
 * <p>Series of different lengths go in long ("tidy") form: one column names the series
 * (for example {@code seed}) and the others hold the values, one row per point.
 *
 * @param name     short identifier, also the default file stem (for example {@code meta_loss})
 * @param columns  column name to values; every array has the same length, names are not blank
 * @param metadata key to human-readable value, in insertion order
 */
public record FigureData(String name, Map<String, double[]> columns, Map<String, String> metadata) {

    public FigureData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(metadata, "metadata");
        if (name.isBlank()) {
            throw new IllegalArgumentException("figure data name must not be blank");
        }
        int rows = -1;
        String firstColumn = null;
        for (Map.Entry<String, double[]> column : columns.entrySet()) {
            if (column.getKey() == null || column.getKey().isBlank()) {
                throw new IllegalArgumentException("figure data '" + name + "' has a blank column name");
            }
            if (column.getValue() == null) {
                throw new IllegalArgumentException("column '" + column.getKey() + "' of figure data '"
                        + name + "' is null");
            }
            int length = column.getValue().length;
            if (rows < 0) {
                rows = length;
                firstColumn = column.getKey();
            } else if (length != rows) {
                throw new IllegalArgumentException("columns of figure data '" + name
                        + "' must have equal length, but '" + firstColumn + "' has " + rows
                        + " values and '" + column.getKey() + "' has " + length
                        + "; put series of different lengths in long form with a series column");
            }
        }
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Starts a builder for figure data called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Starts a builder with this data's name, columns and metadata, to add columns or metadata. */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.columns.putAll(columns);
        builder.metadata.putAll(metadata);
        return builder;
    }

    /** Number of rows (0 when there are no columns). */
    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.values().iterator().next().length;
    }

    /** Column names in order. */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** Values of the named column; the array is shared, do not modify it. */
    public double[] column(String columnName) {
        double[] values = columns.get(columnName);
        if (values == null) {
            throw new IllegalArgumentException("figure data '" + name + "' has no column '" + columnName
                    + "'; its columns are " + columnNames());
        }
        return values;
    }

    /** Counts the NaN and infinite values over all columns. */
    public int nonFiniteCount() {
        int count = 0;
        for (double[] values : columns.values()) {
            for (double value : values) {
                if (!Double.isFinite(value)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Collects columns and metadata in insertion order. */
    public static final class Builder {
        private final String name;
        private final Map<String, double[]> columns = new LinkedHashMap<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a column; the array is copied. */
        public Builder column(String columnName, double[] values) {
            if (columns.containsKey(columnName)) {
                throw new IllegalArgumentException("figure data '" + name + "' already has a column '"
                        + columnName + "'");
            }
            columns.put(columnName, values.clone());
            return this;
        }

        /** Adds a column from growing list values. */
        public Builder column(String columnName, List<Double> values) {
            double[] array = new double[values.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = values.get(i);
            }
            return column(columnName, array);
        }

        /** Adds one metadata entry, stored as text. */
        public Builder meta(String key, Object value) {
            metadata.put(key, String.valueOf(value));
            return this;
        }

        public FigureData build() {
            return new FigureData(name, columns, metadata);
        }
    }

    /** Convenience for a growing long-form table with fixed columns. */
    public static final class LongForm {
        private final String[] names;
        private final List<List<Double>> values = new ArrayList<>();

        /** Creates an empty table with the given column names. */
        public LongForm(String... names) {
            this.names = names.clone();
            for (int i = 0; i < names.length; i++) {
                values.add(new ArrayList<>());
            }
        }

        /** Appends one row; the number of values must match the column count. */
        public LongForm row(double... row) {
            if (row.length != names.length) {
                throw new IllegalArgumentException("row has " + row.length + " values but the table has "
                        + names.length + " columns " + List.of(names));
            }
            for (int i = 0; i < row.length; i++) {
                values.get(i).add(row[i]);
            }
            return this;
        }

        /** Adds the columns to {@code builder}. */
        public Builder into(Builder builder) {
            for (int i = 0; i < names.length; i++) {
                builder.column(names[i], values.get(i));
            }
            return builder;
        }
    }
}
