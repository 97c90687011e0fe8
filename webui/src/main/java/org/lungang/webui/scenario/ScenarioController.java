package org.lungang.webui.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scenarios on a dataset (CRUD), and the planner's pins and forbidden moves in a scenario. */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

    /**
     * @param policy policy fields that differ from the dataset's, as in a problem file's {@code policy} object
     * @param constraintWeights constraint name to weight, e.g. {@code "Commute distance": "0hard/0medium/2soft"}
     * @param housingBedsFactor every school's turnover-housing beds multiplied by this, rounded down (absent: as in
     *        the dataset)
     */
    record ScenarioRequest(@NotNull Long datasetId, @NotBlank String name, String description, ObjectNode policy,
            Map<String, String> constraintWeights, Double housingBedsFactor) {
        ScenarioSpec spec() {
            return new ScenarioSpec(datasetId, name, description, policy, constraintWeights, housingBedsFactor);
        }
    }

    record ScenarioView(long id, long datasetId, String name, String description, ObjectNode policy,
            Map<String, String> constraintWeights, Double housingBedsFactor, String createdBy, Instant createdAt,
            Instant updatedAt) {
    }

    /** @param schoolId the destination of a pin (absent: the teacher stays), or the school forbidden */
    record OverrideRequest(@NotBlank String teacherId, @NotNull OverrideAction action, String schoolId) {
    }

    private final ScenarioService scenarios;
    private final ObjectMapper objectMapper;

    ScenarioController(ScenarioService scenarios, ObjectMapper objectMapper) {
        this.scenarios = scenarios;
        this.objectMapper = objectMapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ScenarioView create(@Valid @RequestBody ScenarioRequest request) {
        return view(scenarios.create(request.spec()));
    }

    @GetMapping
    List<ScenarioView> list(@RequestParam(required = false) Long datasetId) {
        return scenarios.list(datasetId).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ScenarioView get(@PathVariable long id) {
        return view(scenarios.get(id));
    }

    @PutMapping("/{id}")
    ScenarioView update(@PathVariable long id, @Valid @RequestBody ScenarioRequest request) {
        return view(scenarios.update(id, request.spec()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        scenarios.delete(id);
    }

    @GetMapping("/{id}/overrides")
    List<RotationOverride> overrides(@PathVariable long id) {
        return scenarios.overrides(id);
    }

    @PostMapping("/{id}/overrides")
    @ResponseStatus(HttpStatus.CREATED)
    RotationOverride addOverride(@PathVariable long id, @Valid @RequestBody OverrideRequest request) {
        return scenarios.addOverride(id, request.teacherId(), request.action(), request.schoolId());
    }

    @DeleteMapping("/{id}/overrides/{overrideId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeOverride(@PathVariable long id, @PathVariable long overrideId) {
        scenarios.removeOverride(id, overrideId);
    }

    private ScenarioView view(Scenario s) {
        try {
            return new ScenarioView(s.getId(), s.getDatasetId(), s.getName(), s.getDescription(),
                    (ObjectNode) objectMapper.readTree(s.getPolicyJson()),
                    objectMapper.readValue(s.getWeightsJson(), new TypeReference<Map<String, String>>() {
                    }), s.getHousingBedsFactor(), s.getCreatedBy(), s.getCreatedAt(), s.getUpdatedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scenario is not valid JSON", e);
        }
    }
}
