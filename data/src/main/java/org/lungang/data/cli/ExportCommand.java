package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.excel.PlanWorkbook;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.KpiCalculator;

@Command(name = "export",
        description = "Exports a plan as a printable Excel workbook: the rotation list (交流轮岗名单) by sending "
                + "school, each school's staffing before and after, and the balance indicators.")
final class ExportCommand extends LungangCommand {

    @Mixin
    ProblemSourceOptions problem;

    @Mixin
    PlanFileOption plan;

    @Option(names = "--output", required = true, paramLabel = "WORKBOOK", description = "Where to write the .xlsx.")
    Path output;

    @Override
    public Integer call() {
        OutputCheck.file(output, inputs());
        RotationPlan rotations = plan.applyTo(problem.read().plan());
        PlanWorkbook.write(rotations, KpiCalculator.calculate(rotations), output);
        report().line("Plan workbook written to " + output,
                "方案工作簿已写入 " + output);
        return 0;
    }
}
