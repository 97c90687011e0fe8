package org.lungang.data.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

/** The examples in docs/ obey the JSON Schemas in docs/, and the schemas reject what the reader rejects. */
class SchemaTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema(String name) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DOCS.resolve(name)));
    }

    private static JsonNode example(String name) throws IOException {
        return MAPPER.readTree(DOCS.resolve("examples").resolve(name).toFile());
    }

    @Test
    void theExampleProblemObeysTheProblemSchema() throws IOException {
        assertThat(schema("problem.schema.json").validate(example("county-small.problem.json"))).isEmpty();
    }

    @Test
    void theExamplePlanObeysThePlanSchema() throws IOException {
        assertThat(schema("plan.schema.json").validate(example("county-small.plan.json"))).isEmpty();
    }

    @Test
    void theProblemSchemaRejectsAShareAboveOne() throws IOException {
        JsonNode problem = example("county-small.problem.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) problem.get("policy")).put("rotationQuota", 1.5);

        assertThat(schema("problem.schema.json").validate(problem)).isNotEmpty();
    }

    @Test
    void theExamplePlanEvaluatesAgainstTheExampleProblem() {
        LoadedProblem problem = ProblemJson.read(DOCS.resolve("examples").resolve("county-small.problem.json"));

        PlanJson.readDecisions(DOCS.resolve("examples").resolve("county-small.plan.json"), problem.plan());

        assertThat(problem.plan().rotationOf("T002").getDestination().getId()).isEqualTo("S04");
    }
}
