package org.lungang.data.excel;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.excel.Column.Kind;
import org.lungang.data.excel.Table.CellError;
import org.lungang.data.excel.Table.Row;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Subject;

/**
 * Turns tables (workbook sheets or CSV files) into a problem. The cells are converted into the problem file's JSON
 * tree and that tree is validated by {@link ProblemJson}, so the rules of a valid problem live in one place; every
 * error it reports at a JSON path is relocated to its sheet, row and column. The checks only a table needs (headers,
 * cell types, enum labels, the policy's rows) and one rule of the roster (each school has exactly one principal) are
 * made here. Every problem is reported at once; nothing is returned unless there is none.
 */
public final class TableProblemReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ELEMENT_IN_MESSAGE = Pattern.compile("\\$\\.\\w+\\[\\d+\\]");
    private static final Pattern ELEMENT_PATH = Pattern.compile("^\\$\\.(\\w+)\\[\\d+\\]\\.(\\w+)");
    private static final String LIST_SEPARATORS = "[;；,，、]";

    /** Where a JSON path's value came from. */
    private record Place(String file, String location) {
    }

    private final String source;
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();
    /** JSON paths whose problems are already reported in table terms. */
    private final Set<String> reported = new HashSet<>();
    /** {@code teachers.subject}: a column that is missing, so its per-row "missing" errors would only repeat that. */
    private final Set<String> missingColumns = new HashSet<>();

    private TableProblemReader(String source) {
        this.source = source;
    }

    /**
     * Reads a problem from its tables.
     *
     * @param source the workbook or directory, for errors that belong to no table
     * @param tables the tables found; a required one that is absent must already be among {@code earlier}
     * @param earlier problems the format found before (missing or unknown sheets, unreadable file)
     * @param defaultName the problem's name when the policy has no {@code name} row
     * @param defaultYear the school year when the policy has no {@code year} row, or null
     * @throws InvalidInputException listing every problem, each at its sheet, row and column
     */
    public static LoadedProblem read(String source, Map<SheetSpec, Table> tables, List<InputError> earlier,
            String defaultName, Integer defaultYear) {
        TableProblemReader reader = new TableProblemReader(source);
        reader.errors.addAll(earlier);
        return reader.read(tables, defaultName, defaultYear);
    }

    private LoadedProblem read(Map<SheetSpec, Table> tables, String defaultName, Integer defaultYear) {
        ObjectNode root = NODES.objectNode();
        ObjectNode policy = NODES.objectNode();
        Table policyTable = tables.get(SheetSpec.POLICY);
        Map<String, JsonNode> header = new LinkedHashMap<>();
        if (policyTable != null) {
            places.put("$.policy", new Place(policyTable.file(), policyTable.locator().table()));
            readPolicy(policyTable, header, policy);
        }
        JsonNode name = header.get(PolicyRows.NAME);
        root.set("name", name != null ? name : NODES.textNode(defaultName));
        JsonNode year = header.get(PolicyRows.YEAR);
        if (year == null && defaultYear != null) {
            year = NODES.numberNode(defaultYear);
        }
        if (year != null) {
            root.set("year", year);
        } else if (policyTable != null && !reported.contains("$.year")) {
            error(policyTable.file(), policyTable.locator().table(),
                    "the school year is missing: add a row with key \"year\" and the year, e.g. 2025");
            reported.add("$.year");
        }
        root.set("policy", policy);
        boolean complete = true;
        for (SheetSpec spec : List.of(SheetSpec.SCHOOLS, SheetSpec.TEACHERS, SheetSpec.DISTANCES,
                SheetSpec.DECISIONS)) {
            Table table = tables.get(spec);
            if (table != null) {
                root.set(spec.arrayField(), readRoster(table));
            } else {
                complete &= !spec.required();
            }
        }
        if (tables.containsKey(SheetSpec.SCHOOLS) && tables.containsKey(SheetSpec.TEACHERS)) {
            checkPrincipals((ArrayNode) root.get("schools"), (ArrayNode) root.get("teachers"));
        }
        // Without a required table every reference into it would be reported: report the missing table alone.
        LoadedProblem problem = complete && (policyTable != null || defaultYear != null) ? validate(root) : null;
        if (!errors.isEmpty() || problem == null) {
            throw new InvalidInputException(errors);
        }
        return problem;
    }

    private void error(String file, String location, String message) {
        errors.add(new InputError(file, location, message));
    }

    // ---- Rosters ----

    private ArrayNode readRoster(Table table) {
        SheetSpec spec = table.spec();
        String arrayPath = "$." + spec.arrayField();
        places.put(arrayPath, new Place(table.file(), table.locator().table()));
        Map<Integer, Column> columns = mapHeaders(table);
        ArrayNode array = NODES.arrayNode();
        if (table.rows().isEmpty()) {
            if (spec.required()) {
                error(table.file(), table.locator().table(), "the " + spec.names() + " sheet has no rows of data");
                reported.add(arrayPath);
            }
            return array;
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            String rowPath = arrayPath + "[" + i + "]";
            places.put(rowPath, new Place(table.file(), table.locator().row(row.number())));
            ObjectNode element = array.addObject();
            if (spec == SheetSpec.SCHOOLS) {
                element.putObject("posts");
            }
            for (int c = 0; c < Math.max(row.cells().size(), table.headers().size()); c++) {
                Object cell = row.cell(c);
                Column column = columns.get(c);
                if (column == null) {
                    if (cell != null && table.header(c) == null) {
                        error(table.file(), table.locator().cell(row.number(), c, ""),
                                "a value in a column without a header");
                    }
                    continue;
                }
                String path = rowPath + "." + column.field();
                Place place = new Place(table.file(), table.locator().cell(row.number(), c, table.header(c)));
                places.put(path, place);
                if (cell == null) {
                    continue;
                }
                JsonNode value = convert(cell, column.kind(), column.enumType(), place, path);
                if (value != null) {
                    if (column.field().startsWith("posts.")) {
                        ((ObjectNode) element.get("posts")).set(column.field().substring("posts.".length()), value);
                    } else {
                        element.set(column.field(), value);
                    }
                }
            }
        }
        return array;
    }

    /** Maps each column index to its column, reporting unknown, repeated and missing headers. */
    private Map<Integer, Column> mapHeaders(Table table) {
        Map<Integer, Column> byIndex = new HashMap<>();
        Map<Column, Integer> seen = new HashMap<>();
        for (int c = 0; c < table.headers().size(); c++) {
            String header = table.header(c);
            if (header == null) {
                continue;
            }
            Column column = table.spec().columns().stream().filter(col -> col.isNamed(header)).findFirst()
                    .orElse(null);
            String at = table.locator().cell(headerRow(table), c, header);
            if (column == null) {
                error(table.file(), at, "unknown column \"" + header + "\"; expected one of "
                        + String.join(", ", table.spec().columns().stream().map(Column::names).toList()));
            } else if (seen.containsKey(column)) {
                error(table.file(), at, "a second column " + column.names());
            } else {
                seen.put(column, c);
                byIndex.put(c, column);
            }
        }
        for (Column column : table.spec().columns()) {
            if (column.required() && !seen.containsKey(column)) {
                error(table.file(), table.locator().row(headerRow(table)), "missing column " + column.names());
                missingColumns.add(table.spec().arrayField() + "." + column.field());
            }
        }
        return byIndex;
    }

    /** Headers are on the first row of a sheet, the first line of a CSV file. */
    private static int headerRow(Table table) {
        return 1;
    }

    // ---- Cells ----

    /** The cell as a JSON value of the kind, or null after reporting why it cannot be one. */
    private JsonNode convert(Object cell, Kind kind, Class<? extends Enum<?>> enumType, Place place, String path) {
        if (cell instanceof CellError error) {
            return wrong(place, path, "the cell holds the error " + error.text());
        }
        switch (kind) {
            case ID, TEXT -> {
                if (cell instanceof String text) {
                    return NODES.textNode(text);
                }
                if (cell instanceof Double number && isWhole(number)) {
                    return NODES.textNode(Long.toString(number.longValue()));
                }
                return wrong(place, path, "expected a text, found " + describe(cell));
            }
            case INTEGER -> {
                Double number = number(cell);
                if (number != null && isWhole(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                    return NODES.numberNode(number.intValue());
                }
                return wrong(place, path, "expected a whole number, found " + describe(cell));
            }
            case NUMBER -> {
                Double number = number(cell);
                if (number != null) {
                    return NODES.numberNode(number);
                }
                return wrong(place, path, "expected a number, found " + describe(cell));
            }
            case BOOLEAN -> {
                Boolean value = cell instanceof Boolean b ? b
                        : cell instanceof String text ? EnumText.parseBoolean(text)
                        : cell instanceof Double d && (d == 0 || d == 1) ? Boolean.valueOf(d == 1) : null;
                if (value != null) {
                    return NODES.booleanNode(value);
                }
                return wrong(place, path, "expected 是 or 否 (yes or no), found " + describe(cell));
            }
            case ENUM -> {
                if (cell instanceof String text) {
                    Enum<?> constant = parseEnum(text, enumType);
                    if (constant != null) {
                        return NODES.textNode(constant.name());
                    }
                }
                return wrong(place, path, "unknown value " + describeShort(cell) + "; allowed: "
                        + EnumText.allowed(enumType));
            }
            case ENUM_LIST -> {
                ArrayNode array = NODES.arrayNode();
                List<String> unknown = new ArrayList<>();
                for (String item : items(cell)) {
                    Enum<?> constant = parseEnum(item, enumType);
                    if (constant == null) {
                        unknown.add("\"" + item + "\"");
                    } else {
                        array.add(constant.name());
                    }
                }
                if (!unknown.isEmpty()) {
                    return wrong(place, path, "unknown value " + String.join(", ", unknown) + "; allowed: "
                            + EnumText.allowed(enumType));
                }
                return array;
            }
            case ID_LIST -> {
                ArrayNode array = NODES.arrayNode();
                if (cell instanceof Double number && isWhole(number)) {
                    return array.add(Long.toString(number.longValue()));
                }
                if (!(cell instanceof String)) {
                    return wrong(place, path, "expected ids separated by \";\", found " + describe(cell));
                }
                items(cell).forEach(array::add);
                return array;
            }
            default -> throw new IllegalStateException("Unknown kind " + kind);
        }
    }

    private JsonNode wrong(Place place, String path, String message) {
        error(place.file(), place.location(), message);
        reported.add(path);
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> parseEnum(String text, Class<? extends Enum<?>> type) {
        return EnumText.parse(text, (Class) type);
    }

    private static List<String> items(Object cell) {
        if (!(cell instanceof String text)) {
            return List.of(String.valueOf(cell));
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(LIST_SEPARATORS)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static Double number(Object cell) {
        if (cell instanceof Double number) {
            return number;
        }
        if (cell instanceof String text) {
            try {
                double value = Double.parseDouble(text.strip());
                return Double.isFinite(value) && !text.strip().matches(".*[A-Za-z].*") ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isWhole(double number) {
        return number == Math.rint(number) && !Double.isInfinite(number);
    }

    private static String describe(Object cell) {
        if (cell instanceof String text) {
            return "the text \"" + text + "\"";
        }
        if (cell instanceof Double number) {
            return "the number " + formatNumber(number);
        }
        if (cell instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return String.valueOf(cell);
    }

    private static String describeShort(Object cell) {
        return cell instanceof String text ? "\"" + text + "\"" : describe(cell);
    }

    static String formatNumber(double number) {
        return isWhole(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
    }

    // ---- Policy ----

    private void readPolicy(Table table, Map<String, JsonNode> header, ObjectNode policy) {
        Map<Integer, Column> columns = mapHeaders(table);
        Integer keyColumn = indexOf(columns, "key");
        Integer valueColumn = indexOf(columns, "value");
        if (keyColumn == null || valueColumn == null) {
            return;
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row row : table.rows()) {
            String keyAt = table.locator().cell(row.number(), keyColumn, table.header(keyColumn));
            Place valuePlace = new Place(table.file(),
                    table.locator().cell(row.number(), valueColumn, table.header(valueColumn)));
            Object keyCell = row.cell(keyColumn);
            Object value = row.cell(valueColumn);
            if (!(keyCell instanceof String key)) {
                if (keyCell != null || value != null) {
                    error(table.file(), keyAt, keyCell == null ? "missing key for the value in this row"
                            : "expected a parameter name, found " + describe(keyCell));
                }
                continue;
            }
            String canonical = canonicalKey(key);
            if (canonical == null) {
                error(table.file(), keyAt, "unknown policy parameter \"" + key + "\"; expected one of "
                        + String.join(", ", PolicyRows.keys()));
                continue;
            }
            Integer first = firstRow.putIfAbsent(canonical, row.number());
            if (first != null) {
                error(table.file(), keyAt, "a second row for \"" + canonical + "\" (first at "
                        + table.locator().row(first) + ")");
                continue;
            }
            if (canonical.equals(PolicyRows.NAME) || canonical.equals(PolicyRows.YEAR)) {
                String path = "$." + canonical;
                places.put(path, valuePlace);
                if (value == null) {
                    error(valuePlace.file(), valuePlace.location(), "missing value");
                    reported.add(path);
                    continue;
                }
                JsonNode node = convert(value, canonical.equals(PolicyRows.YEAR) ? Kind.INTEGER : Kind.TEXT, null,
                        valuePlace, path);
                if (node != null) {
                    header.put(canonical, node);
                }
                continue;
            }
            String path = "$.policy." + canonical;
            places.put(path, valuePlace);
            JsonNode node = policyValue(PolicyRows.component(canonical).orElseThrow(), value, valuePlace, path);
            if (node != null) {
                policy.set(canonical, node);
            }
        }
    }

    private static Integer indexOf(Map<Integer, Column> columns, String field) {
        return columns.entrySet().stream().filter(e -> e.getValue().field().equals(field)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String canonicalKey(String key) {
        String k = key.strip();
        if (k.equalsIgnoreCase(PolicyRows.NAME) || k.equals("名称")) {
            return PolicyRows.NAME;
        }
        if (k.equalsIgnoreCase(PolicyRows.YEAR) || k.equals("学年")) {
            return PolicyRows.YEAR;
        }
        return PolicyRows.component(k).map(RecordComponent::getName).orElse(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonNode policyValue(RecordComponent component, Object value, Place place, String path) {
        Class<?> type = component.getType();
        boolean collection = type == java.util.Set.class || type == Map.class;
        if (value == null) {
            if (collection) {
                return type == Map.class ? NODES.objectNode() : NODES.arrayNode();
            }
            return wrong(place, path, "missing value; delete the row to keep the default");
        }
        if (type == int.class) {
            return convert(value, Kind.INTEGER, null, place, path);
        }
        if (type == double.class) {
            return convert(value, Kind.NUMBER, null, place, path);
        }
        if (type == boolean.class) {
            return convert(value, Kind.BOOLEAN, null, place, path);
        }
        if (type.isEnum()) {
            return convert(value, Kind.ENUM, (Class) type, place, path);
        }
        if (type == java.util.Set.class) {
            return convert(value, Kind.ENUM_LIST, (Class) PolicyRows.typeArgument(component, 0), place, path);
        }
        // Maps: "英语=3;音乐=3" or "Commute distance=0hard/0medium/2soft".
        Class<?> keyType = (Class<?>) PolicyRows.typeArgument(component, 0);
        ObjectNode object = NODES.objectNode();
        for (String item : items(value)) {
            int eq = item.replace('＝', '=').indexOf('=');
            if (eq <= 0) {
                return wrong(place, path, "expected pairs like " + (keyType == Subject.class
                        ? "英语=3;音乐=3" : "Commute distance=0hard/0medium/2soft") + ", found \"" + item + "\"");
            }
            String key = item.substring(0, eq).strip();
            String entry = item.substring(eq + 1).strip();
            if (keyType.isEnum()) {
                Enum<?> constant = parseEnum(key, (Class) keyType);
                if (constant == null) {
                    return wrong(place, path, "unknown value \"" + key + "\"; allowed: "
                            + EnumText.allowed((Class) keyType));
                }
                JsonNode number = convert(entry, Kind.INTEGER, null, place, path);
                if (number == null) {
                    return null;
                }
                object.set(constant.name(), number);
            } else {
                object.put(key, entry);
            }
        }
        return object;
    }

    // ---- Rules of the roster that only the tables check ----

    /**
     * Every school needs exactly one principal on the roster. The solver only requires one at the end of the year,
     * and could meet that by moving a principal in; but a roster exported from the personnel system always lists
     * each school's principal, so a school without one (or with two) is a row left out or mistyped, and the
     * rotations it would force are not what the planner asked for.
     */
    private void checkPrincipals(ArrayNode schools, ArrayNode teachers) {
        Map<String, Integer> firstPrincipal = new HashMap<>();
        for (int i = 0; i < teachers.size(); i++) {
            JsonNode teacher = teachers.get(i);
            if (!Role.PRINCIPAL.name().equals(teacher.path("role").asText()) || !teacher.hasNonNull("schoolId")) {
                continue;
            }
            String schoolId = teacher.get("schoolId").asText();
            Integer first = firstPrincipal.putIfAbsent(schoolId, i);
            if (first != null) {
                Place place = places.get("$.teachers[" + i + "].role");
                error(place.file(), place.location(), "school \"" + schoolId + "\" already has a principal, \""
                        + teachers.get(first).path("id").asText() + "\" (" + rowOf("$.teachers[" + first + "]")
                        + "); a school has exactly one");
            }
        }
        for (int i = 0; i < schools.size(); i++) {
            JsonNode school = schools.get(i);
            if (school.hasNonNull("id") && !firstPrincipal.containsKey(school.get("id").asText())) {
                Place place = places.get("$.schools[" + i + "].id");
                error(place.file(), place.location(), "school \"" + school.get("id").asText()
                        + "\" has no principal: list its principal on the teachers sheet with role 校长 (PRINCIPAL)");
            }
        }
    }

    private String rowOf(String elementPath) {
        Place place = places.get(elementPath);
        return place == null ? elementPath : place.location();
    }

    // ---- The problem file's own validation, relocated ----

    /** The problem, or null after relocating every error of the problem file's validation. */
    private LoadedProblem validate(ObjectNode root) {
        try {
            return ProblemJson.read(new ByteArrayInputStream(bytes(root)), source);
        } catch (InvalidInputException e) {
            for (InputError error : e.getErrors()) {
                String path = error.location();
                if (isAlreadyReported(path)) {
                    continue;
                }
                Place place = placeOf(path);
                String message = relocate(error.message());
                if (error.message().equals("missing required field")) {
                    message = "missing value";
                }
                errors.add(new InputError(place.file(), place.location(), message));
            }
            return null;
        }
    }

    private boolean isAlreadyReported(String path) {
        Matcher element = ELEMENT_PATH.matcher(path);
        if (element.find() && missingColumns.contains(element.group(1) + "." + element.group(2))) {
            return true;
        }
        for (String p = path; p != null; p = parent(p)) {
            if (reported.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private Place placeOf(String path) {
        for (String p = path; p != null; p = parent(p)) {
            Place place = places.get(p);
            if (place != null) {
                return place;
            }
        }
        return new Place(source, path);
    }

    /** The path one level up, or null at the root. */
    private static String parent(String path) {
        if (path.equals("$") || !path.startsWith("$")) {
            return null;
        }
        if (path.endsWith("\"]")) {
            return path.substring(0, path.lastIndexOf("[\""));
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    /** Replaces the JSON paths in a message ("first at $.schools[0]") with rows. */
    private String relocate(String message) {
        Matcher matcher = ELEMENT_IN_MESSAGE.matcher(message);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(rowOf(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
