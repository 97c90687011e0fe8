package org.lungang.webui.sweep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.province.cluster.ClusterSweepRunner;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.sweep.SweepParameter;
import org.lungang.data.sweep.SweepParameterException;
import org.lungang.data.sweep.SweepPoint;
import org.lungang.data.sweep.SweepProgress;
import org.lungang.data.sweep.SweepRequest;
import org.lungang.data.sweep.SweepResult;
import org.lungang.data.sweep.SweepRunner;
import org.lungang.data.sweep.SweepTable;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.BackgroundRun;
import org.lungang.webui.base.BackgroundRunner;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.RecentRuns;
import org.lungang.webui.base.access.PlannerChange;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.province.ClusterConfig;
import org.lungang.webui.scenario.RotationOverride;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What-if sweeps on a scenario's problem ({@link SweepRunner}): one or two policy parameters over a range, each point
 * solved for a fixed time, in the background, one sweep at a time. Sweeps live in memory only (a restart forgets
 * them); a point worth keeping is opened as a scenario of its own, with its plan as the first plan version. When a
 * cluster is configured ({@link ClusterConfig}) the points are spread over its workers, one job per point, keyed by
 * the point's problem so that a sweep started twice is solved once.
 */
@Service
public class SweepService {

    /** The parameters the web application offers: the ones a point can be opened as a scenario with. */
    public static final List<String> PARAMETERS = List.of("quota", "backbone", "secondment", "maxCommuteKm",
            "housingBedsFactor");
    static final Duration MAX_TIME_PER_POINT = Duration.ofMinutes(10);
    static final int MAX_POINTS = 100;
    /** Sweeps remembered (their points hold whole plans as destinations): the most recent ones. */
    static final int KEPT_RUNS = 20;

    /** One swept parameter as the planner enters it: a name and values, {@code from:to:step} or {@code a,b,c}. */
    public record Axis(String name, String values) {
    }

    /** A limit of the web application's sweeps, which a view words in the planner's language. */
    public enum Limit {
        /** (the most minutes) */
        TIME_PER_POINT,
        /** (the points asked for, the most points) */
        POINTS
    }

    /** A sweep refused by one of the web application's limits, with the figures the limit is about. */
    public static final class LimitException extends InvalidRequestException {

        private final Limit limit;
        private final List<Long> figures;

        LimitException(String field, String message, Limit limit, Long... figures) {
            super(field, message);
            this.limit = limit;
            this.figures = List.of(figures);
        }

        public Limit limit() {
            return limit;
        }

        public List<Long> figures() {
            return figures;
        }
    }

    /** A sweep: its request, the points solved so far, and at the end its result or the error that stopped it. */
    public static final class SweepRun extends BackgroundRun<SweepResult> {
        private final long scenarioId;
        private final SweepRequest request;
        private final List<SweepPoint> points = new ArrayList<>();

        SweepRun(long id, long scenarioId, SweepRequest request) {
            super(id);
            this.scenarioId = scenarioId;
            this.request = request;
        }

        public long scenarioId() { return scenarioId; }
        public SweepRequest request() { return request; }
        public int total() { return request.pointCount(); }

        /** The points solved so far, in grid order. */
        public List<SweepPoint> points() {
            synchronized (points) {
                return points.stream().sorted(Comparator.comparingInt(SweepPoint::index)).toList();
            }
        }

        public int done() {
            synchronized (points) {
                return points.size();
            }
        }

        /** The point's parameter values as text, e.g. {@code quota=0.15, maxCommuteKm=50}. */
        public String label(SweepPoint point) {
            return SweepTable.label(request.parameters(), point);
        }

        void add(SweepPoint point) {
            synchronized (points) {
                points.add(point);
            }
        }
    }

    private final ScenarioService scenarios;
    private final PlanService plans;
    private final AuditService audit;
    private final ObjectMapper objectMapper;
    private final ClusterConfig cluster;
    private final int parallel;
    private final SweepRunner sweeps = new SweepRunner();
    private final RecentRuns<SweepRun> runs = new RecentRuns<>("Sweep", KEPT_RUNS);
    /** One sweep at a time: a sweep already keeps the machine's solvers busy. */
    private final BackgroundRunner runner = new BackgroundRunner("lungang-sweeps");

    SweepService(ScenarioService scenarios, PlanService plans, AuditService audit, ObjectMapper objectMapper,
            ClusterConfig cluster, @Value("${lungang.sweep.parallel:1}") int parallel) {
        this.cluster = cluster;
        this.scenarios = scenarios;
        this.plans = plans;
        this.audit = audit;
        this.objectMapper = objectMapper;
        this.parallel = Math.max(1, parallel);
    }

