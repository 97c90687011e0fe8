package org.lungang.data.generator;

import java.util.Objects;

import org.lungang.solver.domain.RotationPlan;

/**
 * A generated county: its name, the school year, and the unsolved rotation problem (every teacher stays).
 *
 * @param name the county's name as the planner reads it (昌宁县)
 * @param year the school year the roster describes
 * @param plan the problem, built with {@link RotationPlan#of} and no distance matrix
 */
public record GeneratedCounty(String name, int year, RotationPlan plan) {

    public GeneratedCounty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
    }
}
