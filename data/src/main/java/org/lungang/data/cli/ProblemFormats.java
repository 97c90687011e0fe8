package org.lungang.data.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.lungang.data.csv.ProblemCsv;
import org.lungang.data.excel.ProblemWorkbook;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

/** A problem in any of its formats, told apart by the path: a directory of CSV files, a workbook, or JSON. */
final class ProblemFormats {

    private ProblemFormats() {
    }

    static boolean isWorkbook(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    static boolean isJson(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** @param year the school year for CSV files without a policy file, or null */
    static LoadedProblem read(Path input, Integer year) {
        if (Files.isDirectory(input)) {
            return ProblemCsv.read(input, year);
        }
        return isWorkbook(input) ? ProblemWorkbook.read(input) : ProblemJson.read(input);
    }

    /** Writes JSON to a {@code .json} file, a workbook to {@code .xlsx}, and CSV files into any other path. */
    static void write(LoadedProblem problem, Path output) {
        if (isJson(output)) {
            ProblemJson.write(problem, output);
        } else if (isWorkbook(output)) {
            ProblemWorkbook.write(problem, output);
        } else {
            ProblemCsv.write(problem, output);
        }
    }
}
