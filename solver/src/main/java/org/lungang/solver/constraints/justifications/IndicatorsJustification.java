package org.lungang.solver.constraints.justifications;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The coefficients of variation a rule on the national indicators weighs, one {@link IndicatorJustification} each (the
 * rules read every group's and indicator's coefficient at once).
 */
public record IndicatorsJustification(List<IndicatorJustification> coefficients) implements RotationJustification {

    public IndicatorsJustification {
        coefficients = List.copyOf(coefficients);
    }

    @Override
    public String zh() {
        return coefficients.stream().map(IndicatorJustification::zh).collect(Collectors.joining("；"));
    }

    @Override
    public String en() {
        return coefficients.stream().map(IndicatorJustification::en).collect(Collectors.joining("; "));
    }
}
