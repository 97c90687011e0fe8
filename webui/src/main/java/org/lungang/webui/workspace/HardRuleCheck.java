package org.lungang.webui.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.justifications.RotationJustification;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;

/**
 * The hard rules a plan breaks, each with its matches explained and the teachers and schools they involve, so that a
 * planner sees at once what makes a plan infeasible and whom to look at.
 */
public final class HardRuleCheck {

    /**
     * One broken hard rule.
     *
     * @param penalty how much the rule takes off the hard score (positive)
     * @param teachers the teachers its matches name; for a match that names only schools, the planner's hand moves
     *        into or out of them
     */
    public record BrokenRule(String constraintName, long penalty, int matchCount, List<String> zh, List<String> en,
            List<Rotation> teachers, List<School> schools) {
    }

    /** The teachers and schools a justification names by id. */
    public record Named(List<Rotation> teachers, List<School> schools) {
    }

    private HardRuleCheck() {
    }

    /** Every hard rule the plan breaks, the worst first; empty for a feasible plan. Leaves the plan scored. */
    public static List<BrokenRule> of(RotationSolver solver, RotationPlan plan) {
        HardMediumSoftLongScore score = solver.score(plan);
        if (score.hardScore() >= 0) {
            return List.of();
        }
        return of(plan, solver.analyze(plan));
    }

    static List<BrokenRule> of(RotationPlan plan, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<BrokenRule> broken = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintAnalyses()) {
            if (c.score().hardScore() >= 0) {
                continue;
            }
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            Set<Rotation> teachers = new LinkedHashSet<>();
            Set<School> schools = new LinkedHashSet<>();
            List<MatchAnalysis<HardMediumSoftLongScore>> matches = c.matches() == null ? List.of() : c.matches();
            for (MatchAnalysis<HardMediumSoftLongScore> m : matches) {
                if (m.justification() instanceof RotationJustification j) {
                    zh.add(j.zh());
                    en.add(j.en());
                }
                Named named = named(plan, m.justification());
                teachers.addAll(named.teachers());
                schools.addAll(named.schools());
                if (named.teachers().isEmpty()) {
                    // A school's rule (capacity, one principal...): the planner's own moves there are the suspects.
                    for (School school : named.schools()) {
                        plan.getRotations().stream()
                                .filter(r -> r.isPinnedByPlanner() && r.isMoving()
                                        && (r.getDestination() == school || r.getHomeSchool() == school))
                                .forEach(teachers::add);
                    }
                }
            }
            broken.add(new BrokenRule(c.constraintName(), -c.score().hardScore(), c.matchCount(), zh, en,
                    List.copyOf(teachers), List.copyOf(schools)));
        }
        broken.sort((a, b) -> Long.compare(b.penalty(), a.penalty()));
        return broken;
    }

    /**
     * The teachers and schools a justification names: every text component of the record that is the id of a
     * teacher or a school of the plan (justifications name them by id).
     */
    public static Named named(RotationPlan plan, Object justification) {
        List<Rotation> teachers = new ArrayList<>();
        List<School> schools = new ArrayList<>();
        if (justification instanceof Record record) {
            for (var component : record.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                if (value instanceof String id) {
                    Rotation rotation = plan.rotationOf(id);
                    School school = plan.schoolOf(id);
                    if (rotation != null) {
                        teachers.add(rotation);
                    } else if (school != null) {
                        schools.add(school);
                    }
                }
            }
        }
        return new Named(teachers, schools);
    }
}
