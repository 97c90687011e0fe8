package org.lungang.webui.plan;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lungang.data.excel.PlanStatus;
import org.lungang.data.excel.PlanWorkbook;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.justifications.RotationJustification;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.scenario.ScenarioService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan versions: recording solve results (with score and KPIs), reading a plan back on its scenario's problem, and
 * what a planner asks of a plan — its moves, the difference to another version, the score analysis, and the best
 * destinations for one teacher.
 */
@Service
public class PlanService {

    /** One teacher's move in a plan. */
    public record Move(String teacherId, String teacherName, String subject, String fromSchoolId,
            String fromSchoolName, String toSchoolId, String toSchoolName, String kind, double commuteKm,
            boolean pinned) {
    }

    /** A teacher whose destination differs between two plans (null: stays). */
    public record MoveChange(String teacherId, String fromSchoolId, String toSchoolIdInFirst,
            String toSchoolIdInSecond) {
    }

    public record PlanDiff(long firstPlanId, long secondPlanId, String firstScore, String secondScore,
            List<MoveChange> changes) {
    }

    /** One match of a constraint, explained in Chinese and English. */
    public record MatchView(String score, String zh, String en) {
    }

    public record ConstraintView(String name, String weight, String score, int matchCount, List<MatchView> matches) {
    }

    public record AnalysisView(long planId, String score, List<ConstraintView> constraints) {
    }

    /** A destination for one teacher and how the score would change; {@code toSchoolId} null means staying. */
    public record Recommendation(String toSchoolId, String toSchoolName, String scoreDifference,
            List<ConstraintView> constraintDifferences) {
    }

    private final PlanVersionRepository repository;
    private final ScenarioService scenarios;
    private final RotationSolver solver;
    private final ObjectMapper objectMapper;

    PlanService(PlanVersionRepository repository, ScenarioService scenarios, RotationSolver solver,
            ObjectMapper objectMapper) {
        this.repository = repository;
        this.scenarios = scenarios;
        this.solver = solver;
        this.objectMapper = objectMapper;
    }

