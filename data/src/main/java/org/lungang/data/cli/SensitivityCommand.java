package org.lungang.data.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.FileIo;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanJson;
import org.lungang.data.sweep.SensitivityAnalysis;
import org.lungang.data.sweep.SensitivityReport;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPlan;

@Command(name = "sensitivity",
        description = "Which constraints bind a plan: re-solves it without each constraint in turn and reports, in "
                + "words, what the others would gain. Costs one re-solve per constraint. See docs/sweep.md.")
final class SensitivityCommand extends LungangCommand {

    @Mixin
    ProblemFileOption problem;

    @Option(names = "--plan", paramLabel = "PLAN",
            description = "The plan to examine; without it the problem is solved first for --time.")
    Path planFile;

    @Option(names = "--time", defaultValue = "5s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time of each re-solve (default 5s, at most 24h).")
    Duration time;

    @Option(names = "--constraint", paramLabel = "NAME",
            description = "A constraint to examine (repeatable; default: quotas, goals and the loosenable hard rules).")
    List<String> constraints;

    @Mixin
    ParallelOption parallel;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the report to this file.")
    Path output;

    @Override
    public Integer call() {
        List<String> examined = constraints == null ? SensitivityAnalysis.DEFAULT_CONSTRAINTS : constraints;
        for (String constraint : examined) {
            if (!ConstraintNames.ALL.contains(constraint)) {
                throw usageError("--constraint " + constraint
                        + ": unknown constraint; constraints are: " + String.join(", ", ConstraintNames.ALL));
            }
        }
        int solvers = parallel.solvers();
        if (output != null) {
            OutputCheck.file(output, inputs());
        }
        LoadedProblem loaded = problem.read();
        RotationPlan plan = planFile == null ? new RotationSolver().solve(loaded.plan(), time)
                : PlanJson.readDecisions(planFile, loaded.plan());
        SensitivityReport report = new SensitivityAnalysis().analyse(plan, examined, time, solvers, binding -> { });
        String text = report.text(lang.lang == Lang.ZH);
        out().print(text);
        if (output != null) {
            FileIo.writeText(output, text);
        }
        return 0;
    }
}
