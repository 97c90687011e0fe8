package org.lungang.solver.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.solver.exact.ExactBound;

/**
 * A county's rotation problem and, once solved, its plan: the policy, the schools, the roster and one
 * {@link Rotation} per teacher.
 */
@PlanningSolution(solutionCloner = RotationPlanCloner.class)
public class RotationPlan {

    @ProblemFactProperty
    private RotationPolicy policy;

    @ProblemFactCollectionProperty
    private List<School> schools;

    @ProblemFactCollectionProperty
    private List<Teacher> teachers;

    /** Each indicator's coefficient per group before any move: what "must not worsen" compares against. */
    @ProblemFactCollectionProperty
    private List<IndicatorBaseline> indicatorBaselines = List.of();

    @PlanningEntityCollectionProperty
    private List<Rotation> rotations;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    private Distances distances;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** What the exact core phase proved, or null when it did not run. */
    private ExactBound exactBound;

    public RotationPlan() {
        // For Timefold's cloning.
    }

    private RotationPlan(RotationPolicy policy, List<School> schools, List<Teacher> teachers,
            List<Rotation> rotations, Distances distances, List<IndicatorBaseline> indicatorBaselines) {
        this.policy = policy;
        this.schools = schools;
        this.teachers = teachers;
        this.indicatorBaselines = indicatorBaselines;
        this.rotations = rotations;
        this.distances = distances;
        this.constraintWeightOverrides = ConstraintWeightOverrides.none();
    }

    /**
     * Creates an unsolved plan: derives every school's staffing before the plan and the national indicators'
     * coefficients before it, checks each teacher's eligibility under the policy, gives every teacher a rotation
     * that stays, and works out where each may go ({@link Reachability}).
     *
     * @param schoolMatrixKm optional travel distances between schools (school id to school id), may be empty
     */
    public static RotationPlan of(RotationPolicy policy, List<School> schools, List<Teacher> teachers,
            Map<String, Map<String, Double>> schoolMatrixKm) {
        Map<School, Map<Subject, Integer>> staff = new HashMap<>();
        for (Teacher teacher : teachers) {
            if (!teacher.isPrincipal()) {
                staff.computeIfAbsent(teacher.homeSchool(), s -> new EnumMap<>(Subject.class))
                        .merge(teacher.subject(), 1, Integer::sum);
            }
        }
        for (School school : schools) {
            school.initStaffBefore(staff.getOrDefault(school, Map.of()));
        }
        Distances distances = new Distances(policy.roadFactor(), schoolMatrixKm);
        List<Rotation> rotations = new ArrayList<>(teachers.size());
        List<Teacher> candidates = new ArrayList<>();
        for (Teacher teacher : teachers) {
            Rotation rotation = new Rotation(teacher, Eligibility.of(teacher, policy), policy.countsAsBackbone(teacher),
                    distances);
            rotations.add(rotation);
            if (rotation.isCandidate()) {
                candidates.add(teacher);
            }
        }
        Reachability reachability = Reachability.of(policy, schools, candidates, distances);
        for (Rotation rotation : rotations) {
            rotation.attach(reachability);
        }
        List<School> schoolList = List.copyOf(schools);
        List<Teacher> teacherList = List.copyOf(teachers);
        RotationPlan plan = new RotationPlan(policy, schoolList, teacherList, rotations, distances,
                IndicatorBaseline.of(schoolList, teacherList));
        plan.constraintWeightOverrides = ConstraintWeights.overrides(policy.constraintWeights());
        return plan;
    }

    /** A copy of this plan with other rotations (for the cloner): facts, weights and score are shared. */
    RotationPlan withRotations(List<Rotation> otherRotations) {
        RotationPlan copy = new RotationPlan(policy, schools, teachers, otherRotations, distances,
                indicatorBaselines);
        copy.constraintWeightOverrides = constraintWeightOverrides;
        copy.score = score;
        copy.exactBound = exactBound;
        return copy;
    }

    public RotationPolicy getPolicy() {
        return policy;
    }

    public List<School> getSchools() {
        return schools;
    }

    public List<Teacher> getTeachers() {
        return teachers;
    }

    /** The coefficient of each indicator per group before any move, computed when the plan was created. */
    public List<IndicatorBaseline> getIndicatorBaselines() {
        return indicatorBaselines;
    }

    public List<Rotation> getRotations() {
        return rotations;
    }

    public Distances getDistances() {
        return distances;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /**
     * What the exact core phase proved for this plan's problem: its status, the quota shortfall it reached and the
     * bound on 100 × scarcity × posts filled − km at that shortfall; null when the phase did not run.
     */
    public ExactBound getExactBound() {
        return exactBound;
    }

    public void setExactBound(ExactBound exactBound) {
        this.exactBound = exactBound;
    }

    /** The rotation of a teacher, or null if the id is unknown. */
    public Rotation rotationOf(String teacherId) {
        for (Rotation rotation : rotations) {
            if (rotation.getId().equals(teacherId)) {
                return rotation;
            }
        }
        return null;
    }

    /** The school with the id, or null. */
    public School schoolOf(String schoolId) {
        for (School school : schools) {
            if (school.getId().equals(schoolId)) {
                return school;
            }
        }
        return null;
    }
}
