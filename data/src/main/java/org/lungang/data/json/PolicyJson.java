package org.lungang.data.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPolicy;

/**
 * Maps the {@code policy} object to {@link RotationPolicy} by the record's component names, so that every policy
 * field is in the file under its Java name and a field added to the policy needs no change here. Absent fields keep
 * the builder's defaults.
 */
final class PolicyJson {

    /** Fields that are shares of a whole, between 0 and 1. */
    private static final Set<String> SHARES = Set.of("rotationQuota", "backboneShare", "cadreBackboneExchangeShare",
            "senderMinStaffingRatio", "maxStaffLossShare");
    private static final String ROAD_FACTOR = "roadFactor";

    private PolicyJson() {
    }

    /** Reads the policy; problems are collected in the reader and null is returned when there is any. */
    static RotationPolicy read(TreeReader reader, JsonNode node, String path) {
        if (node == null) {
            return RotationPolicy.defaults();
        }
        if (!reader.isObject(node, path)) {
            return null;
        }
        RecordComponent[] components = RotationPolicy.class.getRecordComponents();
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent component : components) {
            known.add(component.getName());
        }
        int errorsBefore = reader.errors().size();
        reader.rejectUnknownFields(node, path, known);
        RotationPolicy.Builder builder = RotationPolicy.builder();
        for (RecordComponent component : components) {
            JsonNode value = reader.field(node, path, component.getName(), false);
            if (value != null) {
                Object converted = convert(reader, component, value, TreeReader.at(path, component.getName()));
                if (converted != null) {
                    set(builder, component, converted);
                }
            }
        }
        if (reader.errors().size() > errorsBefore) {
            return null;
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            // The policy's own checks, in case it gained one this mapping does not know.
            reader.error(path, e.getMessage());
            return null;
        }
    }

    /**
     * Reads constraint weights, {@code {"Commute distance": "0hard/0medium/2soft"}}: every name must be one of
     * {@link ConstraintNames#ALL} and every weight a score. Returns the valid entries in document order.
     */
    static Map<String, String> readWeights(TreeReader reader, JsonNode node, String path) {
        Map<String, String> weights = new LinkedHashMap<>();
        if (!reader.isObject(node, path)) {
            return weights;
        }
        node.fields().forEachRemaining(entry -> {
            String at = TreeReader.at(path, entry.getKey());
            boolean known = ConstraintNames.ALL.contains(entry.getKey());
            if (!known) {
                reader.error(at, "unknown constraint name; allowed: " + String.join(", ", ConstraintNames.ALL));
            }
            String text = reader.text(entry.getValue(), at);
            if (text != null) {
                try {
                    HardMediumSoftLongScore.parseScore(text);
                    if (known) {
                        weights.put(entry.getKey(), text);
                    }
                } catch (RuntimeException e) {
                    reader.error(at, "weight \"" + text + "\" is not a score like \"0hard/0medium/5soft\"");
                }
            }
        });
        return weights;
    }

    private static Object convert(TreeReader reader, RecordComponent component, JsonNode value, String at) {
        Class<?> type = component.getType();
        String name = component.getName();
        if (type == int.class) {
            return reader.integer(value, at, 0);
        }
        if (type == boolean.class) {
            return reader.bool(value, at);
        }
        if (type == double.class) {
            Double number = reader.number(value, at);
            if (number == null) {
                return null;
            }
            if (SHARES.contains(name) && !(number >= 0.0 && number <= 1.0)) {
                reader.error(at, "a share must be between 0 and 1, was " + value.asText());
                return null;
            }
            if (name.equals(ROAD_FACTOR) && number < 1.0) {
                reader.error(at, "must be at least 1.0, was " + value.asText());
                return null;
            }
            if (number < 0) {
                reader.error(at, "must not be negative, was " + value.asText());
                return null;
            }
            return number;
        }
        if (type.isEnum()) {
            return reader.enumValue(value, at, enumType(type));
        }
        if (type == Set.class) {
            return readEnumSet(reader, value, at, enumType(typeArgument(component, 0)));
        }
        if (type == Map.class && typeArgument(component, 0) == String.class) {
            return readWeights(reader, value, at);
        }
        if (type == Map.class) {
            return readEnumToInt(reader, value, at, enumType(typeArgument(component, 0)));
        }
        throw new IllegalStateException("Policy field " + name + " of type " + type + " has no JSON mapping");
    }

    private static <E extends Enum<E>> Set<E> readEnumSet(TreeReader reader, JsonNode value, String at,
            Class<E> type) {
        if (!value.isArray()) {
            reader.error(at, "expected an array, found " + TreeReader.describe(value));
            return null;
        }
        Set<E> result = EnumSet.noneOf(type);
        boolean ok = true;
        for (int i = 0; i < value.size(); i++) {
            E constant = reader.enumValue(value.get(i), TreeReader.at(at, i), type);
            ok &= constant != null;
            if (constant != null) {
                result.add(constant);
            }
        }
        return ok ? result : null;
    }

    private static <E extends Enum<E>> Map<E, Integer> readEnumToInt(TreeReader reader, JsonNode value, String at,
            Class<E> type) {
        if (!reader.isObject(value, at)) {
            return null;
        }
        Map<E, Integer> result = new LinkedHashMap<>();
        boolean[] ok = {true};
        value.fields().forEachRemaining(entry -> {
            String entryAt = TreeReader.at(at, entry.getKey());
            E key = reader.enumValue(entry.getKey(), entryAt, type);
            Integer number = reader.integer(entry.getValue(), entryAt, 0);
            ok[0] &= key != null && number != null;
            if (key != null && number != null) {
                result.put(key, number);
            }
        });
        return ok[0] ? result : null;
    }

    /** The policy with every field, sets and maps in a stable order. */
    static ObjectNode write(RotationPolicy policy) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (RecordComponent component : RotationPolicy.class.getRecordComponents()) {
            Object value = get(policy, component);
            if (value instanceof Set<?> set) {
                ArrayNode array = node.putArray(component.getName());
                set.stream().map(Enum.class::cast).sorted(Comparator.comparingInt(Enum::ordinal))
                        .forEach(e -> array.add(e.name()));
            } else if (value instanceof Map<?, ?> map) {
                node.set(component.getName(), Json.MAPPER.valueToTree(sorted(map)));
            } else {
                node.set(component.getName(), Json.MAPPER.valueToTree(value));
            }
        }
        return node;
    }

    private static Map<Object, Object> sorted(Map<?, ?> map) {
        Comparator<Object> order = (a, b) -> {
            if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
                return Integer.compare(x.ordinal(), y.ordinal());
            }
            int ia = ConstraintNames.ALL.indexOf(a);
            int ib = ConstraintNames.ALL.indexOf(b);
            return ia != ib ? Integer.compare(ia, ib) : a.toString().compareTo(b.toString());
        };
        Map<Object, Object> sorted = new TreeMap<>(order);
        sorted.putAll(map);
        return new LinkedHashMap<>(sorted);
    }

    private static Object get(RotationPolicy policy, RecordComponent component) {
        try {
            return component.getAccessor().invoke(policy);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(RotationPolicy.Builder builder, RecordComponent component, Object value) {
        try {
            Method setter = RotationPolicy.Builder.class.getMethod(component.getName(), component.getType());
            setter.invoke(builder, value);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("RotationPolicy.Builder lacks " + component.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Type typeArgument(RecordComponent component, int index) {
        return ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[index];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class enumType(Type type) {
        return (Class) type;
    }

    static List<String> fieldNames() {
        return List.of(RotationPolicy.class.getRecordComponents()).stream().map(RecordComponent::getName).toList();
    }
}
