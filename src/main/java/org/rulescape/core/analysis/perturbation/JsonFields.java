package org.rulescape.core.analysis.perturbation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.rulescape.core.store.RunFormatException;

/** Typed access to the fields of one JSON object, with errors that name the file and the key. */
final class JsonFields {
    private final Path file;
    private final JsonNode node;
    private final String prefix;

    JsonFields(Path file, JsonNode node, String prefix) throws RunFormatException {
        if (node == null || !node.isObject()) {
            throw new RunFormatException(file, "expected '" + prefix + "' to be a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        this.file = file;
        this.node = node;
        this.prefix = prefix;
    }

    JsonNode require(String key) throws RunFormatException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new RunFormatException(file, "missing field '" + prefix + key + "'");
        }
        return value;
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    String text(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isTextual()) {
            throw new RunFormatException(file, "field '" + prefix + key + "' must be a string, found " + value);
        }
        return value.asText();
    }

    int integer(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new RunFormatException(file, "field '" + prefix + key + "' must be an integer, found " + value);
        }
        return value.intValue();
    }

    long longInteger(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new RunFormatException(file, "field '" + prefix + key + "' must be an integer, found " + value);
        }
        return value.longValue();
    }

    /** A number, or one of the strings "Infinity", "-Infinity" and "NaN". */
    double real(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            switch (value.asText()) {
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                case "NaN":
                    return Double.NaN;
                default:
                    break;
            }
        }
        throw new RunFormatException(file, "field '" + prefix + key + "' must be a number, found " + value);
    }

    boolean bool(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isBoolean()) {
            throw new RunFormatException(file, "field '" + prefix + key + "' must be true or false, found " + value);
        }
        return value.booleanValue();
    }

    JsonNode array(String key) throws RunFormatException {
        JsonNode value = require(key);
        if (!value.isArray()) {
            throw new RunFormatException(file, "field '" + prefix + key + "' must be an array, found " + value);
        }
        return value;
    }

    JsonNode object(String key) throws RunFormatException {
        return require(key);
    }
}
