package org.lungang.webui.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemJson;
import org.springframework.stereotype.Component;

/**
 * Builds a scenario's problem from its dataset's problem file: the scenario's policy fields and weights replace the
 * dataset's, then the starting destinations (warm start) and the planner's pins and forbidden moves become the file's
 * decisions. The result is read by {@link ProblemJson}, so a scenario is validated exactly like an uploaded file.
 */
@Component
class ScenarioProblems {

    private final ObjectMapper objectMapper;

    ScenarioProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    LoadedProblem build(String datasetJson, Scenario scenario, List<RotationOverride> overrides,
            List<DecisionDto> startFrom) {
        return build(datasetJson, scenario, root -> decisions(datasetDecisions(root), startFrom, overrides));
    }

    /** The problem with exactly the given decisions: a plan as it was recorded, pins and forbidden moves included. */
    LoadedProblem asRecorded(String datasetJson, Scenario scenario, List<DecisionDto> recorded) {
        return build(datasetJson, scenario, root -> recorded);
    }

    private LoadedProblem build(String datasetJson, Scenario scenario,
            Function<ObjectNode, List<DecisionDto>> decisionsOf) {
        try {
            ObjectNode root = (ObjectNode) objectMapper.readTree(datasetJson);
            ObjectNode policy = root.has("policy") && root.get("policy").isObject() ? (ObjectNode) root.get("policy")
                    : root.putObject("policy");
            policy.setAll((ObjectNode) objectMapper.readTree(scenario.getPolicyJson()));
            JsonNode weights = objectMapper.readTree(scenario.getWeightsJson());
            if (!weights.isEmpty()) {
                ObjectNode merged = policy.has("constraintWeights") && policy.get("constraintWeights").isObject()
                        ? (ObjectNode) policy.get("constraintWeights") : policy.putObject("constraintWeights");
                merged.setAll((ObjectNode) weights);
            }
            if (scenario.getHousingBedsFactor() != null) {
                multiplyBeds(root, scenario.getHousingBedsFactor());
            }
            ArrayNode decisions = objectMapper.valueToTree(decisionsOf.apply(root));
            root.set("decisions", decisions);
            return ProblemJson.read(new ByteArrayInputStream(objectMapper.writeValueAsBytes(root)),
                    "scenario " + scenario.getName());
        } catch (IOException e) {
            throw new UncheckedIOException("Stored dataset or scenario is not valid JSON", e);
        }
    }

    /** Every school's own beds times the factor, rounded down, as a sweep's {@code housingBedsFactor} does. */
    private static void multiplyBeds(ObjectNode root, double factor) {
        for (JsonNode school : root.path("schools")) {
            if (school instanceof ObjectNode node) {
                node.put("housingBeds", (int) Math.floor(node.path("housingBeds").asInt(0) * factor));
            }
        }
    }

    private List<DecisionDto> datasetDecisions(ObjectNode root) {
        try {
            return root.has("decisions") && root.get("decisions").isArray()
                    ? List.of(objectMapper.treeToValue(root.get("decisions"), DecisionDto[].class)) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Stored dataset has invalid decisions", e);
        }
    }

    /** One decision per teacher: the dataset's, then the starting destination, then the planner's overrides. */
    private static List<DecisionDto> decisions(List<DecisionDto> datasetDecisions, List<DecisionDto> startFrom,
            List<RotationOverride> overrides) {
        Map<String, Decision> byTeacher = new LinkedHashMap<>();
        for (DecisionDto d : datasetDecisions) {
            Decision decision = byTeacher.computeIfAbsent(d.teacherId(), id -> new Decision());
            decision.toSchoolId = d.toSchoolId();
            decision.pinned = Boolean.TRUE.equals(d.pinned());
            if (d.forbiddenSchoolIds() != null) {
                decision.forbidden.addAll(d.forbiddenSchoolIds());
            }
        }
        for (DecisionDto d : startFrom) {
            Decision decision = byTeacher.computeIfAbsent(d.teacherId(), id -> new Decision());
            if (!decision.pinned) {
                decision.toSchoolId = d.toSchoolId();
            }
        }
        for (RotationOverride o : overrides) {
            Decision decision = byTeacher.computeIfAbsent(o.getTeacherId(), id -> new Decision());
            switch (o.getAction()) {
                case PIN -> {
                    decision.toSchoolId = o.getSchoolId();
                    decision.pinned = true;
                }
                case FORBID -> decision.forbidden.add(o.getSchoolId());
            }
        }
        List<DecisionDto> result = new ArrayList<>();
        byTeacher.forEach((teacherId, d) -> {
            if (!d.pinned && d.forbidden.contains(d.toSchoolId)) {
                d.toSchoolId = null; // the planner forbade where the last plan sent this teacher: start from home
            }
        });
        byTeacher.forEach((teacherId, d) -> result.add(
                new DecisionDto(teacherId, d.toSchoolId, d.pinned, List.copyOf(d.forbidden))));
        return result;
    }

    private static final class Decision {
        String toSchoolId;
        boolean pinned;
        final Set<String> forbidden = new LinkedHashSet<>();
    }
}
