package org.lungang.webui.plan;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lungang.data.excel.PlanStatus;
import org.lungang.data.excel.PlanWorkbook;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.access.PlannerChange;
import org.lungang.webui.base.access.ViewerRead;
import org.lungang.webui.scenario.ScenarioService;
import org.springframework.stereotype.Service;

/**
 * Plan versions: recording solve results (with score and KPIs), reading a plan back on its scenario's problem, and
 * what a planner asks of a plan — its moves, the difference to another version, the score analysis, and the best
 * destinations for one teacher (both read from Timefold by {@link ScoreAnalyses}).
 */
@Service
public class PlanService {

    /** One teacher's move in a plan. */
    public record Move(String teacherId, String teacherName, String subject, String fromSchoolId,
            String fromSchoolName, String toSchoolId, String toSchoolName, String kind, double commuteKm,
            boolean pinned) {
    }

    /** A teacher whose destination differs between two plans (null: stays), with the names a planner reads. */
    public record MoveChange(String teacherId, String fromSchoolId, String toSchoolIdInFirst,
            String toSchoolIdInSecond, String teacherName, String fromSchoolName, String toSchoolNameInFirst,
            String toSchoolNameInSecond) {
    }

    public record PlanDiff(long firstPlanId, long secondPlanId, String firstScore, String secondScore,
            List<MoveChange> changes) {
    }

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

    /**
     * A destination for one teacher and how the plan's score would change if she went there instead of where the
     * plan sends her; {@code toSchoolId} null means staying, {@code current} that the plan sends her there already.
     */
    public record Recommendation(String toSchoolId, String toSchoolName, String scoreDifference,
            List<ConstraintView> constraintDifferences, boolean current) {
    }

    private final PlanVersionRepository repository;
    private final ScenarioService scenarios;
    private final RotationSolver solver;
    private final ScoreAnalyses scoreAnalyses;
    private final ObjectMapper objectMapper;

    PlanService(PlanVersionRepository repository, ScenarioService scenarios, RotationSolver solver,
            ScoreAnalyses scoreAnalyses, ObjectMapper objectMapper) {
        this.repository = repository;
        this.scenarios = scenarios;
        this.solver = solver;
        this.scoreAnalyses = scoreAnalyses;
        this.objectMapper = objectMapper;
    }

    /**
     * Records a new version of the scenario's plan, starting as the given plan: a solve's (with its job) or a
     * sweep's (without).
     */
    @PlannerChange
    public PlanVersion newVersion(long scenarioId, Long solveJobId, LoadedProblem start) {
        return newVersion(scenarioId, solveJobId, solveJobId == null ? PlanOrigin.SWEEP : PlanOrigin.SOLVE, start);
    }

    /**
     * Records a new version of the scenario's plan, starting as the given plan; it is based on the scenario's
     * current version (the one a solve starts from or would replace).
     */
    @PlannerChange
    public PlanVersion newVersion(long scenarioId, Long solveJobId, PlanOrigin origin, LoadedProblem start) {
        Integer basedOn = latest(scenarioId).map(PlanVersion::getVersionNumber).orElse(null);
        return record(scenarioId, solveJobId, origin, basedOn, start);
    }

    private PlanVersion record(long scenarioId, Long solveJobId, PlanOrigin origin, Integer basedOn,
            LoadedProblem start) {
        scenarios.lockForNewPlanVersion(scenarioId);
        PlanVersion version = new PlanVersion(scenarioId, repository.maxVersionNumber(scenarioId) + 1, solveJobId,
                origin, AuditService.currentUsername(), basedOn);
        fill(version, start);
        return repository.save(version);
    }

    /**
     * What a finished solve's version became: current, or set aside because it scored worse than the version it
     * would have replaced ({@code replaced}, null when there was none).
     */
    public record Outcome(PlanVersion version, boolean setAside, PlanVersion replaced) {
    }

    /**
     * Keeps the best plan when a solve ends: a version that scores worse than the version it is based on (both
     * scored now, under the scenario's current policy and the planner's pins) is set aside, so the better plan stays
     * current; it stays in the history and can be restored.
     */
    @PlannerChange
    public Outcome keepBest(long planId) {
        PlanVersion version = get(planId);
        Optional<PlanVersion> replaced = version.getBasedOnVersion() == null ? Optional.empty()
                : repository.findByScenarioIdAndVersionNumber(version.getScenarioId(), version.getBasedOnVersion());
        if (replaced.isEmpty() || replaced.get().isSetAside()) {
            return new Outcome(version, false, replaced.orElse(null));
        }
        HardMediumSoftLongScore mine = load(planId).plan().getScore();
        HardMediumSoftLongScore theirs = load(replaced.get().getId()).plan().getScore();
        boolean worse = mine.compareTo(theirs) < 0;
        if (worse) {
            version.setAside();
        }
        return new Outcome(version, worse, replaced.get());
    }

    /** Makes an earlier version current again, as a new version with the same plan (the history stays whole). */
    @PlannerChange
    public PlanVersion restore(long planId) {
        PlanVersion restored = get(planId);
        return record(restored.getScenarioId(), null, PlanOrigin.RESTORE, restored.getVersionNumber(),
                load(planId));
    }

