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

    /** The school year planned, or null when not known (then every term of exchange is taken as going on). */
    private Integer year;

    /** The year's returns and extensions, decided before the staffing is counted. */
    private List<TermEnd> termEnds = List.of();

    /** The planner's decisions on terms that end: teacher id to true (extend) or false (return). */
    private Map<String, Boolean> termDecisions = Map.of();

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
        return of(policy, schools, teachers, schoolMatrixKm, null, Map.of());
    }

    /**
     * Creates the unsolved plan of a school year. The year's returns come first ({@link TermEnds}): a teacher whose
     * term of exchange ends returns home unless her term is extended; then staffing, indicators and eligibility are
     * counted from where everyone works after the returns, a teacher away on exchange at her host.
     *
     * @param year the school year planned; null treats every term of exchange as going on
     * @param termDecisions the planner's decisions on terms that end: teacher id to true (extend) or false (return)
     */
    public static RotationPlan of(RotationPolicy policy, List<School> schools, List<Teacher> teachers,
            Map<String, Map<String, Double>> schoolMatrixKm, Integer year, Map<String, Boolean> termDecisions) {
        List<TermEnd> termEnds = year == null ? List.of() : TermEnds.decide(policy, year, teachers, termDecisions);
        Map<String, TermEnd> endsById = new HashMap<>();
        termEnds.forEach(end -> endsById.put(end.teacher().id(), end));
        Map<Teacher, School> startSchools = new HashMap<>();
        Map<School, Map<Subject, Integer>> staff = new HashMap<>();
        Map<School, Integer> ongoingSecondees = new HashMap<>();
        Map<School, Integer> awayFromHome = new HashMap<>();
        for (Teacher teacher : teachers) {
            TermEnd end = endsById.get(teacher.id());
            School start = end != null ? end.workplace()
                    : (year == null ? teacher.exchange() != null : teacher.isAwayIn(year)) ? teacher.exchange().host()
                    : teacher.homeSchool();
            startSchools.put(teacher, start);
            School counted = teacher.postSchoolAt(start);
            if (!teacher.isPrincipal() && counted != null) {
                staff.computeIfAbsent(counted, s -> new EnumMap<>(Subject.class))
                        .merge(teacher.subject(), 1, Integer::sum);
            }
            if (start != teacher.homeSchool() && teacher.exchange().kind() == RotationKind.SECONDMENT) {
                ongoingSecondees.merge(start, 1, Integer::sum);
            }
            if (start != teacher.homeSchool() && !teacher.isPrincipal()) {
                awayFromHome.merge(teacher.homeSchool(), 1, Integer::sum);
            }
        }
        for (School school : schools) {
            school.initStaffBefore(staff.getOrDefault(school, Map.of()));
            school.initOngoingSecondees(ongoingSecondees.getOrDefault(school, 0));
            school.initAwayOnExchange(awayFromHome.getOrDefault(school, 0));
        }
        Distances distances = new Distances(policy.roadFactor(), schoolMatrixKm);
        List<Rotation> rotations = new ArrayList<>(teachers.size());
        List<Teacher> candidates = new ArrayList<>();
        for (Teacher teacher : teachers) {
            School start = startSchools.get(teacher);
            boolean away = start != teacher.homeSchool();
            Rotation rotation = new Rotation(teacher, start, Eligibility.of(teacher, policy, away, year), policy,
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
                IndicatorBaseline.of(schoolList, rotations));
        plan.constraintWeightOverrides = ConstraintWeights.overrides(policy.constraintWeights());
        plan.year = year;
        plan.termEnds = termEnds;
        plan.termDecisions = Map.copyOf(termDecisions);
        return plan;
    }

    /** A copy of this plan with other rotations (for the cloner): facts, weights and score are shared. */
    RotationPlan withRotations(List<Rotation> otherRotations) {
        RotationPlan copy = new RotationPlan(policy, schools, teachers, otherRotations, distances,
                indicatorBaselines);
        copy.constraintWeightOverrides = constraintWeightOverrides;
        copy.score = score;
        copy.exactBound = exactBound;
        copy.year = year;
        copy.termEnds = termEnds;
        copy.termDecisions = termDecisions;
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

    /** The school year planned, or null when not known. */
    public Integer getYear() {
        return year;
    }

    /** The year's returns and extensions (terms of exchange that end by the year), in roster order. */
    public List<TermEnd> getTermEnds() {
        return termEnds;
    }

    /** The planner's decisions on terms that end: teacher id to true (extend) or false (return). */
    public Map<String, Boolean> getTermDecisions() {
        return termDecisions;
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
