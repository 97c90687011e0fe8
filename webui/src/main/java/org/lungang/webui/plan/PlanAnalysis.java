package org.lungang.webui.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.justifications.RotationJustification;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.webui.base.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the score says of a recorded plan: every constraint's share with each match explained, and the best
 * destinations for one teacher. Apart from {@link PlanService}, which records and reads the versions, because this is
 * the part that talks to Timefold's score analysis.
 */
@Service
public class PlanAnalysis {

    /**
     * One match of a constraint, explained in Chinese and English, with the teachers and schools it is about (for
     * links); the county as a whole is named by no school.
     */
    public record MatchView(String score, String zh, String en, List<String> teacherIds, List<String> schoolIds) {
    }

    public record ConstraintView(String name, String weight, String score, int matchCount, List<MatchView> matches) {
    }

    public record AnalysisView(long planId, String score, List<ConstraintView> constraints) {
    }

    /** A destination for one teacher and how the score would change; {@code toSchoolId} null means staying. */
    public record Recommendation(String toSchoolId, String toSchoolName, String scoreDifference,
            List<ConstraintView> constraintDifferences) {
    }

    private final PlanService plans;
    private final RotationSolver solver;

    PlanAnalysis(PlanService plans, RotationSolver solver) {
        this.plans = plans;
        this.solver = solver;
    }

    /** Every constraint's share of the score, with each match explained. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public AnalysisView analysis(long planId) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solver.analyze(plans.load(planId).plan());
        return new AnalysisView(planId, analysis.score().toString(), constraints(analysis));
    }

    /**
     * The best destinations for one teacher, by Timefold's recommendation API: every school (and staying) tried in
     * the plan as it is, best score first.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(long planId, String teacherId, int limit) {
        RotationPlan plan = plans.load(planId).plan();
        Rotation rotation = PlanService.rotationOf(plan, teacherId);
        if (rotation.isPinned()) {
            throw new InvalidRequestException("teacherId", "Teacher \"" + teacherId
                    + "\" is pinned (by the planner, or not eligible to rotate): there is nothing to recommend");
        }
        rotation.setDestination(null);
        List<RecommendedAssignment<School, HardMediumSoftLongScore>> recommended = solver.solutionManager()
                .recommendAssignment(plan, rotation, Rotation::getDestination, ScoreAnalysisFetchPolicy.FETCH_ALL);
        return recommended.stream()
                .limit(Math.max(1, limit))
                .map(r -> new Recommendation(r.proposition() == null ? null : r.proposition().getId(),
                        r.proposition() == null ? null : r.proposition().getName(),
                        r.scoreAnalysisDiff().score().toString(), constraints(r.scoreAnalysisDiff()).stream()
                                .filter(c -> !c.score().equals(HardMediumSoftLongScore.ZERO.toString()))
                                .toList()))
                .toList();
    }

    private static List<ConstraintView> constraints(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .sorted(Comparator.comparing(ConstraintAnalysis<HardMediumSoftLongScore>::score))
                .map(PlanAnalysis::constraint)
                .toList();
    }

    private static ConstraintView constraint(ConstraintAnalysis<HardMediumSoftLongScore> c) {
        List<MatchView> matches = c.matches() == null ? List.of() : c.matches().stream()
                .map(PlanAnalysis::match)
                .toList();
        return new ConstraintView(c.constraintName(), c.weight() == null ? null : c.weight().toString(),
                c.score().toString(), c.matchCount(), matches);
    }

    private static MatchView match(MatchAnalysis<HardMediumSoftLongScore> m) {
        if (!(m.justification() instanceof RotationJustification j)) {
            return new MatchView(m.score().toString(), null, String.valueOf(m.justification()), List.of(), List.of());
        }
        List<String> teachers = new ArrayList<>();
        List<String> schools = new ArrayList<>();
        // Every justification is a record naming whom it is about in components of these names; reading them here
        // keeps one place for it rather than a case per justification type.
        if (j instanceof Record) {
            for (RecordComponent component : j.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = component.getAccessor().invoke(j);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (!(value instanceof String id)) {
                    continue;
                }
                switch (component.getName()) {
                    case "teacherId", "otherTeacherId" -> teachers.add(id);
                    case "schoolId", "fromSchoolId", "toSchoolId" -> schools.add(id);
                    case "scope" -> {
                        if (!ConstraintNames.COUNTY_SCOPE.equals(id)) {
                            schools.add(id);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new MatchView(m.score().toString(), j.zh(), j.en(), List.copyOf(teachers), List.copyOf(schools));
    }
}
