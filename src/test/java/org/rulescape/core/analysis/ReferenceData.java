package org.rulescape.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Loads the numpy-made reference cases written by make_pca_reference.py next to them. */
final class ReferenceData {
    private ReferenceData() {
    }

    static double[][] matrix(String name) {
        String text = resource(name + ".csv");
        return text.lines().filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    static JsonNode values(String name) {
        try {
            return new ObjectMapper().readTree(resource(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static String resource(String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + file + " is missing; run make_pca_reference.py");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
