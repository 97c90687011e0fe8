package org.lungang.webui.scenario;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.FieldLimits;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.access.PlannerChange;
import org.lungang.webui.base.access.ViewerRead;
import org.lungang.webui.dataset.DatasetService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios (a policy variant on a dataset) and the planner's pins and forbidden moves in them. Every change is
 * checked by building the scenario's problem, so an invalid policy field is refused when it is entered, not when
 * solving.
 */
@Service
public class ScenarioService {

    /**
     * What a scenario changes: policy fields in the problem file's format, constraint weights, and a factor on every
     * school's turnover-housing beds (null: the dataset's beds).
     */
    public record ScenarioSpec(long datasetId, String name, String description, ObjectNode policy,
            Map<String, String> constraintWeights, Double housingBedsFactor) {

        public ScenarioSpec(long datasetId, String name, String description, ObjectNode policy,
                Map<String, String> constraintWeights) {
            this(datasetId, name, description, policy, constraintWeights, null);
        }
    }

    private final ScenarioRepository scenarios;
    private final RotationOverrideRepository overrides;
    private final DatasetService datasets;
    private final ScenarioProblems problems;
    private final ObjectMapper objectMapper;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    ScenarioService(ScenarioRepository scenarios, RotationOverrideRepository overrides, DatasetService datasets,
            ScenarioProblems problems, ObjectMapper objectMapper, AuditService audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.scenarios = scenarios;
        this.overrides = overrides;
        this.datasets = datasets;
        this.problems = problems;
        this.objectMapper = objectMapper;
        this.audit = audit;
    }

    @PlannerChange
    public Scenario create(ScenarioSpec spec) {
        datasets.get(spec.datasetId());
        Scenario scenario = new Scenario(spec.datasetId(), requireName(spec.name()), requireDescription(spec.description()),
                json(spec.policy()), json(spec.constraintWeights()), requireFactor(spec.housingBedsFactor()),
                AuditService.currentUsername());
        problem(scenario, List.of());
        scenario = scenarios.save(scenario);
        audit.record("SCENARIO_CREATED", "scenario", scenario.getId(), "on dataset " + spec.datasetId());
        return scenario;
    }

    @PlannerChange
    public Scenario update(long id, ScenarioSpec spec) {
        Scenario scenario = get(id);
        if (spec.datasetId() != scenario.getDatasetId()) {
            throw new InvalidRequestException("datasetId", "A scenario cannot move to another dataset");
        }
        scenario.change(requireName(spec.name()), requireDescription(spec.description()), json(spec.policy()),
                json(spec.constraintWeights()), requireFactor(spec.housingBedsFactor()));
        problem(scenario, List.of());
        audit.record("SCENARIO_UPDATED", "scenario", id, "policy " + scenario.getPolicyJson() + ", weights "
                + scenario.getWeightsJson() + (scenario.getHousingBedsFactor() == null ? ""
                        : ", housing beds x" + scenario.getHousingBedsFactor()));
        return scenario;
    }

    @ViewerRead
    public Scenario get(long id) {
        return scenarios.findById(id).orElseThrow(() -> new NotFoundException("Scenario", id));
    }

    @ViewerRead
    public List<Scenario> list(Long datasetId) {
        return datasetId == null ? scenarios.findAllByOrderByIdAsc()
                : scenarios.findByDatasetIdOrderByIdAsc(datasetId);
    }

    @PlannerChange
    public void delete(long id) {
        Scenario scenario = get(id);
        events.publishEvent(new ScenarioDeleting(id));
        scenarios.delete(scenario);
        audit.record("SCENARIO_DELETED", "scenario", id, null);
    }

    /**
     * Locks the scenario's row until the caller's transaction ends, so that two writers of a new plan version take
     * turns and never pick the same version number.
     */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForNewPlanVersion(long scenarioId) {
        scenarios.lockById(scenarioId).orElseThrow(() -> new NotFoundException("Scenario", scenarioId));
    }

    @ViewerRead
    public List<RotationOverride> overrides(long scenarioId) {
        get(scenarioId);
        return overrides.findByScenarioIdOrderByIdAsc(scenarioId);
    }

