package org.lungang.data.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemJson;
import org.lungang.data.sweep.SensitivityAnalysis;
import org.lungang.data.sweep.SensitivityReport;
import org.lungang.data.sweep.SweepRequest;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.ConstraintNames;
import org.lungang.solver.domain.RotationPlan;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Which constraints bind a plan: re-solves it without each constraint in turn and reports, in "
                + "words, what the others would gain. Costs one re-solve per constraint. See docs/sweep.md.")
final class SensitivityCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PROBLEM", description = "The problem file (JSON).")
    Path input;

    @Option(names = "--plan", paramLabel = "PLAN",
            description = "The plan to examine; without it the problem is solved first for --time.")
    Path planFile;

    @Option(names = "--time", defaultValue = "5s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time of each re-solve (default 5s).")
    Duration time;

    @Option(names = "--constraint", paramLabel = "NAME",
            description = "A constraint to examine (repeatable; default: quotas, goals and the loosenable hard rules).")
    List<String> constraints;

    @Option(names = "--parallel", paramLabel = "N", description = "Re-solves at once (default: one per core, "
            + "at most 2).")
    Integer parallel;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the report to this file.")
    Path output;

    @Mixin
    LangOption lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> examined = constraints == null ? SensitivityAnalysis.DEFAULT_CONSTRAINTS : constraints;
        for (String constraint : examined) {
            if (!ConstraintNames.ALL.contains(constraint)) {
                throw new ParameterException(spec.commandLine(), "--constraint " + constraint
                        + ": unknown constraint; constraints are: " + String.join(", ", ConstraintNames.ALL));
            }
        }
        if (parallel != null && parallel < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel must be at least 1, was " + parallel);
        }
        LoadedProblem problem = ProblemJson.read(input);
        RotationPlan plan = planFile == null ? new RotationSolver().solve(problem.plan(), time)
                : PlanJson.readDecisions(planFile, problem.plan());
        SensitivityReport report = new SensitivityAnalysis().analyse(plan, examined, time,
                parallel == null ? SweepRequest.defaultParallel() : parallel, binding -> { });
        String text = report.text(lang.lang == Lang.ZH);
        spec.commandLine().getOut().print(text);
        if (output != null) {
            SweepCommand.write(output, text);
        }
        return 0;
    }
}
