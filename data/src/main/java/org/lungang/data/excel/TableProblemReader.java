package org.lungang.data.excel;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.excel.Table.Row;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

/**
 * Turns tables (workbook sheets or CSV files) into a problem. The cells are converted into the problem file's JSON
 * tree and that tree is validated by {@link ProblemJson}, so the rules of a valid problem (references, one principal
 * per school) live in one place and read the same for every format; every error it reports at a JSON path is
 * relocated to its sheet, row and column ({@link TableReport}). Only the checks a table needs (headers, cell types,
 * enum labels, the policy's rows) are made here. Every problem is reported at once; nothing is returned unless there
 * is none.
 */
public final class TableProblemReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final TableReport report;
    private final TableCells cells;

    private TableProblemReader(String source, List<InputError> earlier) {
        this.source = source;
        this.report = new TableReport(source, earlier);
        this.cells = new TableCells(report);
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
        return new TableProblemReader(source, earlier).read(tables, defaultName, defaultYear);
    }

    /** A number as a cell shows it: whole numbers without a decimal point. */
    static String formatNumber(double number) {
        return TableCells.formatNumber(number);
    }

    private LoadedProblem read(Map<SheetSpec, Table> tables, String defaultName, Integer defaultYear) {
        ObjectNode root = NODES.objectNode();
        ObjectNode policy = NODES.objectNode();
        Table policyTable = tables.get(SheetSpec.POLICY);
        Map<String, JsonNode> header = new LinkedHashMap<>();
        if (policyTable != null) {
            report.place("$.policy", new TablePlace(policyTable.file(), policyTable.locator().table()));
            new TablePolicyReader(report, cells).read(policyTable, header, policy);
        }
        JsonNode name = header.get(PolicyRows.NAME);
        root.set("name", name != null ? name : NODES.textNode(defaultName));
        JsonNode year = header.get(PolicyRows.YEAR);
        if (year == null && defaultYear != null) {
            year = NODES.numberNode(defaultYear);
        }
        if (year != null) {
            root.set("year", year);
        } else if (policyTable != null && !report.isReported("$.year")) {
            report.wrong(new TablePlace(policyTable.file(), policyTable.locator().table()), "$.year",
                    "the school year is missing: add a row with key \"year\" and the year, e.g. 2025");
        }
        root.set("policy", policy);
        boolean complete = true;
        for (SheetSpec spec : List.of(SheetSpec.SCHOOLS, SheetSpec.TEACHERS, SheetSpec.DISTANCES,
                SheetSpec.DECISIONS, SheetSpec.HISTORY)) {
            Table table = tables.get(spec);
            if (table != null) {
                root.set(spec.arrayField(), readRoster(table));
            } else {
                complete &= !spec.required();
            }
        }
        // Without a required table every reference into it would be reported: report the missing table alone.
        LoadedProblem problem = complete && (policyTable != null || defaultYear != null) ? validate(root) : null;
        if (report.hasErrors() || problem == null) {
            throw report.exception();
        }
        return problem;
    }

    // ---- Rosters ----

    private ArrayNode readRoster(Table table) {
        SheetSpec spec = table.spec();
        String arrayPath = "$." + spec.arrayField();
        report.place(arrayPath, new TablePlace(table.file(), table.locator().table()));
        Map<Integer, Column> columns = TableHeaders.map(table, report);
        ArrayNode array = NODES.arrayNode();
        if (table.rows().isEmpty()) {
            if (spec.required()) {
                report.wrong(new TablePlace(table.file(), table.locator().table()), arrayPath,
                        "the " + spec.names() + " sheet has no rows of data");
            }
            return array;
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            String rowPath = arrayPath + "[" + i + "]";
            report.place(rowPath, new TablePlace(table.file(), table.locator().row(row.number())));
            ObjectNode element = array.addObject();
            if (spec == SheetSpec.SCHOOLS) {
                element.putObject("posts");
            }
            for (int c = 0; c < Math.max(row.cells().size(), table.headers().size()); c++) {
                Object cell = row.cell(c);
                Column column = columns.get(c);
                if (column == null) {
                    if (cell != null && table.header(c) == null) {
                        report.error(table.file(), table.locator().cell(row.number(), c, ""),
                                "a value in a column without a header");
                    }
                    continue;
                }
                String path = rowPath + "." + column.field();
                TablePlace place = new TablePlace(table.file(), table.locator().cell(row.number(), c, table.header(c)));
                report.place(path, place);
                if (cell == null) {
                    continue;
                }
                JsonNode value = cells.convert(cell, column.kind(), column.enumType(), place, path);
                if (value != null) {
                    // A dotted field is a member of a nested object: posts.MATH, exchange.hostSchoolId.
                    int dot = column.field().indexOf('.');
                    if (dot > 0) {
                        String parent = column.field().substring(0, dot);
                        ObjectNode nested = element.get(parent) instanceof ObjectNode o ? o : element.putObject(parent);
                        nested.set(column.field().substring(dot + 1), value);
                    } else {
                        element.set(column.field(), value);
                    }
                }
            }
        }
        return array;
    }

    // ---- The problem file's own validation, relocated ----

    /** The problem, or null after relocating every error of the problem file's validation. */
    private LoadedProblem validate(ObjectNode root) {
        try {
            return ProblemJson.read(new ByteArrayInputStream(bytes(root)), source);
        } catch (InvalidInputException e) {
            report.relocate(e);
            return null;
        }
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
