package org.lungang.data.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.excel.Column;
import org.lungang.data.excel.SheetSpec;
import org.lungang.data.excel.Table;
import org.lungang.data.excel.Table.Row;
import org.lungang.data.excel.TableProblemReader;
import org.lungang.data.excel.TableProblemWriter;
import org.lungang.data.json.LoadedProblem;

/**
 * A problem as a directory of CSV files, one per sheet of the workbook with the same headers and values:
 * {@code schools.csv} and {@code teachers.csv} (the rosters, required), {@code policy.csv} (which gives the school
 * year), {@code distances.csv} and {@code decisions.csv}. Files are UTF-8, with or without a byte order mark. Reading
 * validates as the workbook does; errors are located as {@code teachers.csv: line 5, column 3 (学科)}.
 */
public final class ProblemCsv {

    private ProblemCsv() {
    }

    /**
     * Reads the CSV files of a directory.
     *
     * @param year the school year when there is no {@code policy.csv} or it has no {@code year} row, or null
     * @throws InvalidInputException every problem, with its file, line and column
     */
    public static LoadedProblem read(Path directory, Integer year) {
        List<InputError> errors = new ArrayList<>();
        Map<SheetSpec, Table> tables = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(List.of(new InputError(directory.toString(), "directory",
                    "no such directory")));
        }
        for (SheetSpec spec : SheetSpec.ALL) {
            Path file = directory.resolve(spec.csvFileName());
            if (Files.isRegularFile(file)) {
                Table table = table(file, spec, errors);
                if (table != null) {
                    tables.put(spec, table);
                }
            } else if (spec == SheetSpec.POLICY ? year == null : spec.required()) {
                errors.add(new InputError(file.toString(), "file", spec == SheetSpec.POLICY
                        ? "missing file " + spec.csvFileName() + ", which gives the school year (key \"year\")"
                        : "missing file " + spec.csvFileName()));
            }
        }
        String name = directory.toAbsolutePath().normalize().getFileName() == null ? "problem"
                : directory.toAbsolutePath().normalize().getFileName().toString();
        return TableProblemReader.read(directory.toString(), tables, errors, name, year);
    }

    private static Table table(Path file, SheetSpec spec, List<InputError> errors) {
        String where = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            errors.add(new InputError(where, "file", "not UTF-8 text; in Excel save it as \"CSV UTF-8 (逗号分隔)\""));
            return null;
        } catch (IOException e) {
            errors.add(new InputError(where, "file", "cannot be read: " + e.getMessage()));
            return null;
        }
        List<Csv.Record> records;
        try {
            records = Csv.parse(text);
        } catch (Csv.MalformedCsvException e) {
            errors.add(new InputError(where, "line " + e.line, e.getMessage()));
            return null;
        }
        List<String> headers = records.isEmpty() ? List.of()
                : records.get(0).fields().stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (Csv.Record record : records.subList(Math.min(1, records.size()), records.size())) {
            List<Object> cells = new ArrayList<>();
            boolean blank = true;
            for (String field : record.fields()) {
                String value = field.strip();
                cells.add(value.isEmpty() ? null : value);
                blank &= value.isEmpty();
            }
            if (!blank) {
                rows.add(new Row(record.line(), cells));
            }
        }
        return new Table(spec, where, headers, rows, new Table.Locator() {
            @Override
            public String table() {
                return "file";
            }

            @Override
            public String row(int number) {
                return "line " + number;
            }

            @Override
            public String cell(int number, int column, String header) {
                return "line " + number + ", column " + (column + 1)
                        + (header == null || header.isEmpty() ? "" : " (" + header + ")");
            }
        });
    }

    /**
     * Writes the problem's CSV files into the directory (created if needed): the rosters and the policy, and the
     * distances and decisions when the problem has any.
     */
    public static void write(LoadedProblem problem, Path directory) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<SheetSpec, List<List<Object>>> table : TableProblemWriter.tables(problem).entrySet()) {
                SheetSpec spec = table.getKey();
                if (!spec.required() && table.getValue().isEmpty()) {
                    continue;
                }
                List<List<?>> rows = new ArrayList<>();
                rows.add(spec.columns().stream().map(Column::zh).toList());
                rows.addAll(table.getValue());
                Files.writeString(directory.resolve(spec.csvFileName()), Csv.format(rows), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write into " + directory, e);
        }
    }
}
