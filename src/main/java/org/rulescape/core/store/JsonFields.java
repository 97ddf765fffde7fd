package org.rulescape.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed access to the fields of one JSON object of a stored file, with errors that name the
 * file, the full key (for example {@code settings.training.meta_steps}), the rule and the value
 * found. A key whose value is JSON null counts as missing, except for {@link #nullableText}.
 * Non-finite numbers travel as the strings "Infinity", "-Infinity" and "NaN" (see
 * {@link #putNumber}), which Python's {@code float(...)} parses too.
 */
public final class JsonFields {
    private final Path file;
    private final JsonNode node;
    private final String prefix;

    /**
     * Wraps {@code node}.
     *
     * @param prefix the path of {@code node} in its file followed by a dot, or "" for the root
     * @throws RunFormatException when {@code node} is not a JSON object
     */
    public JsonFields(Path file, JsonNode node, String prefix) throws RunFormatException {
        if (node == null || !node.isObject()) {
            throw new RunFormatException(file, "expected " + (prefix.isEmpty() ? "an object" : path(prefix)
                    + " to be an object") + ", found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        this.file = file;
        this.node = node;
        this.prefix = prefix;
    }

    /** Puts {@code value} as a JSON number, or as "Infinity", "-Infinity" or "NaN" when not finite. */
    public static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.put(key, Double.toString(value));
        }
    }

    /** The file the fields come from. */
    public Path file() {
        return file;
    }

    /** The path of this object in its file, without the final dot ("" for the root). */
    public String path() {
        return prefix.isEmpty() ? "" : path(prefix);
    }

    /** True when {@code key} is present and not JSON null. */
    public boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** The value of {@code key}, which must be present and not null. */
    public JsonNode require(String key) throws RunFormatException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new RunFormatException(file, "missing field '" + prefix + key + "'");
        }
        return value;
    }

    public boolean bool(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isBoolean()) {
            throw wrongType(key, "true or false", value);
        }
        return value.booleanValue();
    }

    public int integer(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(key, "an integer", value);
        }
        return value.intValue();
    }

    public long longInteger(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(key, "a 64-bit integer", value);
        }
        return value.longValue();
    }

    /** A number, or one of the strings "Infinity", "-Infinity" and "NaN". */
    public double real(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            switch (value.textValue()) {
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                case "NaN": return Double.NaN;
                default: break;
            }
        }
        throw wrongType(key, "a number (or \"Infinity\", \"-Infinity\", \"NaN\")", value);
    }

    public String text(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isTextual()) {
            throw wrongType(key, "a string", value);
        }
        return value.textValue();
    }

    /** A string, or null when the key contains JSON null; the key itself must be present. */
    public String nullableText(String key) throws RunFormatException {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new RunFormatException(file, "missing field '" + prefix + key + "'");
        }
        return value.isNull() ? null : text(key);
    }

    public Instant instant(String key) throws RunFormatException {
        String text = text(key);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RunFormatException(file, "field '" + prefix + key
                    + "' must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, found \"" + text + "\"", e);
        }
    }

    public <E extends Enum<E>> E enumeration(String key, Class<E> type) throws RunFormatException {
        String text = text(key);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw new RunFormatException(file, "field '" + prefix + key + "' must be one of " + names
                    + ", found \"" + text + "\"", e);
        }
    }

    /** The object under {@code key}. */
    public JsonFields object(String key) throws RunFormatException {
        return new JsonFields(file, require(key), prefix + key + ".");
    }

    public JsonNode array(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isArray()) {
            throw wrongType(key, "an array", value);
        }
        return value;
    }

    private RunFormatException wrongType(String key, String expected, JsonNode found) {
        return new RunFormatException(file, "field '" + prefix + key + "' must be " + expected + ", found " + found);
    }

    private static String path(String prefix) {
        return prefix.substring(0, prefix.length() - 1);
    }
}
