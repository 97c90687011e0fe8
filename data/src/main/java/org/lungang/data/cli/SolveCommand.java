package org.lungang.data.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemJson;
import org.lungang.data.json.WeightsJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.ConstraintWeights;
import org.lungang.solver.domain.RotationPlan;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solves a problem file and writes the plan file.")
final class SolveCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PROBLEM", description = "The problem file (JSON).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "PLAN", description = "Where to write the plan file.")
    Path output;

    @Option(names = "--time", defaultValue = "30s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time limit, e.g. 10s, 2m or PT30S (default 30s).")
    Duration time;

    @Option(names = "--weights", paramLabel = "WEIGHTS",
            description = "A JSON file {constraint name: \"0hard/0medium/5soft\"} merged over the policy's weights.")
    Path weights;

    @Mixin
    LangOption lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedProblem problem = ProblemJson.read(input);
        RotationPlan plan = problem.plan();
        if (weights != null) {
            Map<String, String> merged = new LinkedHashMap<>(plan.getPolicy().constraintWeights());
            merged.putAll(WeightsJson.read(weights));
            plan.setConstraintWeightOverrides(ConstraintWeights.overrides(merged));
        }
        RotationSolver solver = new RotationSolver();
        RotationPlan solved = solver.solve(plan, time);
        PlanDocument document = PlanJson.toDocument(solved, problem.name(), solver);
        PlanJson.write(document, output);
        Report report = new Report(spec.commandLine().getOut(), lang.lang);
        report.score(document);
        report.moves(document);
        report.kpis(document.kpis());
        report.line("Plan written to " + output, "方案已写入 " + output);
        return 0;
    }
}