    /**
     * Pins a teacher to a school (or to staying, with no school) or forbids a school for the teacher. A new pin
     * replaces the teacher's previous pin.
     */
    @PlannerChange
    public RotationOverride addOverride(long scenarioId, String teacherId, OverrideAction action, String schoolId) {
        Scenario scenario = get(scenarioId);
        if (action == null) {
            throw new InvalidRequestException("action", "An action is required: PIN or FORBID");
        }
        RotationPlan plan = problem(scenario, List.of()).plan();
        if (teacherId == null || plan.rotationOf(teacherId) == null) {
            throw new InvalidRequestException("teacherId", "No teacher \"" + teacherId + "\" in this dataset");
        }
        if (schoolId != null && plan.schoolOf(schoolId) == null) {
            throw new InvalidRequestException("schoolId", "No school \"" + schoolId + "\" in this dataset");
        }
        if (action == OverrideAction.FORBID && schoolId == null) {
            throw new InvalidRequestException("schoolId", "Name the school to forbid");
        }
        if (action == OverrideAction.PIN) {
            overrides.deleteAll(overrides.findByScenarioIdAndTeacherIdAndAction(scenarioId, teacherId,
                    OverrideAction.PIN));
        }
        RotationOverride override = overrides.save(new RotationOverride(scenarioId, teacherId, action, schoolId,
                AuditService.currentUsername()));
        audit.record("OVERRIDE_ADDED", "scenario", scenarioId, action + " teacher " + teacherId
                + (schoolId == null ? " (stays)" : " school " + schoolId));
        return override;
    }

    @PlannerChange
    public void removeOverride(long scenarioId, long overrideId) {
        RotationOverride override = overrides.findById(overrideId)
                .filter(o -> o.getScenarioId() == scenarioId)
                .orElseThrow(() -> new NotFoundException("Override", overrideId));
        overrides.delete(override);
        audit.record("OVERRIDE_REMOVED", "scenario", scenarioId, override.getAction() + " teacher "
                + override.getTeacherId());
    }

    /**
     * The scenario's problem, ready to solve: its policy and weights, the planner's pins and forbidden moves, and
     * the given destinations as the starting point (a warm start; empty to start with everybody at home).
     */
    @ViewerRead
    public LoadedProblem problem(long scenarioId, List<DecisionDto> startFrom) {
        Scenario scenario = get(scenarioId);
        return problems.build(datasets.problemJson(scenario.getDatasetId()), scenario,
                overrides.findByScenarioIdOrderByIdAsc(scenarioId), startFrom);
    }

    /**
     * The scenario's problem as {@link #problem(long, List)} builds it, but with one of the planner's pins or
     * forbidden moves left out: what undoing that decision would lead to, to preview before it is undone.
     */
    @ViewerRead
    public LoadedProblem problemWithout(long scenarioId, long overrideId, List<DecisionDto> startFrom) {
        Scenario scenario = get(scenarioId);
        List<RotationOverride> others = overrides.findByScenarioIdOrderByIdAsc(scenarioId).stream()
                .filter(o -> o.getId() != overrideId).toList();
        return problems.build(datasets.problemJson(scenario.getDatasetId()), scenario, others, startFrom);
    }

    /**
     * A plan as it was recorded on the scenario's problem: its destinations, pins and forbidden moves exactly as
     * saved, under the scenario's current policy.
     */
    @ViewerRead
    public LoadedProblem recordedPlan(long scenarioId, List<DecisionDto> recorded) {
        Scenario scenario = get(scenarioId);
        return problems.asRecorded(datasets.problemJson(scenario.getDatasetId()), scenario, recorded);
    }

    private LoadedProblem problem(Scenario scenario, List<DecisionDto> startFrom) {
        List<RotationOverride> current = scenario.getId() == null ? List.of()
                : overrides.findByScenarioIdOrderByIdAsc(scenario.getId());
        return problems.build(datasets.problemJson(scenario.getDatasetId()), scenario, current, startFrom);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "A scenario needs a name");
        }
        return FieldLimits.require("name", name, 200);
    }

    private static String requireDescription(String description) {
        return FieldLimits.require("description", description, 2000);
    }

    private static Double requireFactor(Double factor) {
        if (factor != null && (factor < 0 || factor.isNaN() || factor.isInfinite())) {
            throw new InvalidRequestException("housingBedsFactor",
                    "The housing beds factor must be a number of at least 0, was " + factor);
        }
        return factor;
    }

    private String json(Object value) {
        try {
            JsonNode node = value == null ? objectMapper.createObjectNode() : objectMapper.valueToTree(value);
            if (!node.isObject()) {
                throw new InvalidRequestException("policy", "Must be a JSON object");
            }
            return objectMapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
