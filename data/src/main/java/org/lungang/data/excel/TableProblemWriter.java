package org.lungang.data.excel;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

/**
 * Lays a problem out as tables, the inverse of {@link TableProblemReader}: the problem file's document, one row per
 * element, enums as their Chinese labels, yes/no as 是/否, lists joined by {@code ;}. Cells are {@link String},
 * {@link Number} or null.
 */
public final class TableProblemWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TableProblemWriter() {
    }

    /** The data rows of every sheet (without the header row), in {@link SheetSpec#ALL} order. */
    public static Map<SheetSpec, List<List<Object>>> tables(LoadedProblem problem) {
        JsonNode document = MAPPER.valueToTree(ProblemJson.toDocument(problem));
        Map<SheetSpec, List<List<Object>>> tables = new LinkedHashMap<>();
        for (SheetSpec spec : SheetSpec.ALL) {
            tables.put(spec, spec == SheetSpec.POLICY ? policyRows(document) : rosterRows(spec, document));
        }
        return tables;
    }

    private static List<List<Object>> rosterRows(SheetSpec spec, JsonNode document) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode element : document.path(spec.arrayField())) {
            List<Object> row = new ArrayList<>();
            for (Column column : spec.columns()) {
                int dot = column.field().indexOf('.');
                JsonNode value = dot > 0
                        ? element.path(column.field().substring(0, dot)).path(column.field().substring(dot + 1))
                        : element.path(column.field());
                row.add(cell(value, column.kind(), column.enumType()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> policyRows(JsonNode document) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(PolicyRows.NAME, document.path("name").asText(), PolicyRows.description(PolicyRows.NAME)));
        rows.add(List.of(PolicyRows.YEAR, document.path("year").asInt(), PolicyRows.description(PolicyRows.YEAR)));
        JsonNode policy = document.path("policy");
        for (RecordComponent component : org.lungang.solver.domain.RotationPolicy.class.getRecordComponents()) {
            JsonNode value = policy.path(component.getName());
            if (value.isMissingNode()) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(component.getName());
            row.add(policyCell(component, value));
            row.add(PolicyRows.description(component.getName()));
            rows.add(row);
        }
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object policyCell(RecordComponent component, JsonNode value) {
        Class<?> type = component.getType();
        if (type.isEnum()) {
            return cell(value, Column.Kind.ENUM, (Class) type);
        }
        if (type == java.util.Set.class) {
            return cell(value, Column.Kind.ENUM_LIST, (Class) PolicyRows.typeArgument(component, 0));
        }
        if (type == Map.class) {
            Class<?> keyType = (Class<?>) PolicyRows.typeArgument(component, 0);
            StringJoiner pairs = new StringJoiner(";");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = keyType.isEnum()
                        ? EnumText.zh(EnumText.parse(entry.getKey(), (Class) keyType)) : entry.getKey();
                pairs.add(key + "=" + entry.getValue().asText());
            }
            return pairs.length() == 0 ? null : pairs.toString();
        }
        return cell(value, value.isBoolean() ? Column.Kind.BOOLEAN
                : value.isIntegralNumber() ? Column.Kind.INTEGER : Column.Kind.NUMBER, null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object cell(JsonNode value, Column.Kind kind, Class<? extends Enum<?>> enumType) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return switch (kind) {
            case ID, TEXT -> value.asText();
            case INTEGER -> value.asInt();
            case NUMBER -> value.asDouble();
            case BOOLEAN -> EnumText.yesNo(value.asBoolean());
            case ENUM -> EnumText.zh(EnumText.parse(value.asText(), (Class) enumType));
            case ENUM_LIST, ID_LIST -> {
                StringJoiner items = new StringJoiner(";");
                for (JsonNode item : value) {
                    items.add(kind == Column.Kind.ID_LIST ? item.asText()
                            : EnumText.zh(EnumText.parse(item.asText(), (Class) enumType)));
                }
                yield items.length() == 0 ? null : items.toString();
            }
        };
    }
}