    /**
     * Starts a sweep of the scenario's problem (its policy, weights, housing and the planner's pins and forbidden
     * moves). Every parameter is checked before anything is solved.
     *
     * @param listener told after each point and at the end, from the sweep's thread
     * @throws InvalidRequestException naming the parameter at fault (caused by the sweep's
     *         {@link SweepParameterException}, whose reason a view words), or the time per point
     */
    @PreAuthorize("hasRole('PLANNER')")
    public SweepRun start(long scenarioId, List<Axis> axes, Duration timePerPoint, Consumer<SweepRun> listener) {
        if (timePerPoint == null || timePerPoint.toMillis() < 1000 || timePerPoint.compareTo(MAX_TIME_PER_POINT) > 0) {
            throw new LimitException("timePerPoint", "The time per point must be between 1 second and "
                    + MAX_TIME_PER_POINT.toMinutes() + " minutes", Limit.TIME_PER_POINT,
                    MAX_TIME_PER_POINT.toMinutes());
        }
        if (axes.isEmpty() || axes.size() > 2) {
            throw new InvalidRequestException("parameters", "Sweep one or two parameters");
        }
        LoadedProblem problem = scenarios.problem(scenarioId, List.of());
        List<SweepParameter> parameters = new ArrayList<>();
        for (Axis axis : axes) {
            parameters.add(parameter(axis, problem));
        }
        SweepRequest request;
        try {
            request = new SweepRequest(problem.name(), problem.plan(), parameters, timePerPoint, parallel);
        } catch (SweepParameterException e) {
            throw new InvalidRequestException(e.getParameter(), withoutOption(e), e);
        }
        if (request.pointCount() > MAX_POINTS) {
            throw new LimitException("parameters", request.pointCount() + " points: a sweep in the web "
                    + "application solves at most " + MAX_POINTS, Limit.POINTS, (long) request.pointCount(),
                    (long) MAX_POINTS);
        }
        SweepRun run = runs.add(id -> new SweepRun(id, scenarioId, request));
        audit.record("SWEEP_STARTED", "scenario", scenarioId, parameters.stream()
                .map(p -> p.name() + "=" + p.values().stream().map(SweepParameter::format).toList())
                .toList() + ", " + timePerPoint + " per point");
        Consumer<SweepProgress> progress = p -> {
            run.add(p.point());
            listener.accept(run);
        };
        runner.start(run, "Sweep " + run.id() + " of scenario " + scenarioId, () -> cluster.cluster()
                .map(settings -> new ClusterSweepRunner(settings, cluster.connectTimeoutMillis())
                        .run(request, problem.year(), progress))
                .orElseGet(() -> sweeps.run(request, progress)), () -> listener.accept(run));
        return run;
    }

    private static SweepParameter parameter(Axis axis, LoadedProblem problem) {
        if (axis.name() == null || !PARAMETERS.contains(axis.name())) {
            throw new InvalidRequestException("parameters", "Unknown parameter \"" + axis.name() + "\"; known are: "
                    + String.join(", ", PARAMETERS));
        }
        try {
            return SweepParameter.parse(axis.name() + "=" + (axis.values() == null ? "" : axis.values()),
                    problem.plan().getPolicy());
        } catch (SweepParameterException e) {
            throw new InvalidRequestException(axis.name(), withoutOption(e), e);
        }
    }

    /** The runner's messages are written for the command line ({@code --param quota: ...}). */
    private static String withoutOption(SweepParameterException e) {
        return e.getMessage().replaceFirst("^--param ", "");
    }

    @PreAuthorize("hasRole('VIEWER')")
    public SweepRun get(long id) {
        return runs.get(id);
    }

    /**
     * Opens a solved point as a new scenario on the same dataset: the swept scenario's policy, weights, housing and
     * the planner's pins and forbidden moves, with the point's values; the point's plan becomes its first plan
     * version, to inspect, adjust and solve further.
     *
     * @param name, description in the planner's words; without them the point's parameters name it
     */
    @PlannerChange
    public Scenario openAsScenario(long runId, int pointIndex, String name, String description) {
        SweepRun run = get(runId);
        SweepPoint point = run.points().stream().filter(p -> p.index() == pointIndex).findFirst()
                .orElseThrow(() -> new InvalidRequestException("point", "Point " + pointIndex
                        + " of the sweep is not solved"));
        Scenario base = scenarios.get(run.scenarioId());
        ObjectNode policy = read(base.getPolicyJson(), ObjectNode.class);
        Double housing = base.getHousingBedsFactor();
        List<SweepParameter> parameters = run.request().parameters();
        for (int i = 0; i < parameters.size(); i++) {
            SweepParameter parameter = parameters.get(i);
            double value = point.values().get(i);
            switch (parameter.kind()) {
                case POLICY -> {
                    if (value == Math.rint(value)) {
                        policy.put(parameter.target(), (long) value);
                    } else {
                        policy.put(parameter.target(), value);
                    }
                }
                // The base problem already had the scenario's factor applied: the point multiplies on top of it.
                case HOUSING_BEDS_FACTOR -> housing = housing == null ? value : housing * value;
                default -> throw new IllegalStateException("Not offered in the web application: " + parameter.name());
            }
        }
        String label = run.label(point);
        Map<String, String> weights = read(base.getWeightsJson(), new TypeReference<Map<String, String>>() {
        });
        Scenario created = scenarios.create(new ScenarioSpec(base.getDatasetId(),
                name == null || name.isBlank() ? base.getName() + " · " + label : name,
                description == null || description.isBlank()
                        ? "sweep point " + label + " of \"" + base.getName() + "\"" : description,
                policy, weights, housing));
        for (RotationOverride o : scenarios.overrides(base.getId())) {
            scenarios.addOverride(created.getId(), o.getTeacherId(), o.getAction(), o.getSchoolId());
        }
        List<DecisionDto> destinations = point.destinations().entrySet().stream()
                .map(e -> new DecisionDto(e.getKey(), e.getValue(), false, List.of()))
                .toList();
        plans.newVersion(created.getId(), null, scenarios.problem(created.getId(), destinations));
        audit.record("SWEEP_POINT_OPENED", "scenario", created.getId(), label + " of sweep on scenario "
                + base.getId());
        return created;
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scenario is not valid JSON", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scenario is not valid JSON", e);
        }
    }

    @PreDestroy
    void shutdown() {
        runner.shutdown();
    }
}
