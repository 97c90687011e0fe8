package org.lungang.data.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.lungang.data.json.LoadedProblem;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a problem from an Excel workbook (.xlsx) or a directory of CSV files (schools.csv, "
                + "teachers.csv, ...) after checking all of it; every error is listed with its sheet, row and column, "
                + "and nothing is written unless there is none. Also converts between the formats.")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "WORKBOOK|DIR",
            description = "The workbook, a directory of CSV files, or a problem file (JSON).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "PROBLEM",
            description = "Where to write the problem: a .json file, an .xlsx workbook, or else a directory of CSV "
                    + "files.")
    Path output;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "The school year, for CSV files without policy.csv.")
    Integer year;

    @Mixin
    LangOption lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedProblem problem = ProblemFormats.read(input, year);
        ProblemFormats.write(problem, output);
        int schools = problem.plan().getSchools().size();
        int teachers = problem.plan().getTeachers().size();
        new Report(spec.commandLine().getOut(), lang.lang).line(
                "Imported " + schools + " schools and " + teachers + " teachers into " + output,
                "已导入 " + schools + " 所学校、" + teachers + " 名教师到 " + output);
        return 0;
    }
}
