package org.lungang.data.cli;

import java.nio.file.Path;
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
import org.lungang.solver.RotationSolver;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores any plan file (also one made by hand) against a problem: KPIs and the score of every "
                + "constraint.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PROBLEM", description = "The problem file (JSON).")
    Path input;

    @Option(names = "--plan", required = true, paramLabel = "PLAN",
            description = "The plan file; its rotations (teacherId → toSchoolId) are evaluated.")
    Path planFile;

    @Option(names = "--output", paramLabel = "PLAN",
            description = "Where to write the evaluated plan file (score, KPIs, explanations).")
    Path output;

    @Mixin
    LangOption lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedProblem problem = ProblemJson.read(input);
        PlanJson.readDecisions(planFile, problem.plan());
        PlanDocument document = PlanJson.toDocument(problem.plan(), problem.name(), new RotationSolver());
        Report report = new Report(spec.commandLine().getOut(), lang.lang);
        report.score(document);
        report.kpis(document.kpis());
        report.constraints(document);
        if (output != null) {
            PlanJson.write(document, output);
            report.line("Evaluated plan written to " + output, "评估结果已写入 " + output);
        }
        return 0;
    }
}
