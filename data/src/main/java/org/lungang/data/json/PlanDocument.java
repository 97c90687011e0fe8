package org.lungang.data.json;

import java.util.List;

import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.kpi.PlanKpis;

/**
 * The plan file ({@code docs/plan.schema.json}): the movers of a plan with the reasons for each move, the plan's
 * indicators, and the score broken down by constraint.
 *
 * @param problem the name of the problem the plan solves
 * @param score the score as {@code "0hard/0medium/-1234soft"}
 * @param feasible no hard constraint is broken
 * @param rotations the teachers who move; everyone else stays
 * @param kpis the plan's indicators before and after ({@link PlanKpis})
 * @param constraints every constraint with its score and matches
 */
public record PlanDocument(String problem, String score, boolean feasible, List<RotationEntry> rotations,
        PlanKpis kpis, List<ConstraintEntry> constraints) {

    /**
     * One move.
     *
     * @param distanceKm the teacher's commute to the new school in km, to one decimal
     * @param pinned the planner fixed this move
     */
    public record RotationEntry(String teacherId, String teacherName, String fromSchoolId, String toSchoolId,
            RotationKind kind, Subject subject, Double distanceKm, Boolean pinned, Justification justification) {
    }

    /** Why the move is made, line by line, in Chinese and in English. */
    public record Justification(List<String> zh, List<String> en) {
    }

    /**
     * @param score the constraint's total, e.g. {@code "0hard/0medium/-12soft"}
     * @param matches every match, with its share of the score and its explanation
     */
    public record ConstraintEntry(String name, String score, List<MatchEntry> matches) {
    }

    public record MatchEntry(String score, String zh, String en) {
    }
}
