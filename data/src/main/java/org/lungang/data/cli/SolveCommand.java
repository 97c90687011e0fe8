package org.lungang.data.cli;

import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.ConstraintWeights;
import org.lungang.solver.domain.RotationPlan;

@Command(name = "solve",
        description = "Solves a problem file and writes the plan file.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the plan is written and breaks no hard rule",
            "1:failed (a file could not be read or written, or an internal error)",
            "2:bad input or options (nothing is solved or written)",
            "3:the plan is written but breaks a hard rule (INFEASIBLE): see the report and the file's constraints"})
final class SolveCommand extends LungangCommand {

    @Mixin
    ProblemFileOption problem;

    @Option(names = "--output", required = true, paramLabel = "PLAN", description = "Where to write the plan file.")
    Path output;

    @Option(names = "--time", defaultValue = "30s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time limit, e.g. 10s, 2m or PT30S (default 30s, at most 24h).")
    Duration time;

    @Mixin
    WeightsOption weights;

    @Override
    public Integer call() {
        OutputCheck.file(output, inputs());
        LoadedProblem loaded = problem.read();
        RotationPlan plan = loaded.plan();
        if (weights.given()) {
            plan.setConstraintWeightOverrides(ConstraintWeights.overrides(weights.mergedOver(plan.getPolicy())));
        }
        RotationSolver solver = new RotationSolver();
        RotationPlan solved = solver.solve(plan, time);
        PlanDocument document = PlanJson.toDocument(solved, loaded.name(), solver);
        PlanJson.write(document, output);
        Report report = report();
        report.score(document);
        report.moves(document);
        report.kpis(document.kpis());
        report.line("Plan written to " + output, "方案已写入 " + output);
        if (!document.feasible()) {
            err().println(lang.lang.pick("lungang：写入 " + output + " 的方案违反硬性规则（退出码 3），违反的规则见上文和文件",
                    "lungang: the plan written to " + output + " breaks a hard rule (exit code 3); the broken rules "
                            + "are listed above and in the file"));
            err().flush();
            return LungangCli.HARD_RULE_BROKEN;
        }
        return 0;
    }
}
