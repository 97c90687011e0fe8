package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.json.LoadedProblem;

@Command(name = "import",
        description = "Imports a problem from an Excel workbook (.xlsx) or a directory of CSV files (schools.csv, "
                + "teachers.csv, ...) after checking all of it; every error is listed with its sheet, row and column, "
                + "and nothing is written unless there is none. Also converts between the formats.")
final class ImportCommand extends LungangCommand {

    @Mixin
    ProblemSourceOptions source;

    @Option(names = "--output", required = true, paramLabel = "PROBLEM",
            description = "Where to write the problem: a .json file, an .xlsx workbook, or else a directory of CSV "
                    + "files.")
    Path output;

    @Override
    public Integer call() {
        if (ProblemFormats.isJson(output) || ProblemFormats.isWorkbook(output)) {
            OutputCheck.file(output, inputs());
        } else {
            OutputCheck.folder(output, inputs());
        }
        LoadedProblem problem = source.read();
        ProblemFormats.write(problem, output);
        int schools = problem.plan().getSchools().size();
        int teachers = problem.plan().getTeachers().size();
        report().line(
                "Imported " + schools + " schools and " + teachers + " teachers into " + output,
                "已导入 " + schools + " 所学校、" + teachers + " 名教师到 " + output);
        return 0;
    }
}