    /**
     * Saves the current plan with the planner's pins and hand moves applied as a new version; empty when they
     * change no destination of the current version (or there is no version yet).
     */
    @PlannerChange
    public Optional<PlanVersion> recordHandEdits(long scenarioId) {
        Optional<PlanVersion> current = latest(scenarioId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<DecisionDto> before = decisions(current.get().getId());
        LoadedProblem edited = scenarios.problem(scenarioId, before);
        if (destinations(decisionsOf(edited)).equals(destinations(before))) {
            return Optional.empty();
        }
        return Optional.of(record(scenarioId, null, PlanOrigin.HAND_EDIT, current.get().getVersionNumber(),
                edited));
    }

    /** Replaces a version's plan with a better one, as a solve improves it. */
    @PlannerChange
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

    @ViewerRead
    public PlanVersion get(long planId) {
        return repository.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** The figures stored with a plan version, typed; empty before the version holds a plan. */
    @ViewerRead
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

    @ViewerRead
    public List<PlanVersion> versions(long scenarioId) {
        scenarios.get(scenarioId);
        return repository.findByScenarioIdOrderByVersionNumberAsc(scenarioId);
    }

    /**
     * The scenario's current plan: its newest version that was not set aside (a solve that scored worse than the
     * plan it would have replaced is kept in the history, not made current).
     */
    @ViewerRead
    public Optional<PlanVersion> latest(long scenarioId) {
        return repository.findFirstByScenarioIdAndSetAsideFalseOrderByVersionNumberDesc(scenarioId);
    }

    @ViewerRead
    public Optional<PlanVersion> ofJob(long solveJobId) {
        return repository.findFirstBySolveJobId(solveJobId);
    }

    /** The destinations of a plan version, as the problem file's decisions. */
    @ViewerRead
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
    @ViewerRead
    public LoadedProblem load(long planId) {
        PlanVersion version = get(planId);
        LoadedProblem problem = scenarios.recordedPlan(version.getScenarioId(), decisions(planId));
        solver.score(problem.plan());
        return problem;
    }

    @ViewerRead
    public List<Move> moves(long planId) {
        RotationPlan plan = load(planId).plan();
        return plan.getRotations().stream()
                .filter(Rotation::isMoving)
                .map(r -> new Move(r.getId(), r.getTeacher().name(), r.getSubject().name(), r.getHomeSchool().getId(),
                        r.getHomeSchool().getName(), r.getDestination().getId(), r.getDestination().getName(),
                        r.getKind().name(), Math.round(r.getCommuteKm() * 10) / 10.0, r.isPinnedByPlanner()))
                .toList();
    }

    @ViewerRead
    public PlanDiff diff(long firstPlanId, long secondPlanId) {
        PlanVersion first = get(firstPlanId);
        PlanVersion second = get(secondPlanId);
        Map<String, String> a = destinations(decisions(firstPlanId));
        Map<String, String> b = destinations(decisions(secondPlanId));
        RotationPlan plan = load(firstPlanId).plan();
        Map<String, String> names = plan.getSchools().stream()
                .collect(Collectors.toMap(School::getId, School::getName));
        List<MoveChange> changes = new ArrayList<>();
        for (Rotation rotation : plan.getRotations()) {
            String inFirst = a.get(rotation.getId());
            String inSecond = b.get(rotation.getId());
            if (!Objects.equals(inFirst, inSecond)) {
                changes.add(new MoveChange(rotation.getId(), rotation.getHomeSchool().getId(), inFirst, inSecond,
                        rotation.getTeacher().name(), rotation.getHomeSchool().getName(),
                        inFirst == null ? null : names.get(inFirst), inSecond == null ? null : names.get(inSecond)));
            }
        }
        return new PlanDiff(firstPlanId, secondPlanId, first.getScore(), second.getScore(), changes);
    }

    private static Map<String, String> destinations(List<DecisionDto> decisions) {
        return decisions.stream().filter(d -> d.toSchoolId() != null)
                .collect(Collectors.toMap(DecisionDto::teacherId, DecisionDto::toSchoolId));
    }

    /** Why one teacher's decision in the plan serves the rules and goals, in Chinese and English. */
    @ViewerRead
    public MoveExplanation explanation(long planId, String teacherId) {
        RotationPlan plan = load(planId).plan();
        return MoveExplainer.explain(plan, rotationOf(plan, teacherId));
    }

    /** The teacher's rotation in the plan; a teacher not in it is a bad request. */
    private static Rotation rotationOf(RotationPlan plan, String teacherId) {
        Rotation rotation = plan.rotationOf(teacherId);
        if (rotation == null) {
            throw new InvalidRequestException("teacherId", "No teacher \"" + teacherId + "\" in this plan");
        }
        return rotation;
    }

    /** The plan file ({@link PlanJson}): every rotation explained, KPIs and the score breakdown. */
    @ViewerRead
    public void exportJson(long planId, OutputStream out) {
        LoadedProblem problem = load(planId);
        PlanJson.write(PlanJson.toDocument(problem.plan(), problem.name(), solver), out);
    }

    /**
     * The plan workbook ({@link PlanWorkbook}): the rotation list by sending school, the staffing changes and the
     * balance indicators with the county's figures.
     */
    @ViewerRead
    public void exportWorkbook(long planId, OutputStream out) {
        RotationPlan plan = load(planId).plan();
        PlanWorkbook.write(plan, KpiCalculator.calculate(plan),
                PlanStatus.of("第 " + get(planId).getVersionNumber() + " 版", solver, plan), out);
    }

    /** Every constraint's share of the score, with each match explained. */
    @ViewerRead
    public AnalysisView analysis(long planId) {
        return scoreAnalyses.analysis(planId, load(planId).plan());
    }

    /**
     * The best destinations for one teacher, by Timefold's recommendation API: every school (and staying) tried in
     * the plan as it is, best score first, her own school left out. Each is compared with the plan as it is — where
     * it sends her now — never with her staying, so her current destination differs by nothing.
     */
    @ViewerRead
    public List<Recommendation> recommendations(long planId, String teacherId, int limit) {
        RotationPlan plan = load(planId).plan();
        return scoreAnalyses.recommendations(plan, rotationOf(plan, teacherId), limit);
    }
}
