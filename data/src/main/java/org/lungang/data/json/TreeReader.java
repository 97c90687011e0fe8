package org.lungang.data.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.lungang.data.FileIo;
import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;

/**
 * Reads typed values out of a JSON tree and collects every problem with its JSON path instead of stopping at the
 * first, so that a planner sees all of them at once. Each accessor returns null when the value is absent or wrong.
 */
final class TreeReader {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String file;
    private final List<InputError> errors = new ArrayList<>();

    TreeReader(String file) {
        this.file = file;
    }

    /** Parses a file into a tree; a missing or unreadable file is an {@link InvalidInputException} naming it. */
    static JsonNode parse(Path file) {
        return FileIo.read(file, "$", in -> parse(in, file.toString()));
    }

    /** Parses the stream into a tree; malformed JSON is an {@link InvalidInputException} with line and column. */
    static JsonNode parse(InputStream in, String file) {
        try {
            JsonNode root = Json.MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new InvalidInputException(List.of(new InputError(file, "line 1, column 1", "the file is empty")));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String location = at == null ? "?" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException(List.of(new InputError(file, location,
                    "malformed JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new InputError(file, "$", "cannot be read: " + e.getMessage())));
        }
    }

    String file() {
        return file;
    }

    void error(String path, String message) {
        errors.add(new InputError(file, path, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<InputError> errors() {
        return errors;
    }

    /** Throws every collected problem at once, if there is any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String at(String path, String key) {
        return PLAIN_KEY.matcher(key).matches() ? path + "." + key : path + "[\"" + key.replace("\"", "\\\"") + "\"]";
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The node must be a JSON object; otherwise reports it and returns false. */
    boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            error(path, "expected an object, found " + describe(node));
            return false;
        }
        return true;
    }

    /** Reports every field of the object that is not one of the known names (a typo would otherwise be ignored). */
    void rejectUnknownFields(JsonNode object, String path, Set<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                error(at(path, name), "unknown field; expected one of " + String.join(", ", known));
            }
        }
    }

    /** The field's node, or null when absent or JSON null; a missing required field is reported. */
    JsonNode field(JsonNode object, String path, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                error(at(path, name), "missing required field");
            }
            return null;
        }
        return value;
    }

    /** Reads the named field with the value reader, or null when it is absent (reported when required). */
    private <T> T named(JsonNode object, String path, String name, boolean required, ValueReader<T> read) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : read.read(value, at(path, name));
    }

    private interface ValueReader<T> {
        T read(JsonNode value, String path);
    }

    /** The value if it has the type, else null after reporting what was expected. */
    private <T> T typed(JsonNode value, String path, boolean isType, String expected, Function<JsonNode, T> as) {
        if (!isType) {
            error(path, "expected " + expected + ", found " + describe(value));
            return null;
        }
        return as.apply(value);
    }

    String text(JsonNode object, String path, String name, boolean required) {
        return named(object, path, name, required, this::text);
    }

    String text(JsonNode value, String path) {
        if (!value.isTextual()) {
            error(path, "expected a text, found " + describe(value));
            return null;
        }
        if (value.asText().isBlank()) {
            error(path, "must not be blank");
            return null;
        }
        return value.asText();
    }

    Integer integer(JsonNode object, String path, String name, boolean required, int min) {
        return named(object, path, name, required, (value, at) -> integer(value, at, min));
    }

    Integer integer(JsonNode value, String path, int min) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path, "expected a whole number, found " + describe(value));
            return null;
        }
        if (value.intValue() < min) {
            error(path, "must be at least " + min + ", was " + value.intValue());
            return null;
        }
        return value.intValue();
    }

    Double number(JsonNode object, String path, String name, boolean required) {
        return named(object, path, name, required, this::number);
    }

    Double number(JsonNode value, String path) {
        return typed(value, path, value.isNumber(), "a number", JsonNode::doubleValue);
    }

    Boolean bool(JsonNode object, String path, String name, boolean required) {
        return named(object, path, name, required, this::bool);
    }

    Boolean bool(JsonNode value, String path) {
        return typed(value, path, value.isBoolean(), "true or false", JsonNode::booleanValue);
    }

    <E extends Enum<E>> E enumValue(JsonNode object, String path, String name, Class<E> type, boolean required) {
        return named(object, path, name, required, (value, at) -> enumValue(value, at, type));
    }

    <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type) {
        if (!value.isTextual()) {
            error(path, "expected one of " + allowed(type) + ", found " + describe(value));
            return null;
        }
        return enumValue(value.asText(), path, type);
    }

    <E extends Enum<E>> E enumValue(String text, String path, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        error(path, "unknown value \"" + text + "\"; allowed: " + allowed(type));
        return null;
    }

    /** The array's elements, or null when absent or not an array. */
    List<JsonNode> array(JsonNode object, String path, String name, boolean required) {
        JsonNode value = field(object, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(at(path, name), "expected an array, found " + describe(value));
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        value.elements().forEachRemaining(elements::add);
        return elements;
    }

    /** A list of texts; wrong elements are reported and left out. */
    List<String> texts(JsonNode object, String path, String name) {
        List<JsonNode> elements = array(object, path, name, false);
        List<String> result = new ArrayList<>();
        if (elements != null) {
            for (int i = 0; i < elements.size(); i++) {
                String text = text(elements.get(i), at(at(path, name), i));
                if (text != null) {
                    result.add(text);
                }
            }
        }
        return result;
    }

    /** The object's entries in document order, or null when absent or not an object. */
    List<Map.Entry<String, JsonNode>> entries(JsonNode object, String path, String name, boolean required) {
        JsonNode value = field(object, path, name, required);
        if (value == null || !isObject(value, at(path, name))) {
            return null;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        value.fields().forEachRemaining(entries::add);
        return entries;
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "the text \"" + node.asText() + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "an array" : "an object";
    }
}
