package org.lungang.data.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;

/** The tiny test problem ({@code small-problem.json}) as a tree to break in one place, and readers of the result. */
public final class ProblemFiles {

    public static final String SMALL = "/small-problem.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemFiles() {
    }

    public static ObjectNode small() {
        try (InputStream in = ProblemFiles.class.getResourceAsStream(SMALL)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode school(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("schools").get(index);
    }

    public static ObjectNode teacher(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("teachers").get(index);
    }

    public static LoadedProblem read(JsonNode root, String name) {
        return read(root.toString(), name);
    }

    public static LoadedProblem read(String text, String name) {
        return ProblemJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    /** The errors of reading the small problem after the change. */
    public static List<InputError> errorsAfter(Consumer<ObjectNode> change) {
        ObjectNode root = small();
        change.accept(root);
        return errorsOf(root.toString());
    }

    public static List<InputError> errorsOf(String text) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatThrownBy(() -> read(text, "bad.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0].getErrors();
    }
}
