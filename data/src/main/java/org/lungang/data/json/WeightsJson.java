package org.lungang.data.json;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a weights file, {@code {"Commute distance": "0hard/0medium/5soft", ...}}, checked like the policy's
 * {@code constraintWeights}: every name a known constraint, every weight a score.
 */
public final class WeightsJson {

    private WeightsJson() {
    }

    public static Map<String, String> read(Path file) {
        JsonNode root = TreeReader.parse(file);
        TreeReader reader = new TreeReader(file.toString());
        Map<String, String> weights = PolicyJson.readWeights(reader, root, "$");
        reader.throwIfAny();
        return weights;
    }
}
