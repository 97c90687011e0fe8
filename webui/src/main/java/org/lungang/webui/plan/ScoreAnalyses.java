package org.lungang.webui.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.lungang.webui.plan.PlanService.AnalysisView;
import org.lungang.webui.plan.PlanService.ConstraintView;
import org.lungang.webui.plan.PlanService.MatchView;
import org.lungang.webui.plan.PlanService.Recommendation;
import org.springframework.stereotype.Component;

/**
 * Timefold's score analysis of a plan, in the records the views and the REST API read: every constraint's share with
 * each match explained, and the destinations recommended for one teacher. The part of {@link PlanService} that talks
 * to the score analysis, so that the service keeps to recording and reading the versions.
 */
@Component
class ScoreAnalyses {

    private final RotationSolver solver;

    ScoreAnalyses(RotationSolver solver) {
        this.solver = solver;
    }

    AnalysisView analysis(long planId, RotationPlan plan) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solver.analyze(plan);
        return new AnalysisView(planId, analysis.score().toString(), constraints(analysis));
    }

    /** Every school (and staying) tried for the teacher in the plan as it is, best score first. */
    List<Recommendation> recommendations(RotationPlan plan, Rotation rotation, int limit) {
        if (rotation.isPinned()) {
            throw new InvalidRequestException("teacherId", "Teacher \"" + rotation.getId()
                    + "\" is pinned (by the planner, or not eligible to rotate): there is nothing to recommend");
        }
        School current = rotation.getDestination();
        ScoreAnalysis<HardMediumSoftLongScore> now = solver.analyze(plan);
        List<School> best = new ArrayList<>();
        try {
            // The API measures from the teacher unassigned; it ranks, and each is then measured from the plan.
            rotation.setDestination(null);
            solver.solutionManager().recommendAssignment(plan, rotation, Rotation::getDestination,
                            ScoreAnalysisFetchPolicy.FETCH_SHALLOW).stream()
                    .map(RecommendedAssignment::proposition)
                    .filter(school -> school != rotation.getHomeSchool())
                    .limit(Math.max(1, limit))
                    .forEach(best::add);
        } finally {
            rotation.setDestination(current);
        }
        if (!best.contains(null)) {
            best.add(null); // staying is always an option, whether or not the API proposes it
        }
        Map<School, ScoreAnalysis<HardMediumSoftLongScore>> differences = new HashMap<>();
        for (School school : best) {
            try {
                rotation.setDestination(school);
                differences.put(school, solver.analyze(plan).diff(now));
            } finally {
                rotation.setDestination(current);
            }
        }
        return best.stream()
                .sorted(Comparator.comparing((School school) -> differences.get(school).score()).reversed())
                .limit(Math.max(1, limit))
                .map(school -> new Recommendation(school == null ? null : school.getId(),
                        school == null ? null : school.getName(), differences.get(school).score().toString(),
                        constraints(differences.get(school)).stream()
                                .filter(c -> !c.score().equals(HardMediumSoftLongScore.ZERO.toString()))
                                .toList(), school == current))
                .toList();
    }

    private static List<ConstraintView> constraints(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .sorted(Comparator.comparing(ConstraintAnalysis<HardMediumSoftLongScore>::score))
                .map(ScoreAnalyses::constraint)
                .toList();
    }

    private static ConstraintView constraint(ConstraintAnalysis<HardMediumSoftLongScore> c) {
        List<MatchView> matches = c.matches() == null ? List.of() : c.matches().stream()
                .map(ScoreAnalyses::match)
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
