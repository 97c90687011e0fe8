package org.lungang.data.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.lungang.data.excel.PlanWorkbook;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanJson;
import org.lungang.solver.kpi.KpiCalculator;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a plan as a printable Excel workbook: the rotation list (交流轮岗名单) by sending "
                + "school, each school's staffing before and after, and the balance indicators.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PROBLEM",
            description = "The problem: a problem file (JSON), a workbook or a directory of CSV files.")
    Path input;

    @Option(names = "--plan", required = true, paramLabel = "PLAN",
            description = "The plan file; its rotations (teacherId → toSchoolId) are exported.")
    Path planFile;

    @Option(names = "--output", required = true, paramLabel = "WORKBOOK", description = "Where to write the .xlsx.")
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
        PlanJson.readDecisions(planFile, problem.plan());
        PlanWorkbook.write(problem.plan(), KpiCalculator.calculate(problem.plan()), output);
        new Report(spec.commandLine().getOut(), lang.lang).line("Plan workbook written to " + output,
                "方案工作簿已写入 " + output);
        return 0;
    }
}
