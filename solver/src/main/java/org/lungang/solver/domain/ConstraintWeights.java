package org.lungang.solver.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Turns the policy's weights (constraint name → score text) into Timefold constraint weight overrides. */
public final class ConstraintWeights {

    private ConstraintWeights() {
    }

    /**
     * @param weights constraint name to a score such as {@code "0hard/0medium/5soft"}
     * @throws IllegalArgumentException naming the constraint whose weight cannot be read
     */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(Map<String, String> weights) {
        if (weights.isEmpty()) {
            return ConstraintWeightOverrides.none();
        }
        Map<String, HardMediumSoftLongScore> parsed = new LinkedHashMap<>();
        weights.forEach((name, text) -> {
            try {
                parsed.put(name, HardMediumSoftLongScore.parseScore(text));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Weight of constraint '" + name + "' is not a score like "
                        + "'0hard/0medium/5soft': " + text, e);
            }
        });
        return ConstraintWeightOverrides.of(parsed);
    }
}
