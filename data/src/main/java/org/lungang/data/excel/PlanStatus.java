package org.lungang.data.excel;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;

/**
 * What a plan workbook states at the top of every sheet: which plan it is, its score, and whether it keeps every hard
 * rule — an infeasible plan must never pass for the official list.
 *
 * @param version the plan's version as the planner knows it (e.g. "第 3 版"); null when it has none
 * @param score the plan's score
 * @param brokenRules the names ({@code ConstraintNames}) of the hard rules it breaks; empty when feasible
 */
public record PlanStatus(String version, HardMediumSoftLongScore score, List<String> brokenRules) {

    public PlanStatus {
        brokenRules = List.copyOf(brokenRules);
    }

    public boolean feasible() {
        return score.isFeasible();
    }

    /** The plan scored and analysed by the solver: its score and the hard rules it breaks. */
    public static PlanStatus of(String version, RotationSolver solver, RotationPlan plan) {
        HardMediumSoftLongScore score = solver.score(plan);
        List<String> broken = score.isFeasible() ? List.of() : solver.analyze(plan).constraintAnalyses().stream()
                .filter(c -> c.score().hardScore() < 0)
                .sorted((a, b) -> a.score().compareTo(b.score()))
                .map(c -> c.constraintName())
                .toList();
        return new PlanStatus(version, score, broken);
    }
}
