package org.lungang.data.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/**
 * Builds the problem of one sweep point from the base problem. A changed policy changes eligibility, backbone counts
 * and quotas, so every point is a new {@link RotationPlan#of}, on its own copies of the schools and teachers: the
 * points never share a mutable fact, and so can be solved in parallel.
 */
final class PointProblem {

    private PointProblem() {
    }

    /** The base policy with the point's policy fields and constraint weights set. */
    static RotationPolicy policy(RotationPolicy base, List<SweepParameter> parameters, List<Double> values) {
        RotationPolicy.Builder builder = base.toBuilder();
        Map<String, String> weights = new LinkedHashMap<>(base.constraintWeights());
        for (int i = 0; i < parameters.size(); i++) {
            SweepParameter parameter = parameters.get(i);
            double value = values.get(i);
            parameter.apply(builder, value);
            if (parameter.kind() == SweepParameter.Kind.WEIGHT) {
                weights.put(parameter.target(), ConstraintLevel.of(parameter.target()).weight(Math.round(value)));
            }
        }
        return builder.constraintWeights(weights).build();
    }

    /** The beds each school has at the point. */
    static IntUnaryOperator beds(List<SweepParameter> parameters, List<Double> values) {
        IntUnaryOperator beds = IntUnaryOperator.identity();
        for (int i = 0; i < parameters.size(); i++) {
            double value = values.get(i);
            switch (parameters.get(i).kind()) {
                case HOUSING_BEDS -> beds = own -> (int) value;
                case HOUSING_BEDS_FACTOR -> beds = own -> (int) Math.floor(own * value);
                default -> {
                }
            }
        }
        return beds;
    }

    /**
     * A fresh problem with the given policy and beds, carrying the base problem's decisions: pins (with their
     * destinations) and forbidden schools. Unpinned destinations are not copied; see {@link #warmStart}.
     */
    static RotationPlan build(RotationPlan base, RotationPolicy policy, IntUnaryOperator beds) {
        Map<String, School> schools = new LinkedHashMap<>();
        for (School s : base.getSchools()) {
            schools.put(s.getId(), new School(s.getId(), s.getName(), s.getKind(), s.getStage(), s.getTier(),
                    s.getAllianceId(), s.getLocation(), s.getStudents(), s.getPosts(),
                    beds.applyAsInt(s.getHousingBeds()), s.getReceivingCapacity()));
        }
        List<Teacher> teachers = new ArrayList<>(base.getTeachers().size());
        for (Teacher t : base.getTeachers()) {
            teachers.add(t.onSchools(schools::get));
        }
        // The same year and the planner's decisions on ending terms: a sweep point plans the same year's returns.
        RotationPlan plan = RotationPlan.of(policy, List.copyOf(schools.values()), teachers,
                base.getDistances().getSchoolMatrixKm(), base.getYear(), base.getTermDecisions());
        Map<String, Rotation> baseRotations = new HashMap<>();
        for (Rotation rotation : base.getRotations()) {
            baseRotations.put(rotation.getId(), rotation);
        }
        for (Rotation rotation : plan.getRotations()) {
            Rotation decided = baseRotations.get(rotation.getId());
            rotation.setForbiddenSchoolIds(decided.getForbiddenSchoolIds());
            if (decided.isPinnedByPlanner()) {
                rotation.setPinnedByPlanner(true);
                rotation.setDestination(decided.getDestination() == null ? null
                        : schools.get(decided.getDestination().getId()));
            }
        }
        return plan;
    }

    /** Where everyone who moves goes: teacher id to school id. */
    static Map<String, String> destinations(RotationPlan plan) {
        Map<String, String> destinations = new LinkedHashMap<>();
        for (Rotation rotation : plan.getRotations()) {
            if (rotation.getDestination() != null) {
                destinations.put(rotation.getId(), rotation.getDestination().getId());
            }
        }
        return destinations;
    }

    /**
     * Copies destinations (teacher id to school id) onto the plan's unpinned rotations: the warm start from a
     * neighbouring point. Pinned rotations keep theirs, and so do teachers who are no longer candidates.
     */
    static RotationPlan warmStart(RotationPlan plan, Map<String, String> destinations) {
        Map<String, School> schools = new HashMap<>();
        plan.getSchools().forEach(school -> schools.put(school.getId(), school));
        for (Rotation rotation : plan.getRotations()) {
            if (!rotation.isPinned()) {
                String schoolId = destinations.get(rotation.getId());
                rotation.setDestination(schoolId == null ? null : schools.get(schoolId));
            }
        }
        plan.setScore(null);
        return plan;
    }
}
