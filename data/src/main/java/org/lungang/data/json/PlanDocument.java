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
 * @param bound what the exact core phase proved for this problem, or null when it did not run
 * @param year the school year planned (null in a plan written before years were recorded, or made by hand)
 * @param returns the year's returns and extensions: teachers whose term of exchange ends by the year, decided before
 *        the moves (absent when there is none)
 */
public record PlanDocument(String problem, String score, boolean feasible, List<RotationEntry> rotations,
        PlanKpis kpis, List<ConstraintEntry> constraints, BoundEntry bound, Integer year, List<ReturnEntry> returns) {

    /**
     * One teacher whose term of exchange ends by the year.
     *
     * @param homeSchoolId where she returns
     * @param hostSchoolId where she served (and stays, when extended)
     * @param extended her term is extended; otherwise she returns home this year
     * @param reason {@code org.lungang.solver.domain.TermEnd.Reason}
     * @param untilYear the school year she is back home: the term's end, or the extended term's
     */
    public record ReturnEntry(String teacherId, String teacherName, String homeSchoolId, String hostSchoolId,
            RotationKind kind, Subject subject, int startYear, int termYears, boolean extended, String reason,
            int untilYear, Justification justification) {
    }

    /**
     * The exact core's proof ({@code org.lungang.solver.exact.ExactBound}) and this plan measured against it.
     *
     * @param status OPTIMAL, FEASIBLE, NO_PLAN, TOO_BIG or UNAVAILABLE
     * @param engine HIGHS or CP_SAT
     * @param quotaShortfall heads of quota shortfall of the exact plan
     * @param shortfallLowerBound no plan of the core misses fewer heads
     * @param objective the exact plan's 100 × scarcity × shortage posts filled − commute km
     * @param unguardedObjective the same before the CV guard traded some of it for the national indicators (absent
     *        in plans written before it was recorded: then read as {@code objective})
     * @param bound upper bound on that objective at the exact plan's shortfall, null when none was proven
     * @param seconds wall time of the exact phase
     * @param pairs teacher (or group) × school pairs of the model
     * @param groups groups of interchangeable teachers
     * @param aggregated interchangeable teachers were counted as groups (the bound is that of a relaxation)
     * @param message what happened: the fallback taken, rules no plan can meet
     * @param planObjective this plan's 100 × scarcity × posts filled − km
     * @param planShortfall this plan's heads of quota shortfall (its medium score, negated)
     * @param gapPercent how far this plan is below the bound, in percent of it (negative: above it); null when the
     *        bound does not cover this plan (no bound, or the plan misses more quota heads than the exact plan)
     */
    public record BoundEntry(String status, String engine, long quotaShortfall, long shortfallLowerBound,
            long objective, Long unguardedObjective, Double bound, double seconds, long pairs, int groups,
            boolean aggregated, String message,
            long planObjective, long planShortfall, Double gapPercent) {
    }

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
