package org.lungang.data.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

import org.lungang.data.json.WeightsJson;
import org.lungang.solver.domain.RotationPolicy;

/** {@code --weights}: constraint weights merged over the policy's own. */
final class WeightsOption {

    @Option(names = "--weights", paramLabel = "WEIGHTS",
            description = "A JSON file {constraint name: \"0hard/0medium/5soft\"} merged over the policy's weights.")
    Path weights;

    boolean given() {
        return weights != null;
    }

    /** The policy's weights with the file's over them; the policy's alone without {@code --weights}. */
    Map<String, String> mergedOver(RotationPolicy policy) {
        Map<String, String> merged = new LinkedHashMap<>(policy.constraintWeights());
        if (weights != null) {
            merged.putAll(WeightsJson.read(weights));
        }
        return merged;
    }
}