    /** Records a new version of the scenario's plan, starting as the given plan. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public PlanVersion newVersion(long scenarioId, Long solveJobId, LoadedProblem start) {
        scenarios.lockForNewPlanVersion(scenarioId);
        PlanVersion version = new PlanVersion(scenarioId, repository.maxVersionNumber(scenarioId) + 1, solveJobId);
        fill(version, start);
        return repository.save(version);
    }

    /** Replaces a version's plan with a better one, as a solve improves it. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public void improve(long planId, LoadedProblem best) {
        repository.findById(planId).ifPresent(version -> fill(version, best));
    }

    private void fill(PlanVersion version, LoadedProblem problem) {
        RotationPlan plan = problem.plan();
        HardMediumSoftLongScore score = plan.getScore() != null ? plan.getScore() : solver.score(plan);
        int moves = (int) plan.getRotations().stream().filter(Rotation::isMoving).count();
        try {
            version.update(score.toString(), score.isFeasible(), moves,
                    objectMapper.writeValueAsString(KpiCalculator.calculate(plan)),
                    objectMapper.writeValueAsString(decisionsOf(problem)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DecisionDto> decisionsOf(LoadedProblem problem) {
        List<DecisionDto> decisions = ProblemJson.toDocument(problem).decisions();
        return decisions == null ? List.of() : decisions;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public PlanVersion get(long planId) {
        return repository.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** The figures stored with a plan version, typed; empty before the version holds a plan. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<PlanKpis> kpis(long planId) {
        String json = get(planId).getKpisJson();
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(objectMapper.readValue(json, PlanKpis.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored KPIs are not valid JSON", e);
        }
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(long scenarioId) {
        scenarios.get(scenarioId);
        return repository.findByScenarioIdOrderByVersionNumberAsc(scenarioId);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<PlanVersion> latest(long scenarioId) {
        return repository.findFirstByScenarioIdOrderByVersionNumberDesc(scenarioId);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<PlanVersion> ofJob(long solveJobId) {
        return repository.findFirstBySolveJobId(solveJobId);
    }

    /** The destinations of a plan version, as the problem file's decisions. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<DecisionDto> decisions(long planId) {
        try {
            return List.of(objectMapper.readValue(get(planId).getPlanJson(), DecisionDto[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan is not valid JSON", e);
        }
    }

    /**
     * The plan version as it was recorded (its destinations, pins and forbidden moves), rebuilt on its scenario's
     * problem and scored.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public LoadedProblem load(long planId) {
        PlanVersion version = get(planId);
        LoadedProblem problem = scenarios.recordedPlan(version.getScenarioId(), decisions(planId));
        solver.score(problem.plan());
        return problem;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Move> moves(long planId) {
        RotationPlan plan = load(planId).plan();
        return plan.getRotations().stream()
                .filter(Rotation::isMoving)
                .map(r -> new Move(r.getId(), r.getTeacher().name(), r.getSubject().name(), r.getHomeSchool().getId(),
                        r.getHomeSchool().getName(), r.getDestination().getId(), r.getDestination().getName(),
                        r.getKind().name(), Math.round(r.getCommuteKm() * 10) / 10.0, r.isPinnedByPlanner()))
                .toList();
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public PlanDiff diff(long firstPlanId, long secondPlanId) {
        PlanVersion first = get(firstPlanId);
        PlanVersion second = get(secondPlanId);
        Map<String, String> a = destinations(decisions(firstPlanId));
        Map<String, String> b = destinations(decisions(secondPlanId));
        RotationPlan plan = load(firstPlanId).plan();
        List<MoveChange> changes = new ArrayList<>();
        for (Rotation rotation : plan.getRotations()) {
            String inFirst = a.get(rotation.getId());
            String inSecond = b.get(rotation.getId());
            if (!Objects.equals(inFirst, inSecond)) {
                changes.add(new MoveChange(rotation.getId(), rotation.getHomeSchool().getId(), inFirst, inSecond));
            }
        }
        return new PlanDiff(firstPlanId, secondPlanId, first.getScore(), second.getScore(), changes);
    }

    private static Map<String, String> destinations(List<DecisionDto> decisions) {
        return decisions.stream().filter(d -> d.toSchoolId() != null)
                .collect(Collectors.toMap(DecisionDto::teacherId, DecisionDto::toSchoolId));
    }

    /** Why one teacher's decision in the plan serves the rules and goals, in Chinese and English. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public MoveExplanation explanation(long planId, String teacherId) {
        RotationPlan plan = load(planId).plan();
        Rotation rotation = plan.rotationOf(teacherId);
        if (rotation == null) {
            throw new InvalidRequestException("teacherId", "No teacher \"" + teacherId + "\" in this plan");
        }
        return MoveExplainer.explain(plan, rotation);
    }

    /** The plan file ({@link PlanJson}): every rotation explained, KPIs and the score breakdown. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public void exportJson(long planId, OutputStream out) {
        LoadedProblem problem = load(planId);
        PlanJson.write(PlanJson.toDocument(problem.plan(), problem.name(), solver), out);
    }

    /**
     * The plan workbook ({@link PlanWorkbook}): the rotation list by sending school, the staffing changes and the
     * balance indicators with the county's figures.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public void exportWorkbook(long planId, OutputStream out) {
        RotationPlan plan = load(planId).plan();
        PlanWorkbook.write(plan, KpiCalculator.calculate(plan),
                PlanStatus.of("第 " + get(planId).getVersionNumber() + " 版", solver, plan), out);
    }

    /** Every constraint's share of the score, with each match explained. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public AnalysisView analysis(long planId) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solver.analyze(load(planId).plan());
        return new AnalysisView(planId, analysis.score().toString(), constraints(analysis));
    }

    /**
     * The best destinations for one teacher, by Timefold's recommendation API: every school (and staying) tried in
     * the plan as it is, best score first.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(long planId, String teacherId, int limit) {
        RotationPlan plan = load(planId).plan();
        Rotation rotation = plan.rotationOf(teacherId);
        if (rotation == null) {
            throw new InvalidRequestException("teacherId", "No teacher \"" + teacherId + "\" in this plan");
        }
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
                .map(PlanService::constraint)
                .toList();
    }

    private static ConstraintView constraint(ConstraintAnalysis<HardMediumSoftLongScore> c) {
        List<MatchView> matches = c.matches() == null ? List.of() : c.matches().stream()
                .map(PlanService::match)
                .toList();
        return new ConstraintView(c.constraintName(), c.weight() == null ? null : c.weight().toString(),
                c.score().toString(), c.matchCount(), matches);
    }

    private static MatchView match(MatchAnalysis<HardMediumSoftLongScore> m) {
        return m.justification() instanceof RotationJustification j ? new MatchView(m.score().toString(), j.zh(), j.en())
                : new MatchView(m.score().toString(), null, String.valueOf(m.justification()));
    }
}
